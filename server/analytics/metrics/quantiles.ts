// Quantiles in TypeScript: SQLite has no percentile function, so report queries return the values
// and the medians are computed here, the same way for both databases.

/**
 * The q-quantile (0 ≤ q ≤ 1) of values sorted ascending, by linear interpolation between the
 * closest ranks (Hyndman & Fan type 7, the default of R, NumPy and spreadsheets): position
 * h = (n − 1)·q, value = v[⌊h⌋] + (h − ⌊h⌋)·(v[⌊h⌋ + 1] − v[⌊h⌋]). Null for no values.
 */
export function quantile(sortedValues: readonly number[], q: number): number | null {
  const n = sortedValues.length;
  if (n === 0) return null;
  const h = (n - 1) * Math.min(1, Math.max(0, q));
  const lo = Math.floor(h);
  const below = sortedValues[lo]!;
  const above = sortedValues[Math.min(lo + 1, n - 1)]!;
  return below + (h - lo) * (above - below);
}

function sortedCopy(values: readonly number[]): number[] {
  return [...values].sort((a, b) => a - b);
}

/** The median (type-7 quantile 0.5) of values in any order; null for none. */
export function median(values: readonly number[]): number | null {
  return quantile(sortedCopy(values), 0.5);
}

export type Summary = {
  n: number;
  mean: number | null;
  p25: number | null;
  median: number | null;
  p75: number | null;
  p90: number | null;
};

/** Count, mean and the 25th, 50th, 75th and 90th percentiles (type 7) of values in any order. */
export function summary(values: readonly number[]): Summary {
  const sorted = sortedCopy(values);
  const n = sorted.length;
  return {
    n,
    mean: n === 0 ? null : sorted.reduce((s, v) => s + v, 0) / n,
    p25: quantile(sorted, 0.25),
    median: quantile(sorted, 0.5),
    p75: quantile(sorted, 0.75),
    p90: quantile(sorted, 0.9),
  };
}
