/**
 * Nearest-rank percentile of integer values given as counts per value: the smallest value v such
 * that at least p% of the values are ≤ v. This is what "the gap within which 80% of users repeated"
 * means (a value that exists, never interpolated). Null when there are no values. `p` in (0, 100].
 */
export function percentileOfCounts(counts: ReadonlyMap<number, number>, p: number): number | null {
  const values = [...counts.entries()].filter(([, n]) => n > 0).sort((a, b) => a[0] - b[0]);
  const total = values.reduce((s, [, n]) => s + n, 0);
  if (total === 0) return null;
  const rank = Math.max(1, Math.ceil((p / 100) * total - 1e-9));
  let seen = 0;
  for (const [value, n] of values) {
    seen += n;
    if (seen >= rank) return value;
  }
  return values[values.length - 1]![0];
}

/** Counts per value of a list of integers. */
export function countValues(values: readonly number[]): Map<number, number> {
  const out = new Map<number, number>();
  for (const v of values) out.set(v, (out.get(v) ?? 0) + 1);
  return out;
}
