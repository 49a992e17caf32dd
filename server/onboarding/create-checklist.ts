import type { Db } from "../db";
import { assertPersonasInWorkspace } from "../audience/assert-personas";
import { CHECKLIST_SELECT, checklistData, itemData, readChecklist } from "./checklist-rows";
import type { ChecklistOut, TChecklistInput } from "./schemas";

/** A new checklist starts as a draft; setChecklistStatus takes it live. */
export async function createChecklist(args: {
  db: Db;
  workspaceId: string;
  input: TChecklistInput;
}): Promise<ChecklistOut> {
  const { db, workspaceId, input } = args;
  await assertPersonasInWorkspace(db, workspaceId, input.targeting.personaIds);
  // One statement tree: Prisma writes the checklist and its items in one transaction.
  const row = await db.checklist.create({
    data: {
      workspaceId,
      status: "draft",
      ...checklistData(input),
      items: { create: input.items.map((item, position) => ({ workspaceId, ...itemData(item, position) })) },
    },
    select: CHECKLIST_SELECT,
  });
  return readChecklist(row);
}
