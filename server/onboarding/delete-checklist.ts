import type { Db } from "../db";
import { AppError } from "../errors";

/** Deletes the checklist with its items, progress and completions (cascades). Archiving keeps
 * them for reports; deleting is for mistakes. */
export async function deleteChecklist(args: { db: Db; workspaceId: string; id: string }): Promise<{ id: string }> {
  const { count } = await args.db.checklist.deleteMany({ where: { id: args.id, workspaceId: args.workspaceId } });
  if (count === 0) throw new AppError("NOT_FOUND", "Checklist not found.");
  return { id: args.id };
}
