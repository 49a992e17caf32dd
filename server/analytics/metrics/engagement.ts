import { quantile } from "./quantiles";

// The engagement score (DESIGN.md "Engagement score"; docs/decisions/engagement-score.md): a
// user's raw score is Σ weight(event) × calls in the window; raw scores are winsorized to the
// active population's percentiles and mapped to 0–100 on a concave exponential curve, so that the
// differences among low scores, where most users are, stay visible.

/** The weight scales a PM can choose; an event's weight is a whole number from 1 to the top. */
export const WEIGHT_SCALES = [10, 100, 1000] as const;
export type WeightScale = (typeof WEIGHT_SCALES)[number];

/** Σ weight × count over the events that have a weight (others count for nothing). */
export function rawScore(counts: ReadonlyMap<string, number>, weights: ReadonlyMap<string, number>): number {
  let sum = 0;
  for (const [event, count] of counts) sum += (weights.get(event) ?? 0) * count;
  return sum;
}

export type Bounds = { low: number; high: number };

/** The winsorizing bounds: the `lowP` and `highP` percentiles (0–100, type 7) of the raw scores
 * of the active population; null when nobody is active. */
export function winsorBounds(raw: readonly number[], lowP: number, highP: number): Bounds | null {
  if (raw.length === 0) return null;
  const sorted = [...raw].sort((a, b) => a - b);
  return { low: quantile(sorted, lowP / 100)!, high: quantile(sorted, highP / 100)! };
}

/** The curve's steepness: 0 would be a straight line; at 3, the lowest fifth of the clamped
 * range covers 47 points of the 100, and the lower half 82. */
export const DEFAULT_CURVE = 3;

/**
 * Maps a raw score to 0–100 for a snapshot's bounds: clamp to [low, high], scale to x in 0–1,
 * then 100 × (1 − e^(−k·x)) / (1 − e^(−k)). Monotonic, 0 at and below `low`, 100 at and above
 * `high`. When low = high (everyone alike), a score above 0 maps to 100 and 0 to 0.
 */
export function mapScore(raw: number, bounds: Bounds, k = DEFAULT_CURVE): number {
  const { low, high } = bounds;
  let x: number;
  if (high > low) x = (Math.min(Math.max(raw, low), high) - low) / (high - low);
  else x = raw > 0 && raw >= high ? 1 : 0;
  const y = k === 0 ? x : (1 - Math.exp(-k * x)) / (1 - Math.exp(-k));
  return Math.round(1000 * y) / 10;
}

/** An account's score: the mean of its users' scores, counting a user inactive in the window as
 * 0, so that seats nobody uses pull it down; null for an account without users. */
export function accountScore(userScores: readonly (number | null)[]): number | null {
  if (userScores.length === 0) return null;
  const sum = userScores.reduce<number>((s, v) => s + (v ?? 0), 0);
  return Math.round((10 * sum) / userScores.length) / 10;
}

/** The product's score: the mean score of the active users; null when nobody is active. */
export function productScore(activeScores: readonly number[]): number | null {
  if (activeScores.length === 0) return null;
  return Math.round((10 * activeScores.reduce((s, v) => s + v, 0)) / activeScores.length) / 10;
}

/**
 * Starting weights from each event's frequency (calls in the reference period): inverse
 * frequency, so the most frequent event weighs 1 and an event called n times less often weighs
 * n, rounded and capped at the scale's top. Events never called get the top weight.
 */
export function suggestWeights(counts: ReadonlyMap<string, number>, scale: WeightScale): Map<string, number> {
  const top = Math.max(0, ...counts.values());
  const out = new Map<string, number>();
  for (const [event, count] of counts) {
    const w = count > 0 ? Math.round(top / count) : scale;
    out.set(event, Math.min(scale, Math.max(1, w)));
  }
  return out;
}

/** Direction of a score between two snapshots: up or down by at least `minDelta` points. */
export function trendOf(now: number | null, before: number | null, minDelta = 5): "up" | "down" | "flat" | null {
  if (now === null || before === null) return null;
  // In tenths: scores have one decimal, and 55.4 − 50.4 must be 5.
  const delta = Math.round((now - before) * 10);
  if (delta >= 10 * minDelta) return "up";
  if (delta <= -10 * minDelta) return "down";
  return "flat";
}

/** Growth's ratio (new + resurrected) / dormant at which growth scores 100: gaining twice what
 * is lost. A workspace that only replaces what it loses (ratio 1) scores 50. */
export const GROWTH_CAP = 2;

/** Pendo's Product Engagement Score, as a second lens: the mean of adoption (share of core
 * features the average active user used, 0–1), stickiness (mean DAU/MAU, 0–1) and growth (the
 * ratio, capped at GROWTH_CAP and scaled to 0–100; no dormant users at all counts as the cap), each
 * 0–100. A component that cannot be computed (no core feature, nobody active) leaves the PES
 * undefined rather than counting as 0. */
export function pesOf(parts: { adoption: number | null; stickiness: number | null; growthRatio: number | null }) {
  const pct = (x: number | null) => (x === null ? null : Math.round(1000 * x) / 10);
  const adoption = pct(parts.adoption);
  const stickiness = pct(parts.stickiness);
  const growth = parts.growthRatio === null ? null : pct(Math.min(parts.growthRatio, GROWTH_CAP) / GROWTH_CAP);
  const pes =
    adoption === null || stickiness === null || growth === null
      ? null
      : Math.round((10 * (adoption + stickiness + growth)) / 3) / 10;
  return { adoption, stickiness, growth, pes };
}
