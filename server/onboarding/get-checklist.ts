import type { Db } from "../db";
import { AppError } from "../errors";
import { CHECKLIST_SELECT, readChecklist } from "./checklist-rows";
import type { ChecklistOut } from "./schemas";

export async function getChecklist(args: { db: Db; workspaceId: string; id: string }): Promise<ChecklistOut> {
  const row = await args.db.checklist.findFirst({
    where: { id: args.id, workspaceId: args.workspaceId },
    select: CHECKLIST_SELECT,
  });
  if (!row) throw new AppError("NOT_FOUND", "Checklist not found.");
  return readChecklist(row);
}
