// Airtouch's survey history: who saw which survey, and what they answered. Pure, no database.
//
// Displays follow the product's own rules: each seeded user's trigger moments (the first
// workflow_run, connection_created, workflow_saved and page load of each day they were active,
// read from the stored history) go through pickSurvey (server/surveys/eligibility.ts) with the
// stored surveys' ids, so targeting, sampling, recurrence and both recontact windows decide
// exactly as the live server would. What the user then does (answer, close, leave) comes from a
// PRNG of their own, consumed in time order, so a run on a later day only appends. Sampling
// hashes the stored ids (random per database), so who is sampled, and the counts, vary a little
// between fresh databases, as the checklists' holdout groups do.
//
// Scores: NPS follows a weekly target (about +5 in its first week to +30 in the twelfth) with
// each answer's odds shifted by persona, plan and the largest accounts' mood; per-week
// calibration keeps the overall trend on target whatever the mix. Error diffusion (an
// accumulator per category) rather than independent draws keeps each week's NPS near its target
// with the small weekly samples, while each person's chance stays their own.
import type { ScoreTone, WidgetLocale } from "../../server/contract/widget-protocol";
import { scoreTone } from "../../server/contract/score-tone";
import { pickSurvey, type SurveyHistory, type SurveyRule, type SurveyTrigger } from "../../server/surveys/eligibility";
import type { AirtouchSurvey, RoadmapKey, SurveyKey } from "./airtouch-voice-setup";
import { OPEN_ANSWERS, SCORED_VERBATIMS, type Verbatim } from "./airtouch-voice-verbatims";
import { Rng } from "./prng";

export const MS_PER_DAY = 86_400_000;
const MS_PER_HOUR = 3_600_000;

export type PersonaKey = "engineer" | "business" | "none";

export type VoiceUser = {
  id: string;
  externalId: string;
  name: string | null;
  email: string | null;
  traits: Record<string, unknown>;
  personaId: string | null;
  persona: PersonaKey;
  accountId: string | null;
  accountName: string | null;
  accountTraits: Record<string, unknown> | null;
  plan: string | null;
  locale: WidgetLocale;
  firstSeenAt: Date;
};

/** A moment a survey could be asked: the first time on a day the user did the trigger. */
export type Occurrence = { at: number; trigger: SurveyTrigger };

/** A stored survey as the history sees it: its rules, live between fromMs and untilMs. */
export type SimSurvey = SurveyRule & { key: SurveyKey; def: AirtouchSurvey; fromMs: number; untilMs: number };

export type SimResponse = {
  messageId: string;
  at: number;
  score: number | null;
  tone: ScoreTone | null;
  comment: Verbatim | null;
};

export type SimDisplay = {
  messageId: string;
  survey: SimSurvey;
  user: VoiceUser;
  shownAt: number;
  dismissedAt: number | null;
  /** Filled in by scoreResponses. */
  response: SimResponse | null;
  /** When the user answered (set by simulateDisplays). */
  respondAt: number | null;
};

export type HistoryWindow = { startDay: number; cutoffDay: number };

/** When each roadmap item shipped (ms), for texts written before or after a release. */
export type ShipTimes = Partial<Record<RoadmapKey, number>>;

export function isWeekend(day: number): boolean {
  const weekday = (day + 4) % 7; // 1970-01-01 was a Thursday; 0 = Sunday
  return weekday === 0 || weekday === 6;
}

/** Whether a text fits the moment it is written (before / after a release). */
export function fitsTime(v: Verbatim, at: number, shipped: ShipTimes): boolean {
  if (v.before) {
    const t = shipped[v.before];
    if (t !== undefined && at >= t) return false;
  }
  if (v.after) {
    const t = shipped[v.after];
    if (t === undefined || at < t + MS_PER_DAY) return false;
  }
  return true;
}

/** Items drawn without replacement in a shuffled order, reshuffled once all were used (so the
 * same sentence does not come back until the others have). Draws must come in time order. */
export class Bag<T> {
  private order: number[] = [];
  private cursor = 0;
  private round = 0;

  constructor(
    private readonly key: string,
    private readonly pool: readonly T[],
  ) {}

  next(fits: (item: T) => boolean): T | null {
    for (let tries = 0; tries < this.pool.length * 2; tries++) {
      if (this.cursor >= this.order.length) this.reshuffle();
      const item = this.pool[this.order[this.cursor++]!]!;
      if (fits(item)) return item;
    }
    return null;
  }

