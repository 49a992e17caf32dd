import type { Db } from "../db";
import { AppError } from "../errors";
import { startCompletionBackfill } from "./backfill-completions";
import type { ChecklistStatus } from "./schemas";

/** draft → live shows it to targeted users from their next widget fetch, and completes its items
 * from the look-back's past events (backfill-completions.ts); archived hides it and stops ingest
 * from recording completions for it, keeping what was recorded. */
export async function setChecklistStatus(args: { db: Db; workspaceId: string; id: string; status: ChecklistStatus }) {
  const where = { id: args.id, workspaceId: args.workspaceId };
  const before = await args.db.checklist.findFirst({ where, select: { status: true } });
  const { count } = await args.db.checklist.updateMany({ where, data: { status: args.status } });
  if (!before || count === 0) throw new AppError("NOT_FOUND", "Checklist not found.");
  const wentLive = args.status === "live" && before.status !== "live";
  const backfillJobId = wentLive
    ? await startCompletionBackfill({ db: args.db, workspaceId: args.workspaceId, checklistId: args.id, itemIds: null })
    : null;
  return { id: args.id, status: args.status, backfillJobId };
}
