import type { Tx } from "../db";

/**
 * PostgreSQL: makes the rest of a rollup rebuild's transaction exclusive with ingest's writes to
 * FeatureUserDay. SHARE ROW EXCLUSIVE conflicts with the ROW EXCLUSIVE lock every INSERT/UPDATE
 * takes (and with itself, so two rebuilds queue rather than deadlock), and does not block reads.
 * Taking it waits for batches that already added to the table to commit (their events are then
 * visible to the rebuild's read), and a batch reaching its rollup stage meanwhile waits for the
 * rebuild to commit (its events were not visible to the read; its increment lands on the rebuilt
 * row). Held for one day's rebuild, a few milliseconds. Raw SQL on no tenant's rows: a lock.
 */
export async function lockFeatureRollup(tx: Tx): Promise<void> {
  await tx.$executeRawUnsafe('LOCK TABLE "FeatureUserDay" IN SHARE ROW EXCLUSIVE MODE');
}
