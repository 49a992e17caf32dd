// Survey answer scales and their validation: pure, shared by the NPS and CSAT / CES metrics.
import { AppError } from "../errors";

/** The three scored question kinds and the integer answers each allows (inclusive). */
export const SCALES = {
  nps: { min: 0, max: 10 },
  csat: { min: 1, max: 5 },
  ces: { min: 1, max: 7 },
} as const;

export type SurveyMetricKind = keyof typeof SCALES;

/** Throws BAD_REQUEST unless `score` is an integer on the kind's scale (NaN, 7.5, −1, 11 all fail). */
export function assertScore(kind: SurveyMetricKind, score: number): void {
  const { min, max } = SCALES[kind];
  if (!Number.isInteger(score) || score < min || score > max) {
    throw new AppError(
      "BAD_REQUEST",
      `A ${kind.toUpperCase()} score must be an integer from ${min} to ${max} (got ${score}).`,
    );
  }
}

/**
 * Rounds a metric for display only (the metric functions keep full precision): `decimals`
 * places (1 by default), halves away from zero so −12.25 and 12.25 round symmetrically, never −0;
 * null (no data) stays null.
 */
export function roundMetric(value: number | null, decimals = 1): number | null {
  if (value === null) return null;
  const factor = 10 ** decimals;
  const rounded = (Math.sign(value) * Math.round(Math.abs(value) * factor)) / factor;
  return rounded === 0 ? 0 : rounded;
}
