import type { Db } from "../db";
import { AppError } from "../errors";
import { assertFeedbackIds } from "./assert-feedback";

/** Gives every id to one member of the workspace, or to nobody (null). */
export async function assignFeedback(args: { db: Db; workspaceId: string; ids: string[]; assigneeId: string | null }) {
  const { db, workspaceId, ids, assigneeId } = args;
  return db.$transaction(async (tx) => {
    await assertFeedbackIds(tx, workspaceId, ids);
    if (assigneeId !== null) {
      const member = await tx.member.findFirst({ where: { workspaceId, userId: assigneeId }, select: { id: true } });
      if (!member) {
        throw new AppError("BAD_REQUEST", "Assign feedback to a member of this workspace.", [
          { path: "assigneeId", message: "Not a member of this workspace" },
        ]);
      }
    }
    await tx.feedback.updateMany({ where: { workspaceId, id: { in: ids } }, data: { assigneeId } });
    return { ids };
  });
}
