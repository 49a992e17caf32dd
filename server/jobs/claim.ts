import { dialectOf, type Db } from "../db";
import { join, parseJson, raw, sql } from "../sql/fragments";
import type { ClaimedJob, JobRef } from "./queue";

type Row = {
  workspaceId: string;
  id: string;
  kind: string;
  payload: unknown;
  checkpoint: unknown;
  attempts: number | bigint;
  maxAttempts: number | bigint;
};

/**
 * Leases the next due job of one of `kinds` to `workerId`, or returns null. Due: queued, or
 * failed and past its retry time, or running with an expired lease (its worker died; the
 * attempt counts). One statement, so no two workers get the same job:
 * - PostgreSQL: the inner SELECT … FOR UPDATE SKIP LOCKED locks the row it picks and skips rows
 *   another claim has locked, so concurrent claims take different jobs without waiting;
 * - SQLite: a write statement holds the database's single writer lock from its read to its
 *   write, so claims run one after the other.
 * Raw SQL across workspaces (the queue serves them all): the row's workspaceId then scopes
 * everything the handler does.
 */
export async function claimNext(
  db: Db,
  args: { workerId: string; kinds: readonly string[]; leaseMs: number; only?: JobRef; now?: Date },
): Promise<ClaimedJob | null> {
  if (args.kinds.length === 0) return null;
  const dialect = dialectOf(db);
  const now = args.now ?? new Date();
  const at = dialect.dateValue(now);
  const until = dialect.dateValue(new Date(now.getTime() + args.leaseMs));
  const only = args.only ? sql`AND "workspaceId" = ${args.only.workspaceId} AND "id" = ${args.only.id}` : sql``;
  const skipLocked = dialect.name === "postgres" ? raw("FOR UPDATE SKIP LOCKED") : raw("");
  const rows = await db.$queryRaw<Row[]>(sql`
    UPDATE "Job" SET
      "status" = 'running',
      "leasedBy" = ${args.workerId},
      "leaseUntil" = ${until},
      "attempts" = "attempts" + 1,
      "dedupeKey" = CASE WHEN "keepKey" THEN "dedupeKey" ELSE NULL END
    WHERE ("workspaceId", "id") = (
      SELECT "workspaceId", "id" FROM "Job"
      WHERE "kind" IN (${join([...args.kinds])}) ${only}
        AND (("status" IN ('queued', 'failed') AND "runAt" <= ${at})
          OR ("status" = 'running' AND "leaseUntil" < ${at} AND "attempts" < "maxAttempts"))
      ORDER BY "runAt"
      LIMIT 1
      ${skipLocked}
    )
    RETURNING "workspaceId", "id", "kind", "payload", "checkpoint", "attempts", "maxAttempts"`);
  const row = rows[0];
  if (!row) return null;
  return {
    workspaceId: row.workspaceId,
    id: row.id,
    kind: row.kind,
    payload: parseJson(row.payload, {}),
    checkpoint: parseJson(row.checkpoint, null),
    attempts: Number(row.attempts),
    maxAttempts: Number(row.maxAttempts),
    leasedBy: args.workerId,
  };
}
