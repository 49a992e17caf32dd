// Distributions shown as bars: how many values fall in each bucket.

export type Bucket = {
  /** Lower edge, included. */
  from: number;
  /** Upper edge, excluded; null for the last, open bucket. */
  to: number | null;
  count: number;
};

/**
 * Counts `values` into the buckets [e0, e1), [e1, e2), …, [e_last, ∞) of ascending `bucketEdges`.
 * A value below the first edge counts in the first bucket, so no value goes missing from the bars.
 * No edges: no buckets.
 */
export function histogram(values: readonly number[], bucketEdges: readonly number[]): Bucket[] {
  const edges = [...new Set(bucketEdges)].sort((a, b) => a - b);
  const buckets: Bucket[] = edges.map((from, i) => ({ from, to: edges[i + 1] ?? null, count: 0 }));
  if (buckets.length === 0) return buckets;
  for (const v of values) {
    let i = buckets.length - 1;
    while (i > 0 && v < buckets[i]!.from) i--;
    buckets[i]!.count++;
  }
  return buckets;
}
