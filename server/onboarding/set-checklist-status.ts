import type { Db } from "../db";
import { AppError } from "../errors";
import type { ChecklistStatus } from "./schemas";

/** draft → live shows it to targeted users from their next widget fetch; archived hides it and
 * stops ingest from recording completions for it, keeping what was recorded. */
export async function setChecklistStatus(args: { db: Db; workspaceId: string; id: string; status: ChecklistStatus }) {
  const { count } = await args.db.checklist.updateMany({
    where: { id: args.id, workspaceId: args.workspaceId },
    data: { status: args.status },
  });
  if (count === 0) throw new AppError("NOT_FOUND", "Checklist not found.");
  return { id: args.id, status: args.status };
}
