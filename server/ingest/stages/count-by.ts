/** Items counted per key, in key order (one lock order for concurrent batches): the first item of
 * each key, how many there were, and the lowest and highest `day` among them. */
export function countBy<K extends { day: number }>(
  items: Iterable<K>,
  keyOf: (k: K) => string,
): Map<string, { item: K; n: number; minDay: number; maxDay: number }> {
  const counts = new Map<string, { item: K; n: number; minDay: number; maxDay: number }>();
  for (const item of items) {
    const key = keyOf(item);
    const hit = counts.get(key);
    if (hit) {
      hit.n += 1;
      hit.minDay = Math.min(hit.minDay, item.day);
      hit.maxDay = Math.max(hit.maxDay, item.day);
    } else counts.set(key, { item, n: 1, minDay: item.day, maxDay: item.day });
  }
  return new Map([...counts.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
