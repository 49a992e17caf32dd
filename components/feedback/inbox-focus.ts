/** Where focus goes after triaging `ids`: when the focused row leaves the filtered list (its new
 * status is not among the filter's), the next row not triaged opens (else the previous one), so
 * j/k-and-act triage keeps its place. `undefined`: focus stays. */
export function focusAfterTriage(args: {
  rows: readonly { id: string }[];
  focusedId: string | null;
  focusedIndex: number;
  ids: readonly string[];
  status: string | null;
  statusFilter: readonly string[];
}): string | null | undefined {
  const { rows, focusedId, focusedIndex, ids, status, statusFilter } = args;
  if (status === null || !focusedId || !ids.includes(focusedId)) return undefined;
  if (statusFilter.length === 0 || statusFilter.includes(status)) return undefined;
  const after =
    rows.slice(focusedIndex + 1).find((r) => !ids.includes(r.id)) ??
    rows
      .slice(0, Math.max(focusedIndex, 0))
      .reverse()
      .find((r) => !ids.includes(r.id));
  return after?.id ?? null;
}

/** The row index j (step 1) or k (step -1) moves to, from the focused index (-1: none). */
export function stepIndex(length: number, focusedIndex: number, step: 1 | -1): number {
  const from = focusedIndex >= 0 ? focusedIndex : step === 1 ? -1 : length;
  return Math.max(0, Math.min(length - 1, from + step));
}

/** The selection with `id` added, or removed when it was in it. */
export function toggled(selection: ReadonlySet<string>, id: string): Set<string> {
  const next = new Set(selection);
  if (next.has(id)) next.delete(id);
  else next.add(id);
  return next;
}
