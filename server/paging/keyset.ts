// Cursor pages newest first by (createdAt, id), for tables whose id is not unique on its own
// (workspaceId-first keys, where Prisma's `cursor: { id }` of newest-first.ts does not apply). The
// cursor carries the last row's own values, so the next page is one indexed range read and does
// not depend on that row still existing.

export type TimeCursor = { at: Date; id: string };

/** `<createdAt in ms>.<id>`: opaque to clients, checked by the schema that accepts it. */
export function encodeTimeCursor(row: { createdAt: Date; id: string }): string {
  return `${row.createdAt.getTime()}.${row.id}`;
}

export function decodeTimeCursor(cursor: string): TimeCursor | null {
  const dot = cursor.indexOf(".");
  if (dot <= 0) return null;
  const ms = Number(cursor.slice(0, dot));
  const id = cursor.slice(dot + 1);
  if (!Number.isSafeInteger(ms) || id === "") return null;
  return { at: new Date(ms), id };
}

/** The findMany arguments of one page: the rows after `cursor`, one more than `limit` so the caller
 * knows whether another page follows. */
export function newestFirstAfter(cursor: string | undefined, limit: number) {
  const after = cursor ? decodeTimeCursor(cursor) : null;
  return {
    where: after ? { OR: [{ createdAt: { lt: after.at } }, { createdAt: after.at, id: { lt: after.id } }] } : {},
    orderBy: [{ createdAt: "desc" as const }, { id: "desc" as const }],
    take: limit + 1,
  };
}

/** The rows of the page and the cursor of the next one (null on the last page). */
export function splitTimePage<T extends { createdAt: Date; id: string }>(
  rows: T[],
  limit: number,
): { page: T[]; nextCursor: string | null } {
  const page = rows.slice(0, limit);
  return { page, nextCursor: rows.length > limit ? encodeTimeCursor(page[page.length - 1]!) : null };
}