  private reshuffle(): void {
    const rng = new Rng(`bag:${this.key}:${this.round++}`);
    const order = this.pool.map((_, i) => i);
    for (let i = order.length - 1; i > 0; i--) {
      const j = rng.int(0, i);
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    this.order = order;
    this.cursor = 0;
  }
}

/** A display already stored (by an earlier run, or live): part of the user's survey history. */
export type PriorDisplay = { surveyId: string; shownAt: number; respondedAt: number | null };

/**
 * Every new display of the history, user by user in time order. Nothing is shown in the last ten
 * minutes before the cutoff, so an answer never lands after the history's end.
 *
 * An earlier run's displays (`prior`) are replayed into each user's survey history instead of
 * being simulated again, and only moments from `resumeAt` on may bring new ones: a later run
 * appends to what is stored even if something the rules read changed in between (a user's
 * persona, a survey edited in the app), and never back-fills a day an earlier run covered.
 */
export function simulateDisplays(args: {
  users: readonly VoiceUser[];
  occurrences: ReadonlyMap<string, readonly Occurrence[]>;
  surveys: readonly SimSurvey[];
  workspaceRecontactDays: number;
  cutoffMs: number;
  prior?: ReadonlyMap<string, readonly PriorDisplay[]>;
  resumeAt?: number;
}): SimDisplay[] {
  const { users, occurrences, surveys, workspaceRecontactDays, cutoffMs } = args;
  const resumeAt = args.resumeAt ?? Number.NEGATIVE_INFINITY;
  const out: SimDisplay[] = [];
  for (const user of users) {
    const moments = occurrences.get(user.id);
    if (!moments || moments.length === 0) continue;
    const rng = new Rng(`voice:${user.externalId}`);
    const own: Record<string, Pick<SurveyHistory, "lastDisplayAt" | "lastResponseAt">> = {};
    const shownCount: Record<string, number> = {};
    let lastAnyDisplayAt: Date | null = null;
    const record = (surveyId: string, shownAt: number, respondedAt: number | null) => {
      const previous = own[surveyId];
      own[surveyId] = {
        lastDisplayAt: new Date(shownAt),
        lastResponseAt: respondedAt !== null ? new Date(respondedAt) : (previous?.lastResponseAt ?? null),
      };
      if (lastAnyDisplayAt === null || shownAt > lastAnyDisplayAt.getTime()) lastAnyDisplayAt = new Date(shownAt);
    };
    const prior = [...(args.prior?.get(user.id) ?? [])].sort((a, b) => a.shownAt - b.shownAt);
    for (const d of prior) shownCount[d.surveyId] = (shownCount[d.surveyId] ?? 0) + 1;
    let replayed = 0;
    for (const moment of moments) {
      const live = surveys.filter((s) => moment.at >= s.fromMs && moment.at < s.untilMs);
      if (live.length === 0) continue;
      // Drawn for every moment, so the sequence does not depend on what earlier runs stored.
      const shownAt = moment.at + rng.int(1_500, 4_000);
      const outcome = rng.float();
      const delay = rng.int(10_000, 150_000);
      while (replayed < prior.length && prior[replayed]!.shownAt <= shownAt) {
        const d = prior[replayed++]!;
        record(d.surveyId, d.shownAt, d.respondedAt);
      }
      if (shownAt < resumeAt || shownAt >= cutoffMs - 10 * 60_000) continue;
      const { survey } = pickSurvey(live, {
        user: { id: user.id, personaId: user.personaId, traits: user.traits, firstSeenAt: user.firstSeenAt },
        accountTraits: user.accountTraits,
        workspaceRecontactDays,
        trigger: moment.trigger,
        now: new Date(shownAt),
        historyBySurvey: own,
        lastAnyDisplayAt,
      });
      if (!survey) continue;
      const n = shownCount[survey.id] ?? 0;
      shownCount[survey.id] = n + 1;
      const { respond, dismiss } = survey.def.outcome;
      const respondAt = outcome < respond ? shownAt + delay : null;
      const dismissedAt = respondAt === null && outcome < respond + dismiss ? shownAt + Math.floor(delay / 4) : null;
      out.push({
        messageId: `seed-voice-${survey.key}-${user.externalId}-${n}`,
        survey,
        user,
        shownAt,
        dismissedAt,
        respondAt,
        response: null,
      });
      record(survey.id, shownAt, respondAt);
    }
  }
  return out;
}

// ---------------------------------------------------------------- scores

/** How much happier than the week's average (NPS points) each persona and plan is. */
const PERSONA_MOOD: Record<PersonaKey, number> = { engineer: 8, business: -30, none: -18 };
const PLAN_MOOD: Record<string, number> = { free: -30, team: -5, business: 5, enterprise: 20 };
/** Passives (7–8) among NPS answers; the net score splits the rest into promoters and detractors. */
const PASSIVE_SHARE = 0.3;
const DETRACTOR_SCORES = [
  [6, 30],
  [5, 22],
  [4, 13],
  [3, 11],
  [2, 8],
  [1, 6],
  [0, 10],
] as const;
/** CES answers come from this bag (mean 5.0), drawn without replacement and refilled, so the
 * few answers of a week still average about 5. */
const CES_BAG = [7, 7, 6, 6, 5, 5, 5, 4, 3, 2];
/** Share of answers with a comment, by the score's tone. */
const COMMENT_SHARE: Record<"nps" | "scored", Record<ScoreTone, number>> = {
  nps: { negative: 0.72, neutral: 0.5, positive: 0.58 },
  scored: { negative: 0.6, neutral: 0.4, positive: 0.3 },
};

/** The user NPS a week of the history aims at: +5 in week 1 (the survey's first) rising to +30
 * in week 11, with a little week-to-week wobble. Later weeks stay around +30. */
export function npsTarget(week: number): number {
  const trend = 5 + (25 * clamp(week - 1, 0, 10)) / 10;
  return trend + (new Rng(`nps-week:${week}`).float() * 8 - 4);
}

function clamp(x: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, x));
}

