// Cursor pages of a model listed newest first (then by id, so equal timestamps keep one order):
// fetch one row more than the page to know whether another page follows.

export type PageRequest = { cursor?: string; limit: number };

/** The findMany arguments of one page; `nextCursor` of the previous page is the first row's id. */
export function newestFirstPage({ cursor, limit }: PageRequest) {
  return {
    orderBy: [{ createdAt: "desc" as const }, { id: "desc" as const }],
    take: limit + 1,
    ...(cursor ? { cursor: { id: cursor } } : {}),
  };
}

/** The rows of the page and the id the next page starts at (null on the last page). */
export function splitPage<T extends { id: string }>(
  rows: T[],
  limit: number,
): { page: T[]; nextCursor: string | null } {
  return { page: rows.slice(0, limit), nextCursor: rows.length > limit ? rows[limit]!.id : null };
}
