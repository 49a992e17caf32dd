import type { z } from "zod";
import { dayNumber } from "../calendar/day-number";
import { featuresForEvent, type FeatureRule } from "../features/match-feature";
import { ZRollupTable } from "./schemas";

// What each rollup holds, as pure functions over raw events (docs/decisions/rollups.md): the
// rebuild jobs write these, and the tests recompute the same from the events they read back.

/** The rollups a rebuild can replace. */
export const ROLLUP_TABLES = ZRollupTable.options;
export type RollupTable = z.infer<typeof ZRollupTable>;
/** The tables keyed by day, rebuilt one day at a time; the other two are per feature totals. */
export const DAY_TABLES: readonly RollupTable[] = [
  "UserDay",
  "AccountDay",
  "EventDay",
  "UserEventDay",
  "FeatureUserDay",
];

/** Event types counted as activity (as ingest's ACTIVITY_TYPES). */
export const ACTIVITY = ["track", "page", "screen"] as const;

export type RawEvent = {
  type: string;
  name: string;
  endUserId: string;
  accountId: string | null;
  day: number;
  timestamp: Date;
  messageId: string;
  properties: Record<string, unknown>;
};

export type DayRows = {
  userDays: { endUserId: string; accountId: string | null; eventCount: number }[];
  accountDays: { accountId: string; eventCount: number }[];
  eventDays: { name: string; count: number }[];
  userEventDays: { name: string; endUserId: string; count: number }[];
  featureUserDays: { featureId: string; endUserId: string; count: number }[];
};

function bump<K>(map: Map<K, number>, key: K, n = 1): void {
  map.set(key, (map.get(key) ?? 0) + n);
}

const later = (a: RawEvent, b: RawEvent) =>
  a.timestamp.getTime() > b.timestamp.getTime() ||
  (a.timestamp.getTime() === b.timestamp.getTime() && a.messageId > b.messageId);

/**
 * One day's rows of the day-keyed rollups from that day's events. A user's day names the account
 * of their latest event of the day that had one (ingest keeps the last batch's; either is an
 * account the user acted in that day, and null only when none of their events had one).
 */
export function countDay(events: readonly RawEvent[], features: readonly FeatureRule[]): DayRows {
  const users = new Map<string, { n: number; accountOf: RawEvent | null }>();
  const accounts = new Map<string, number>();
  const names = new Map<string, number>();
  const userNames = new Map<string, { name: string; endUserId: string; n: number }>();
  const featureUsers = new Map<string, { featureId: string; endUserId: string; n: number }>();
  for (const e of events) {
    if (!(ACTIVITY as readonly string[]).includes(e.type)) continue;
    const u = users.get(e.endUserId) ?? { n: 0, accountOf: null };
    u.n += 1;
    if (e.accountId !== null && (u.accountOf === null || later(e, u.accountOf))) u.accountOf = e;
    users.set(e.endUserId, u);
    if (e.accountId !== null) bump(accounts, e.accountId);
    bump(names, e.name);
    const un = `${e.name}\u0000${e.endUserId}`;
    const hit = userNames.get(un) ?? { name: e.name, endUserId: e.endUserId, n: 0 };
    hit.n += 1;
    userNames.set(un, hit);
    if (e.type !== "track") continue;
    for (const featureId of featuresForEvent(e.name, e.properties, features)) {
      const fu = `${featureId}\u0000${e.endUserId}`;
      const f = featureUsers.get(fu) ?? { featureId, endUserId: e.endUserId, n: 0 };
      f.n += 1;
      featureUsers.set(fu, f);
    }
  }
  return {
    userDays: [...users].map(([endUserId, u]) => ({
      endUserId,
      accountId: u.accountOf?.accountId ?? null,
      eventCount: u.n,
    })),
    accountDays: [...accounts].map(([accountId, eventCount]) => ({ accountId, eventCount })),
    eventDays: [...names].map(([name, count]) => ({ name, count })),
    userEventDays: [...userNames.values()].map(({ name, endUserId, n }) => ({ name, endUserId, count: n })),
    featureUserDays: [...featureUsers.values()].map(({ featureId, endUserId, n }) => ({
      featureId,
      endUserId,
      count: n,
    })),
  };
}

export type Span = { firstDay: number; lastDay: number; uses: number };

/** Adds a use on `day` to a span (first day = min, last day = max, uses + n). */
export function widen(span: Span | undefined, day: number, n = 1): Span {
  if (!span) return { firstDay: day, lastDay: day, uses: n };
  return { firstDay: Math.min(span.firstDay, day), lastDay: Math.max(span.lastDay, day), uses: span.uses + n };
}

/** Two spans of one key as one (e.g. history before the retained window and the window itself). */
export function mergeSpans(a: Span | undefined, b: Span | undefined): Span | undefined {
  if (!a) return b;
  if (!b) return a;
  return { firstDay: Math.min(a.firstDay, b.firstDay), lastDay: Math.max(a.lastDay, b.lastDay), uses: a.uses + b.uses };
}

/** Each account's use of each feature, from track events (an event without an account counts
 * for no account), keyed `${featureId}|${accountId}`. */
export function featureAccountSpans(events: readonly RawEvent[], features: readonly FeatureRule[]): Map<string, Span> {
  const spans = new Map<string, Span>();
  for (const e of events) {
    if (e.type !== "track" || e.accountId === null) continue;
    for (const featureId of featuresForEvent(e.name, e.properties, features)) {
      const key = `${featureId}|${e.accountId}`;
      spans.set(key, widen(spans.get(key), e.day));
    }
  }
  return spans;
}

/**
 * An account's FeatureAccount row after some of its uses were erased, from the row before, the
 * uses erased, and what the remaining retained raw events add up to. When the row holds no history
 * from before the retained window (`keepFrom`, null: everything is retained), it is exactly the
 * remaining events' span. Otherwise the raw events before the window are gone and the row's
 * history cannot be recounted: its uses drop by the erased ones and its first day stays; its last
 * day is the latest remaining use in the window, else the old one if it was before the window,
 * else the day before the window (the last use there is not known). Null: no use left.
 */
export function spanAfterErasure(args: {
  old: Span | undefined;
  erased: number;
  remaining: Span | undefined;
  keepFrom: number | null;
}): Span | undefined {
  const { old, remaining, keepFrom } = args;
  if (!old || keepFrom === null || old.firstDay >= keepFrom) return remaining;
  const uses = old.uses - args.erased;
  if (uses <= 0) return remaining;
  const lastDay = remaining?.lastDay ?? (old.lastDay < keepFrom ? old.lastDay : keepFrom - 1);
  return { firstDay: old.firstDay, lastDay, uses };
}

/** The first day whose raw events are all still stored (the retention sweep keeps an event while
 * today - day < retention), or null when the workspace keeps them all. Days before it are left to
 * the rollups: they are the only history left there. */
export function retainedFrom(
  workspace: { rawEventRetentionDays: number | null; timeZone: string },
  now: Date,
): number | null {
  if (workspace.rawEventRetentionDays === null) return null;
  return dayNumber(now, workspace.timeZone) - workspace.rawEventRetentionDays + 1;
}
