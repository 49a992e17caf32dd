import { dialectOf, type Db, type Tx } from "../db";

/**
 * Makes the rest of a rollup rebuild's transaction exclusive with every transaction that changes
 * the rollups, so an increment is either in the rebuild's read of the raw events or added onto
 * the rebuilt row, never both or neither.
 *
 * The protocol it relies on: every transaction that changes a rollup writes "Event" first. Ingest
 * inserts the batch's events (events stage) before its rollup stages, and the stitch moves events
 * before it merges rollups; erasure deletes a chunk's events before it takes them out of the
 * rollups (server/privacy/erase-events.ts). So on PostgreSQL one lock covers all seven tables:
 * SHARE ROW EXCLUSIVE on "Event" conflicts with the ROW EXCLUSIVE lock every INSERT, UPDATE and
 * DELETE takes (and with itself, so two rebuilds queue rather than deadlock) and blocks no read.
 * Taking it waits for the writers in flight (their events are then visible to the rebuild's read,
 * READ COMMITTED); a writer arriving meanwhile waits at its first event write, before it has
 * touched any rollup, so no lock cycle can form. Held for one day (or one feature's totals).
 *
 * SQLite has a single writer: the caller's first statement must be a write (a DELETE of the rows
 * it replaces), which takes the database's write lock before the transaction reads anything.
 */
export async function lockRollups(tx: Tx, db: Db): Promise<void> {
  if (dialectOf(db).name !== "postgres") return;
  // Raw SQL on no tenant's rows: a lock.
  await tx.$executeRawUnsafe('LOCK TABLE "Event" IN SHARE ROW EXCLUSIVE MODE');
}

/** Both databases give a rebuild's transaction this long: a day of a big workspace's events. */
export const REBUILD_TX = { maxWait: 30_000, timeout: 120_000 } as const;