function weekOf(at: number, startDay: number): number {
  return Math.floor((Math.floor(at / MS_PER_DAY) - startDay) / 7);
}

/**
 * Gives every answered display its score and comment, in time order. `accountMood` shifts the
 * NPS of chosen accounts (points); `shipped` keeps texts to the right side of a release.
 */
export function scoreResponses(
  displays: SimDisplay[],
  args: { window: HistoryWindow; accountMood: ReadonlyMap<string, number>; shipped: ShipTimes },
): void {
  const { window, accountMood, shipped } = args;
  const answered = displays
    .filter((d) => d.respondAt !== null)
    .sort((a, b) => a.respondAt! - b.respondAt! || (a.messageId < b.messageId ? -1 : 1));

  const offset = (u: VoiceUser) =>
    PERSONA_MOOD[u.persona] + (PLAN_MOOD[u.plan ?? ""] ?? 0) + (u.accountId ? (accountMood.get(u.accountId) ?? 0) : 0);
  // Per week, the mean offset of the NPS answers: the week's base is its target minus it.
  const sums = new Map<number, { sum: number; n: number }>();
  for (const d of answered) {
    if (d.survey.key !== "nps") continue;
    const w = weekOf(d.respondAt!, window.startDay);
    const s = sums.get(w) ?? { sum: 0, n: 0 };
    s.sum += offset(d.user);
    s.n += 1;
    sums.set(w, s);
  }
  const acc = { promoter: 0.5, detractor: 0.5, satisfied: 0.5 };
  const cesBag = new Bag(
    "ces",
    CES_BAG.map((score) => ({ score })),
  );
  const decks = new Map<string, Bag<Verbatim>>();
  const deck = (key: string, pool: readonly Verbatim[]) => {
    let d = decks.get(key);
    if (!d) decks.set(key, (d = new Bag(key, pool)));
    return d;
  };

  for (const d of answered) {
    const at = d.respondAt!;
    const rng = new Rng(`answer:${d.messageId}`);
    const week = weekOf(at, window.startDay);
    let score: number | null = null;
    const kind = d.survey.key;
    if (kind === "nps") {
      const s = sums.get(week)!;
      const net = npsTarget(week) - s.sum / s.n + offset(d.user);
      acc.promoter += clamp((1 - PASSIVE_SHARE + net / 100) / 2, 0.03, 0.85);
      acc.detractor += clamp((1 - PASSIVE_SHARE - net / 100) / 2, 0.03, 0.85);
      if (acc.promoter >= 1 && acc.promoter >= acc.detractor) {
        acc.promoter -= 1;
        score = rng.chance(0.45) ? 10 : 9;
      } else if (acc.detractor >= 1) {
        acc.detractor -= 1;
        score = rng.weighted(DETRACTOR_SCORES);
      } else {
        score = rng.chance(0.4) ? 7 : 8;
      }
    } else if (kind === "csat") {
      acc.satisfied += 0.77 + (0.08 * clamp(week, 0, 11)) / 11;
      if (acc.satisfied >= 1) {
        acc.satisfied -= 1;
        score = rng.chance(0.55) ? 5 : 4;
      } else {
        score = rng.weighted([
          [3, 55],
          [2, 28],
          [1, 17],
        ]);
      }
    } else if (kind === "ces") {
      score = cesBag.next(() => true)!.score;
    }

    const locale = d.user.locale;
    let comment: Verbatim | null = null;
    let tone: ScoreTone | null = null;
    if (kind === "open") {
      comment = deck(`open:${locale}`, OPEN_ANSWERS[locale]).next((v) => fitsTime(v, at, shipped));
    } else {
      tone = scoreTone(kind, score!);
      const share = COMMENT_SHARE[kind === "nps" ? "nps" : "scored"][tone];
      if (rng.chance(share))
        comment = deck(`${kind}:${tone}:${locale}`, SCORED_VERBATIMS[kind][tone][locale]).next((v) =>
          fitsTime(v, at, shipped),
        );
    }
    d.response = { messageId: `${d.messageId}-answer`, at, score, tone, comment };
  }
}

/** The day's hour in ms: for roadmap dates and triage times that read naturally. */
export function dayAt(day: number, hour: number): number {
  return day * MS_PER_DAY + hour * MS_PER_HOUR;
}
