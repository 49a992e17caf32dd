import { median } from "./quantiles";

// Funnels over raw events (reports → Funnels). Pure: the query hands each subject's events, in
// time order, as a bit mask of the steps each event satisfies; these functions decide how far the
// subject got. Semantics (those of Amplitude's and Mixpanel's ordered funnels):
// - a subject enters on a step-1 event inside the period;
// - each later step is the first matching event after the previous step's event, no later than
//   `windowMs` after the entry; other events may come in between;
// - one event satisfies at most one step (a workflow_saved cannot count as both "saved" and
//   "saved again");
// - of all the entries a subject made in the period, the one that went furthest counts (ties: the
//   earliest), so a user who failed on Monday and converted on Wednesday is a conversion.

export type FunnelHit = {
  /** Epoch milliseconds. */
  t: number;
  /** Bit i set: the event satisfies step i. */
  mask: number;
};

export type FunnelPath = {
  /** Steps completed, 0 (never entered) … steps. */
  reached: number;
  /** Epoch ms of each completed step's event (length = reached). */
  times: number[];
};

/** Entries tried per subject: enough for any real user, bounded for a bot that fires step 1 all day. */
export const MAX_ENTRIES = 200;

/** How far one subject got. `hits` sorted by time (ties in arrival order); period = [from, to] ms. */
export function matchFunnel(
  hits: readonly FunnelHit[],
  steps: number,
  windowMs: number,
  from: number,
  to: number,
): FunnelPath {
  let best: FunnelPath = { reached: 0, times: [] };
  let tried = 0;
  for (let start = 0; start < hits.length && tried < MAX_ENTRIES; start++) {
    const entry = hits[start]!;
    if ((entry.mask & 1) === 0 || entry.t < from || entry.t > to) continue;
    tried++;
    const times = [entry.t];
    let i = start + 1;
    while (times.length < steps && i < hits.length) {
      const h = hits[i]!;
      if (h.t - entry.t > windowMs) break;
      if (h.mask & (1 << times.length)) times.push(h.t);
      i++;
    }
    if (times.length > best.reached) best = { reached: times.length, times };
    if (best.reached === steps) break;
  }
  return best;
}

export type FunnelStepCount = {
  /** Subjects who completed this step (and every step before it). */
  count: number;
  /** count / the previous step's count (1 for the first step); null when the previous is 0. */
  fromPrevious: number | null;
  /** count / the first step's count; null when nobody entered. */
  fromFirst: number | null;
  /** Median ms from the previous step to this one, over the subjects who reached it; null for step 1. */
  medianMsFromPrevious: number | null;
};

/** Per step: how many reached it, the conversion rates, the median time from the step before. */
export function funnelCounts(paths: readonly FunnelPath[], steps: number): FunnelStepCount[] {
  const out: FunnelStepCount[] = [];
  for (let s = 0; s < steps; s++) {
    const reached = paths.filter((p) => p.reached > s);
    const count = reached.length;
    const first = out[0]?.count ?? count;
    const previous = s === 0 ? count : out[s - 1]!.count;
    out.push({
      count,
      fromPrevious: s === 0 ? (count > 0 ? 1 : null) : previous > 0 ? count / previous : null,
      fromFirst: first > 0 ? count / first : null,
      medianMsFromPrevious: s === 0 ? null : median(reached.map((p) => p.times[s]! - p.times[s - 1]!)),
    });
  }
  return out;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** The time-to-convert buckets: lower edges in ms (the last is open). */
export const CONVERT_BUCKETS: readonly { fromMs: number; label: string }[] = [
  { fromMs: 0, label: "< 1 hour" },
  { fromMs: HOUR, label: "1–6 hours" },
  { fromMs: 6 * HOUR, label: "6–24 hours" },
  { fromMs: DAY, label: "1–3 days" },
  { fromMs: 3 * DAY, label: "3–7 days" },
  { fromMs: 7 * DAY, label: "7–14 days" },
  { fromMs: 14 * DAY, label: "14 days or more" },
];

/** Time from the first to the last step of the subjects who completed the funnel, bucketed, with
 * the median. */
export function timeToConvert(
  paths: readonly FunnelPath[],
  steps: number,
): { medianMs: number | null; buckets: { label: string; count: number }[] } {
  const durations = paths.filter((p) => p.reached === steps && steps > 1).map((p) => p.times[steps - 1]! - p.times[0]!);
  const buckets = CONVERT_BUCKETS.map((b) => ({ label: b.label, count: 0 }));
  for (const d of durations) {
    let i = CONVERT_BUCKETS.length - 1;
    while (i > 0 && d < CONVERT_BUCKETS[i]!.fromMs) i--;
    buckets[i]!.count++;
  }
  return { medianMs: median(durations), buckets };
}
