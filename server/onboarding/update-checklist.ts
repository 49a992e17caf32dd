import type { Db } from "../db";
import { AppError, type Issue } from "../errors";
import { assertPersonasInWorkspace } from "../audience/assert-personas";
import { CHECKLIST_SELECT, checklistData, itemData, readChecklist } from "./checklist-rows";
import { startCompletionBackfill } from "./backfill-completions";
import type { ChecklistOut, TChecklistInput } from "./schemas";

/**
 * Replaces a checklist's fields and items in one transaction. Items sent with their id are
 * updated in place, so completions already earned on them survive the edit; items without an id
 * are new; items left out are deleted with their completions. The status is not changed here.
 */
export async function updateChecklist(args: {
  db: Db;
  workspaceId: string;
  id: string;
  input: TChecklistInput;
}): Promise<ChecklistOut> {
  const { db, workspaceId, id, input } = args;
  const existing = await db.checklist.findFirst({
    where: { id, workspaceId },
    select: { id: true, items: { select: { id: true } } },
  });
  if (!existing) throw new AppError("NOT_FOUND", "Checklist not found.");
  await assertPersonasInWorkspace(db, workspaceId, input.targeting.personaIds);

  const own = new Set(existing.items.map((i) => i.id));
  const foreign: Issue[] = input.items.flatMap((item, i) =>
    item.id && !own.has(item.id) ? [{ path: `items.${i}.id`, message: "This item is not part of the checklist" }] : [],
  );
  if (foreign.length > 0) throw new AppError("BAD_REQUEST", "An item id does not belong to this checklist.", foreign);

  const kept = input.items.flatMap((item) => (item.id ? [item.id] : []));
  const added: string[] = [];
  const row = await db.$transaction(async (tx) => {
    await tx.checklistItem.deleteMany({ where: { workspaceId, checklistId: id, id: { notIn: kept } } });
    for (const [position, item] of input.items.entries()) {
      if (item.id)
        await tx.checklistItem.update({ where: { id: item.id, workspaceId }, data: itemData(item, position) });
      else {
        const created = await tx.checklistItem.create({
          data: { workspaceId, checklistId: id, ...itemData(item, position) },
          select: { id: true },
        });
        added.push(created.id);
      }
    }
    return tx.checklist.update({ where: { id, workspaceId }, data: checklistData(input), select: CHECKLIST_SELECT });
  });
  // Items added to a live checklist are completed from the look-back's past events too.
  const backfillJobId = await startCompletionBackfill({ db, workspaceId, checklistId: id, itemIds: added });
  return { ...readChecklist(row), backfillJobId };
}
