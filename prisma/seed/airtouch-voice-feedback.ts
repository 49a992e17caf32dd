// Airtouch's feedback inbox: what users sent with the feedback button, and how the PM team
// triaged it and the survey comments. Pure, no database.
//
// Button feedback comes day by day (about 1 a day at first, 2.5 by the twelfth week, fewer at
// weekends) from users active that day, each day from a PRNG of its own, so a run on a later day
// only appends. Triage depends on age: the last two weeks are mostly still new, older items
// were triaged, linked to their roadmap item, marked as duplicates of an earlier report of the
// same thing, or dismissed (answered questions, thanks).
import type { FeedbackCategory, ScoreTone } from "../../server/contract/widget-protocol";
import { BUTTON_TEXTS, type ButtonText, type DemoPage } from "./airtouch-voice-button-texts";
import {
  Bag,
  dayAt,
  fitsTime,
  isWeekend,
  MS_PER_DAY,
  type HistoryWindow,
  type PersonaKey,
  type ShipTimes,
  type VoiceUser,
} from "./airtouch-voice-history";
import type { AirtouchRoadmapItem, RoadmapKey } from "./airtouch-voice-setup";
import type { Verbatim } from "./airtouch-voice-verbatims";
import { Rng } from "./prng";

const MS_PER_HOUR = 3_600_000;

export type FeedbackStatus = "new" | "triaged" | "linked" | "duplicate" | "dismissed";
export type Assignee = "pm" | "demo" | null;

export type ButtonFeedback = {
  messageId: string;
  user: VoiceUser;
  at: number;
  category: FeedbackCategory;
  text: ButtonText;
  pageUrl: string;
};

export type Triage = {
  status: FeedbackStatus;
  tags: string[];
  assignee: Assignee;
  roadmapKey: RoadmapKey | null;
  /** messageId of the original, for duplicates. */
  duplicateOf: string | null;
  updatedAt: number;
};

const PAGE_PATHS: Record<DemoPage, string> = {
  home: "/demo/app",
  connections: "/demo/app/connections",
  workflows: "/demo/app/workflows",
  workflow: "/demo/app/workflows",
  team: "/demo/app/team",
  docs: "/demo/app/docs",
};

const CATEGORY_WEIGHTS: Record<PersonaKey, readonly (readonly [FeedbackCategory, number])[]> = {
  engineer: [
    ["problem", 38],
    ["idea", 34],
    ["praise", 13],
    ["question", 15],
  ],
  business: [
    ["question", 32],
    ["idea", 28],
    ["problem", 18],
    ["praise", 22],
  ],
  none: [
    ["idea", 30],
    ["question", 28],
    ["problem", 24],
    ["praise", 18],
  ],
};

/** One visit per user and day (the first page load), as the button's possible authors. */
export type Visit = { user: VoiceUser; at: number };

export function buttonFeedback(args: {
  window: HistoryWindow;
  visitsByDay: ReadonlyMap<number, readonly Visit[]>;
  shipped: ShipTimes;
}): ButtonFeedback[] {
  const { window, visitsByDay, shipped } = args;
  const out: ButtonFeedback[] = [];
  const decks = new Map<string, Bag<ButtonText>>();
  for (let day = window.startDay; day < window.cutoffDay; day++) {
    const offset = day - window.startDay;
    const rng = new Rng(`feedback:${offset}`);
    const mean = (1 + (1.6 * Math.min(offset, 84)) / 84) * (isWeekend(day) ? 0.4 : 1.2);
    const count = rng.poisson(mean);
    const visits = visitsByDay.get(day) ?? [];
    for (let i = 0; i < count && visits.length > 0; i++) {
      const visit = rng.pick(visits);
      const category = rng.weighted(CATEGORY_WEIGHTS[visit.user.persona]);
      const at = visit.at + rng.int(60_000, 40 * 60_000);
      const locale = visit.user.locale;
      const key = `button:${category}:${locale}`;
      let deck = decks.get(key);
      if (!deck) decks.set(key, (deck = new Bag(key, BUTTON_TEXTS[category][locale])));
      const text = deck.next((t) => fitsTime(t, at, shipped));
      if (!text || at >= window.cutoffDay * MS_PER_DAY) continue;
      out.push({
        messageId: `seed-fb-${offset}-${i}`,
        user: visit.user,
        at,
        category,
        text,
        pageUrl: PAGE_PATHS[text.page],
      });
    }
  }
  return out;
}

/** Days since `at` when the history ends. */
function ageDays(at: number, window: HistoryWindow): number {
  return (window.cutoffDay * MS_PER_DAY - at) / MS_PER_DAY;
}

/** The share still untriaged, as for a PM who triages weekly: most of the last week, half of
 * the week before, a few stragglers beyond. */
function newShare(age: number): number {
  return age < 7 ? 0.9 : age < 14 ? 0.5 : 0.08;
}

