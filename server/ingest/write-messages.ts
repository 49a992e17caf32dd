import type { Db } from "../db";
import { isDataError, toAppError } from "../errors";
import type { SqlDialect } from "../sql/dialect";
import type { NormalizedMessage } from "./normalize-message";
import { loadIngestRules, type IngestRules } from "./rules";
import { INGEST_STAGES } from "./stages";
import type { IngestWorkspace, StageOutputs } from "./stages/stage";

export type { IngestWorkspace } from "./stages/stage";
export type WriteResult = { inserted: number; duplicates: number };

/**
 * Stores a batch of validated messages in one transaction, running the ingest stages in order
 * (server/ingest/stages/index.ts): anonymous ids, accounts and users, the stitch, personas, the early-feedback claim, events,
 * rollups, checklists. Each stage runs a fixed number of set-based statements, whatever the batch
 * size. Messages already stored (same workspace + messageId) are skipped, and so is their share of
 * the rollups and checklists, so a retried batch changes nothing. `rules` defaults to the
 * workspace's current ones (loadIngestRules).
 */
export async function writeMessages(
  db: Db,
  dialect: SqlDialect,
  workspace: IngestWorkspace,
  batch: NormalizedMessage[],
  receivedAt = new Date(),
  rules?: IngestRules,
): Promise<WriteResult> {
  const messages = [...new Map(batch.map((m) => [m.messageId, m])).values()];
  if (messages.length === 0) return { inserted: 0, duplicates: batch.length };
  const batchRules = rules ?? (await loadIngestRules(db, workspace.id));

  return db.$transaction(
    async (tx) => {
      const earlier: Partial<StageOutputs> = {};
      for (const stage of INGEST_STAGES) {
        Object.assign(
          earlier,
          await stage.run({
            tx,
            dialect,
            workspace,
            messages: earlier.messages ?? messages,
            receivedAt,
            rules: batchRules,
            earlier,
          }),
        );
      }
      const inserted = earlier.stored?.length ?? 0;
      return { inserted, duplicates: batch.length - inserted };
    },
    { maxWait: 30_000, timeout: 60_000 },
  );
}

export type IsolatedWriteResult = WriteResult & {
  /** Messages the database refused to store, each with the reason. */
  failed: { messageId: string; error: string }[];
};

/**
 * writeMessages, and when the batch's transaction fails on a value the database refuses to store
 * (isDataError: PostgreSQL's class 22), each message again in its own transaction, so only the bad
 * one is refused and the rest of the batch is stored. Input is checked before it gets here
 * (parse-payload, timestamp-window), so this is the net for what those checks miss. Any other error
 * (the database is down) is thrown: the request fails with a 500 and the sender retries it.
 */
export async function writeMessagesIsolated(
  db: Db,
  dialect: SqlDialect,
  workspace: IngestWorkspace,
  batch: NormalizedMessage[],
  receivedAt = new Date(),
): Promise<IsolatedWriteResult> {
  try {
    return { ...(await writeMessages(db, dialect, workspace, batch, receivedAt)), failed: [] };
  } catch (error) {
    if (!isDataError(error)) throw error;
  }
  const rules = await loadIngestRules(db, workspace.id);
  const result: IsolatedWriteResult = { inserted: 0, duplicates: 0, failed: [] };
  for (const message of batch) {
    try {
      const one = await writeMessages(db, dialect, workspace, [message], receivedAt, rules);
      result.inserted += one.inserted;
      result.duplicates += one.duplicates;
    } catch (error) {
      if (!isDataError(error)) throw error;
      result.failed.push({ messageId: message.messageId, error: toAppError(error).message });
    }
  }
  return result;
}
