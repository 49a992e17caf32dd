import { z } from "zod";
import type { Db, DbOrTx } from "../db";
import { AppError } from "../errors";
import type { TMergeOut } from "./board-schemas";
import { planVoteMerge } from "./vote-merge";

// Merging a duplicate idea into another: votes move once per voter (vote-merge.ts), linked
// feedback and comments move, the source closes and points at the target (its page redirects), and
// what moved is recorded so the merge can be undone. One transaction each way.

const ZDroppedVote = z.object({
  voterKey: z.string(),
  endUserId: z.string().nullable(),
  email: z.string().nullable(),
  createdAt: z.coerce.date(),
});
const ZMoved = z.object({
  movedVoteIds: z.array(z.string()),
  droppedVotes: z.array(ZDroppedVote),
  feedbackIds: z.array(z.string()),
  commentIds: z.array(z.string()),
  sourceStatus: z.string(),
  sourceCustomStatusId: z.string().nullable(),
});

async function recount(tx: DbOrTx, workspaceId: string, ids: string[]) {
  for (const id of ids) {
    const votes = await tx.vote.count({ where: { workspaceId, roadmapItemId: id } });
    await tx.roadmapItem.update({ where: { id, workspaceId }, data: { voteCount: votes } });
  }
}

export async function mergeRoadmapItems(args: {
  db: Db;
  workspaceId: string;
  userId: string;
  sourceId: string;
  targetId: string;
}): Promise<TMergeOut> {
  const { db, workspaceId, sourceId, targetId } = args;
  return db.$transaction(async (tx) => {
    const [source, target] = await Promise.all(
      [sourceId, targetId].map((id) =>
        tx.roadmapItem.findFirst({
          where: { id, workspaceId },
          select: { id: true, status: true, customStatusId: true, mergedIntoId: true },
        }),
      ),
    );
    if (!source || !target) throw new AppError("NOT_FOUND", "Roadmap item not found.");
    if (source.mergedIntoId) throw new AppError("BAD_REQUEST", "This item was merged already.");
    if (target.mergedIntoId)
      throw new AppError("BAD_REQUEST", "The target was itself merged into another item: merge into that one.", [
        { path: "targetId", message: "Merged away" },
      ]);
    const [sourceVotes, targetVotes] = await Promise.all(
      [sourceId, targetId].map((id) =>
        tx.vote.findMany({
          where: { workspaceId, roadmapItemId: id },
          select: { id: true, voterKey: true, endUserId: true, email: true, createdAt: true },
        }),
      ),
    );
    const plan = planVoteMerge(sourceVotes!, targetVotes!);
    const dropped = sourceVotes!.filter((v) => plan.drop.includes(v.id));
    await tx.vote.deleteMany({ where: { workspaceId, id: { in: plan.drop } } });
    await tx.vote.updateMany({ where: { workspaceId, id: { in: plan.move } }, data: { roadmapItemId: targetId } });
    const feedback = await tx.feedback.findMany({
      where: { workspaceId, roadmapItemId: sourceId },
      select: { id: true },
    });
    await tx.feedback.updateMany({
      where: { workspaceId, roadmapItemId: sourceId },
      data: { roadmapItemId: targetId },
    });
    const comments = await tx.roadmapComment.findMany({
      where: { workspaceId, roadmapItemId: sourceId },
      select: { id: true },
    });
    await tx.roadmapComment.updateMany({
      where: { workspaceId, roadmapItemId: sourceId },
      data: { roadmapItemId: targetId },
    });
    await tx.roadmapItem.update({
      where: { id: sourceId, workspaceId },
      data: { mergedIntoId: targetId, status: "closed", customStatusId: null },
    });
    await recount(tx, workspaceId, [sourceId, targetId]);
    const moved: z.infer<typeof ZMoved> = {
      movedVoteIds: plan.move,
      droppedVotes: dropped.map((v) => ({
        voterKey: v.voterKey,
        endUserId: v.endUserId,
        email: v.email,
        createdAt: v.createdAt,
      })),
      feedbackIds: feedback.map((f) => f.id),
      commentIds: comments.map((c) => c.id),
      sourceStatus: source.status,
      sourceCustomStatusId: source.customStatusId,
    };
    const merge = await tx.roadmapMerge.create({
      data: { workspaceId, sourceId, targetId, moved, byUserId: args.userId },
      select: { id: true },
    });
    return {
      mergeId: merge.id,
      movedVotes: plan.move.length,
      droppedVotes: plan.drop.length,
      movedFeedback: feedback.length,
      movedComments: comments.length,
      targetVotes: await tx.vote.count({ where: { workspaceId, roadmapItemId: targetId } }),
    };
  });
}

/** Puts back what a merge moved: votes (the dropped ones recreated on the source), feedback,
 * comments and the source's status. Votes cast on the target since stay there. */
export async function undoRoadmapMerge(args: { db: Db; workspaceId: string; mergeId: string }): Promise<void> {
  const { db, workspaceId, mergeId } = args;
  await db.$transaction(async (tx) => {
    const merge = await tx.roadmapMerge.findFirst({
      where: { id: mergeId, workspaceId },
      select: { id: true, sourceId: true, targetId: true, moved: true, undoneAt: true },
    });
    if (!merge) throw new AppError("NOT_FOUND", "Merge not found.");
    if (merge.undoneAt) throw new AppError("BAD_REQUEST", "This merge was undone already.");
    const moved = ZMoved.parse(merge.moved);
    const { sourceId, targetId } = merge;
    await tx.vote.updateMany({
      where: { workspaceId, roadmapItemId: targetId, id: { in: moved.movedVoteIds } },
      data: { roadmapItemId: sourceId },
    });
    if (moved.droppedVotes.length > 0)
      await tx.vote.createMany({
        data: moved.droppedVotes.map((v) => ({ workspaceId, roadmapItemId: sourceId, ...v })),
      });
    await tx.feedback.updateMany({
      where: { workspaceId, roadmapItemId: targetId, id: { in: moved.feedbackIds } },
      data: { roadmapItemId: sourceId },
    });
    await tx.roadmapComment.updateMany({
      where: { workspaceId, roadmapItemId: targetId, id: { in: moved.commentIds } },
      data: { roadmapItemId: sourceId },
    });
    await tx.roadmapItem.update({
      where: { id: sourceId, workspaceId },
      data: {
        mergedIntoId: null,
        status: moved.sourceStatus as "considering",
        customStatusId: moved.sourceCustomStatusId,
      },
    });
    await recount(tx, workspaceId, [sourceId, targetId]);
    await tx.roadmapMerge.update({ where: { id: merge.id, workspaceId }, data: { undoneAt: new Date() } });
  });
}