/** Share dismissed among triaged items without a roadmap item: answered questions, thanks. */
function dismissShare(category: FeedbackCategory | null, tone: ScoreTone | null): number {
  if (category === "question") return 0.35;
  if (category === "praise" || tone === "positive") return 0.4;
  return 0.06;
}

/**
 * How the PM team handled one item. `roadmapCreatedAt` says when each roadmap item existed, so
 * an item is linked only to one that existed when it was triaged. `original`: an earlier item
 * about the same roadmap topic this one may be a duplicate of.
 */
export function triage(args: {
  rngKey: string;
  at: number;
  window: HistoryWindow;
  category: FeedbackCategory | null;
  tone: ScoreTone | null;
  text: Verbatim;
  roadmapCreatedAt: ReadonlyMap<RoadmapKey, number>;
  original?: { messageId: string; at: number } | null;
}): Triage {
  const { at, window, category, tone, text } = args;
  const rng = new Rng(`triage:${args.rngKey}`);
  const untriaged = rng.chance(newShare(ageDays(at, window)));
  const assigneeRoll = rng.float();
  const linkRoll = rng.float();
  const dupRoll = rng.float();
  const end = window.cutoffDay * MS_PER_DAY - MS_PER_HOUR;
  const triagedAt = Math.min(end, at + rng.int(2 * MS_PER_HOUR, 5 * MS_PER_DAY));
  if (untriaged) {
    return {
      status: "new",
      tags: [],
      assignee: assigneeRoll < 0.1 ? "pm" : null,
      roadmapKey: null,
      duplicateOf: null,
      updatedAt: at,
    };
  }
  const assignee: Assignee = assigneeRoll < 0.65 ? "pm" : assigneeRoll < 0.9 ? "demo" : null;
  const tags = [...text.tags].sort();
  if (args.original && dupRoll < 0.35) {
    return {
      status: "duplicate",
      tags,
      assignee,
      roadmapKey: null,
      duplicateOf: args.original.messageId,
      updatedAt: triagedAt,
    };
  }
  const itemAt = text.topic ? args.roadmapCreatedAt.get(text.topic) : undefined;
  if (text.topic && itemAt !== undefined && itemAt <= triagedAt && linkRoll < 0.7) {
    return { status: "linked", tags, assignee, roadmapKey: text.topic, duplicateOf: null, updatedAt: triagedAt };
  }
  const status: FeedbackStatus = !text.topic && linkRoll < dismissShare(category, tone) ? "dismissed" : "triaged";
  return { status, tags, assignee, roadmapKey: null, duplicateOf: null, updatedAt: triagedAt };
}

/** When each roadmap item was created and shipped, on the history's days (mid-afternoon). */
export function roadmapTimes(
  items: readonly AirtouchRoadmapItem[],
  startDay: number,
): { created: Map<RoadmapKey, number>; shipped: ShipTimes } {
  const created = new Map<RoadmapKey, number>();
  const shipped: ShipTimes = {};
  for (const item of items) {
    created.set(item.key, dayAt(startDay + item.createdOffset, 10));
    if (item.shippedOffset !== undefined) shipped[item.key] = dayAt(startDay + item.shippedOffset, 15);
  }
  return { created, shipped };
}

export type SeedVote = { roadmapKey: RoadmapKey; user: VoiceUser; at: number };

/**
 * Votes on the public roadmap: the authors of the feedback linked to an item vote for it a
 * little after writing, and `extraVotes` more users active while it was open (before it shipped)
 * do too. One vote per user and item.
 */
export function roadmapVotes(args: {
  items: readonly AirtouchRoadmapItem[];
  linked: readonly { roadmapKey: RoadmapKey; user: VoiceUser; at: number }[];
  visits: readonly Visit[];
  window: HistoryWindow;
}): SeedVote[] {
  const { items, linked, visits, window } = args;
  const { created, shipped } = roadmapTimes(items, window.startDay);
  const end = window.cutoffDay * MS_PER_DAY - MS_PER_HOUR;
  const votes: SeedVote[] = [];
  for (const item of items) {
    const rng = new Rng(`votes:${item.key}`);
    const seen = new Set<string>();
    const from = created.get(item.key)!;
    const until = Math.min(end, shipped[item.key] ?? end);
    for (const f of linked.filter((l) => l.roadmapKey === item.key)) {
      if (seen.has(f.user.id)) continue;
      const at = Math.max(from, f.at) + rng.int(MS_PER_HOUR, 3 * MS_PER_DAY);
      if (at >= until) continue;
      seen.add(f.user.id);
      votes.push({ roadmapKey: item.key, user: f.user, at });
    }
    const open = visits.filter((visit) => visit.at >= from && visit.at < until);
    for (let i = 0; i < item.extraVotes && open.length > 0; i++) {
      const visit = rng.pick(open);
      if (seen.has(visit.user.id)) continue;
      seen.add(visit.user.id);
      votes.push({
        roadmapKey: item.key,
        user: visit.user,
        at: Math.min(until - 1, visit.at + rng.int(60_000, 30 * 60_000)),
      });
    }
  }
  return votes;
}
