// Survey metrics (DESIGN.md "Metrics"): CSAT, CES, score distributions, weekly series and the
// response rate. Pure functions over arrays; NPS lives in nps.ts, the scales in scale.ts, and
// both are re-exported here so callers import one module.
import { rollingWeekIndex, rollingWeeks } from "../calendar/periods";
import { AppError } from "../errors";
import { userNps, type NpsResponse } from "./nps";
import { assertScore, SCALES, type SurveyMetricKind } from "./scale";

export * from "./nps";
export * from "./scale";

/** CSAT = 100 × (answers of 4 or 5) / (answers) on a 1–5 scale, 0…100; null when there are none. */
export function csat(scores: readonly number[]): number | null {
  let satisfied = 0;
  for (const s of scores) {
    assertScore("csat", s);
    if (s >= 4) satisfied += 1;
  }
  return scores.length > 0 ? (100 * satisfied) / scores.length : null;
}

/** CES = mean of the answers on a 1–7 scale, 1…7; null when there are none. */
export function ces(scores: readonly number[]): number | null {
  let sum = 0;
  for (const s of scores) {
    assertScore("ces", s);
    sum += s;
  }
  return scores.length > 0 ? sum / scores.length : null;
}

/**
 * How many answers gave each possible score of the kind's scale (NPS 0–10, CSAT 1–5, CES 1–7),
 * in ascending order, scores nobody gave included with count 0. Every score is validated.
 */
export function scoreDistribution(
  kind: SurveyMetricKind,
  scores: readonly number[],
): { score: number; count: number }[] {
  const { min, max } = SCALES[kind];
  const counts = new Array<number>(max - min + 1).fill(0);
  for (const s of scores) {
    assertScore(kind, s);
    counts[s - min]! += 1;
  }
  return counts.map((count, i) => ({ score: min + i, count }));
}

/** A response placed on a calendar day (days since 1970-01-01 in the workspace's zone, see server/calendar/day-number.ts). */
export type DayResponse = Pick<NpsResponse, "userId" | "score" | "at"> & { day: number };

export type WeeklyPoint = {
  /** 0 for the week starting at fromDay, 1 for the next… */
  week: number;
  /** First and last day of the week (the last week may end at toDay, before a full 7 days). */
  fromDay: number;
  toDay: number;
  /** NPS / CSAT / CES of the week; null when it has no responses. */
  value: number | null;
  /** Responses counted: users for NPS (latest response per user within the week), answers for CSAT / CES. */
  n: number;
};

/**
 * One point per week from fromDay to toDay (both inclusive), empty weeks included (value null,
 * n 0). A response on day d falls in week floor((d − fromDay) / 7); responses outside
 * [fromDay, toDay] are ignored. NPS is the user NPS within the week (each user's latest
 * response of that week); CSAT and CES count every answer of the week.
 */
export function weeklySeries(
  responses: readonly DayResponse[],
  opts: { kind: SurveyMetricKind; fromDay: number; toDay: number },
): WeeklyPoint[] {
  const { kind, fromDay, toDay } = opts;
  if (!Number.isInteger(fromDay) || !Number.isInteger(toDay) || toDay < fromDay) {
    throw new AppError("BAD_REQUEST", `The period must be whole days with fromDay ≤ toDay (got ${fromDay}…${toDay}).`);
  }
  const weeks = rollingWeeks(fromDay, toDay);
  const buckets: DayResponse[][] = weeks.map(() => []);
  for (const r of responses) {
    assertScore(kind, r.score);
    if (!Number.isInteger(r.day))
      throw new AppError("BAD_REQUEST", `A response day must be an integer (got ${r.day}).`);
    if (r.day < fromDay || r.day > toDay) continue;
    buckets[rollingWeekIndex(r.day, fromDay)]!.push(r);
  }
  return weeks.map((w, week) => {
    const bucket = buckets[week]!;
    const point = { week, fromDay: w.fromDay, toDay: w.toDay };
    if (kind === "nps") {
      const summary = userNps(bucket);
      return { ...point, value: summary.nps, n: summary.n };
    }
    const scores = bucket.map((r) => r.score);
    return { ...point, value: kind === "csat" ? csat(scores) : ces(scores), n: scores.length };
  });
}

/**
 * Response rate = responses / displays (a fraction, 0…1 when every response followed a counted
 * display; it is not clamped, so an undercount of displays shows instead of hiding); null when
 * displays is 0. Both must be non-negative integers.
 */
export function responseRate(responses: number, displays: number): number | null {
  for (const [name, v] of [
    ["responses", responses],
    ["displays", displays],
  ] as const) {
    if (!Number.isInteger(v) || v < 0)
      throw new AppError("BAD_REQUEST", `${name} must be a non-negative integer (got ${v}).`);
  }
  return displays > 0 ? responses / displays : null;
}
