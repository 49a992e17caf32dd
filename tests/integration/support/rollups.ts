// Every rollup of a workspace recounted from its raw Event rows, here in the test and apart from
// the server's own counting, and compared with what the tables hold. What each rollup holds:
// docs/decisions/rollups.md.
import { expect } from "vitest";
import { featuresForEvent, type FeatureMatcher } from "../../../server/features/match-feature";
import { parseJson } from "../../../server/sql/fragments";
import { testDb } from "./db";

const ACTIVITY = new Set(["track", "page", "screen"]);

function add(map: Map<string, number>, key: string, n = 1) {
  map.set(key, (map.get(key) ?? 0) + n);
}

function span(map: Map<string, string>, key: string, day: number) {
  const [first, last, uses] = (map.get(key) ?? `${day}|${day}|0`).split("|").map(Number) as [number, number, number];
  map.set(key, `${Math.min(first, day)}|${Math.max(last, day)}|${uses + 1}`);
}

/** What the raw events of a workspace add up to, per rollup table, as maps of key → value. */
export async function recountRollups(workspaceId: string) {
  const db = testDb();
  const [events, features] = await Promise.all([
    db.event.findMany({
      where: { workspaceId },
      select: { type: true, name: true, day: true, endUserId: true, accountId: true, properties: true },
    }),
    db.feature.findMany({ where: { workspaceId }, select: { id: true, matchers: true } }),
  ]);
  const rules = features.map((f) => ({ id: f.id, matchers: f.matchers as FeatureMatcher[] }));
  const userDay = new Map<string, number>();
  const userDayAccounts = new Map<string, Set<string>>();
  const accountDay = new Map<string, number>();
  const eventDay = new Map<string, number>();
  const userEventDay = new Map<string, number>();
  const featureUserDay = new Map<string, number>();
  const featureUser = new Map<string, string>();
  const featureAccount = new Map<string, string>();
  for (const e of events) {
    if (!ACTIVITY.has(e.type)) continue;
    const ud = `${e.day}|${e.endUserId}`;
    add(userDay, ud);
    if (!userDayAccounts.has(ud)) userDayAccounts.set(ud, new Set());
    if (e.accountId) {
      userDayAccounts.get(ud)!.add(e.accountId);
      add(accountDay, `${e.day}|${e.accountId}`);
    }
    add(eventDay, `${e.day}|${e.name}`);
    add(userEventDay, `${e.name}|${e.day}|${e.endUserId}`);
    if (e.type !== "track") continue;
    for (const f of featuresForEvent(e.name, parseJson(e.properties, {}), rules)) {
      add(featureUserDay, `${f}|${e.day}|${e.endUserId}`);
      span(featureUser, `${f}|${e.endUserId}`, e.day);
      if (e.accountId) span(featureAccount, `${f}|${e.accountId}`, e.day);
    }
  }
  // FeatureUser.weeksUsed: bit k when a day of use is in week k after the first (k ≤ 12).
  const daysOf = new Map<string, number[]>();
  for (const dayKey of featureUserDay.keys()) {
    const [f, day, user] = dayKey.split("|") as [string, string, string];
    const list = daysOf.get(`${f}|${user}`) ?? [];
    list.push(Number(day));
    daysOf.set(`${f}|${user}`, list);
  }
  for (const [key, value] of featureUser) {
    const first = Number(value.split("|")[0]);
    let bits = 0;
    for (const day of daysOf.get(key) ?? []) {
      const k = Math.floor((day - first) / 7);
      if (k >= 0 && k <= 12) bits |= 1 << k;
    }
    featureUser.set(key, `${value}|${bits}`);
  }
  return { userDay, userDayAccounts, accountDay, eventDay, userEventDay, featureUserDay, featureUser, featureAccount };
}

/** What the rollup tables of a workspace hold, keyed as recountRollups keys them. */
export async function readRollups(workspaceId: string) {
  const db = testDb();
  const where = { workspaceId };
  const [ud, ad, ed, ued, fud, fu, fa] = await Promise.all([
    db.userDay.findMany({ where }),
    db.accountDay.findMany({ where }),
    db.eventDay.findMany({ where }),
    db.userEventDay.findMany({ where }),
    db.featureUserDay.findMany({ where }),
    db.featureUser.findMany({ where }),
    db.featureAccount.findMany({ where }),
  ]);
  return {
    userDay: new Map(ud.map((r) => [`${r.day}|${r.endUserId}`, r.eventCount])),
    userDayAccount: new Map(ud.map((r) => [`${r.day}|${r.endUserId}`, r.accountId])),
    accountDay: new Map(ad.map((r) => [`${r.day}|${r.accountId}`, r.eventCount])),
    eventDay: new Map(ed.map((r) => [`${r.day}|${r.name}`, r.count])),
    userEventDay: new Map(ued.map((r) => [`${r.name}|${r.day}|${r.endUserId}`, r.count])),
    featureUserDay: new Map(fud.map((r) => [`${r.featureId}|${r.day}|${r.endUserId}`, r.count])),
    featureUser: new Map(
      fu.map((r) => [`${r.featureId}|${r.endUserId}`, `${r.firstDay}|${r.lastDay}|${r.uses}|${r.weeksUsed}`]),
    ),
    featureAccount: new Map(fa.map((r) => [`${r.featureId}|${r.accountId}`, `${r.firstDay}|${r.lastDay}|${r.uses}`])),
  };
}

const sorted = <V>(m: Map<string, V>) => new Map([...m].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

/**
 * Asserts every rollup of the workspace equals what its raw events add up to: UserDay (events per
 * user and day; its account one the user acted in that day, null only when none), AccountDay,
 * EventDay, UserEventDay (activity: track, page, screen), FeatureUserDay, and FeatureUser and
 * FeatureAccount (first day, last day, uses; an event without an account counts for no account;
 * FeatureUser's weeks of use after the first). Only meaningful while every raw event is retained.
 */
export async function expectRollupsMatchEvents(workspaceId: string): Promise<void> {
  const want = await recountRollups(workspaceId);
  const have = await readRollups(workspaceId);
  for (const table of [
    "userDay",
    "accountDay",
    "eventDay",
    "userEventDay",
    "featureUserDay",
    "featureUser",
    "featureAccount",
  ] as const) {
    expect(sorted(have[table] as Map<string, unknown>), `${table} of ${workspaceId}`).toEqual(
      sorted(want[table] as Map<string, unknown>),
    );
  }
  for (const [key, accountId] of have.userDayAccount) {
    const acted = want.userDayAccounts.get(key) ?? new Set<string>();
    if (accountId === null) expect(acted.size, `UserDay ${key} has no account`).toBe(0);
    else expect([...acted], `UserDay ${key} names account ${accountId}`).toContain(accountId);
  }
}
