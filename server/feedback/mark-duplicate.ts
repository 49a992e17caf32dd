import type { Db, DbOrTx } from "../db";
import { AppError } from "../errors";
import { assertFeedbackIds } from "./assert-feedback";

const MAX_CHAIN = 100;

/** The item `duplicateOfId` stands for: itself, or the end of its chain of originals. Refuses a
 * chain that leads back to `id` (marking it would make a cycle). */
async function findOriginal(db: DbOrTx, workspaceId: string, id: string, duplicateOfId: string): Promise<string> {
  let current = duplicateOfId;
  for (let hops = 0; hops < MAX_CHAIN; hops++) {
    if (current === id) {
      throw new AppError(
        "BAD_REQUEST",
        "That feedback is already a duplicate of this one: marking it would make a loop.",
        [{ path: "duplicateOfId", message: "Already a duplicate of this feedback" }],
      );
    }
    const row = await db.feedback.findFirst({ where: { workspaceId, id: current }, select: { duplicateOfId: true } });
    if (!row) throw new AppError("NOT_FOUND", "Feedback not found.");
    if (row.duplicateOfId === null) return current;
    current = row.duplicateOfId;
  }
  throw new AppError("BAD_REQUEST", "The chain of duplicates is too long to follow.");
}

/**
 * Marks `id` as a duplicate of `duplicateOfId`, or of that item's own original when it is a
 * duplicate itself, so every duplicate points at an original. Its own duplicates move with it to
 * the new original (a merge, as in Canny): chains never form, so the status their authors see
 * (server/voice/public-status.ts) is always the original's. Its tags and assignee stay; it leaves
 * any roadmap item (it follows its original's from now on).
 */
export async function markDuplicate(args: { db: Db; workspaceId: string; id: string; duplicateOfId: string }) {
  const { db, workspaceId, id } = args;
  if (id === args.duplicateOfId) {
    throw new AppError("BAD_REQUEST", "A piece of feedback cannot be a duplicate of itself.", [
      { path: "duplicateOfId", message: "Pick another piece of feedback" },
    ]);
  }
  return db.$transaction(async (tx) => {
    await assertFeedbackIds(tx, workspaceId, [id, args.duplicateOfId]);
    const original = await findOriginal(tx, workspaceId, id, args.duplicateOfId);
    // Lock both rows in one order, re-checking that the original is still an original: two PMs
    // marking A as B's duplicate and B as A's at the same moment must not both succeed.
    for (const rowId of [id, original].sort()) {
      const guard = rowId === original ? { duplicateOfId: null } : {};
      const { count } = await tx.feedback.updateMany({
        where: { workspaceId, id: rowId, ...guard },
        data: { updatedAt: new Date() },
      });
      if (count === 0)
        throw new AppError("CONFLICT", "The original was just marked as a duplicate itself. Reload and try again.");
    }
    await tx.feedback.updateMany({
      where: { workspaceId, id },
      data: { status: "duplicate", duplicateOfId: original, roadmapItemId: null },
    });
    await tx.feedback.updateMany({ where: { workspaceId, duplicateOfId: id }, data: { duplicateOfId: original } });
    return { id, duplicateOfId: original };
  });
}
