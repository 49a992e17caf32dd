import type { Db } from "../db";
import { AppError } from "../errors";
import { createRoadmapItem } from "../roadmap/create-roadmap-item";
import type { RoadmapItemOut, TRoadmapItemInput } from "../roadmap/schemas";
import { assertFeedbackIds } from "./assert-feedback";

// Linking sets status "linked" and the item; it also ends a "duplicate" state (one state at a time).

/** Links every id to an existing roadmap item of the workspace, or none of them. */
export async function linkFeedbackToRoadmap(args: {
  db: Db;
  workspaceId: string;
  ids: string[];
  roadmapItemId: string;
}) {
  const { db, workspaceId, ids, roadmapItemId } = args;
  return db.$transaction(async (tx) => {
    await assertFeedbackIds(tx, workspaceId, ids);
    const item = await tx.roadmapItem.findFirst({
      where: { workspaceId, id: roadmapItemId },
      select: { id: true, title: true },
    });
    if (!item) throw new AppError("NOT_FOUND", "Roadmap item not found.");
    await tx.feedback.updateMany({
      where: { workspaceId, id: { in: ids } },
      data: { status: "linked", roadmapItemId, duplicateOfId: null },
    });
    return { ids, roadmapItem: item };
  });
}

/** Creates a roadmap item from one or more pieces of feedback (bulk triage) and links them all
 * to it, together or not at all. */
export async function createRoadmapItemFromFeedback(args: {
  db: Db;
  workspaceId: string;
  ids: string[];
  item: TRoadmapItemInput;
}): Promise<{ ids: string[]; roadmapItem: RoadmapItemOut }> {
  const { db, workspaceId, ids } = args;
  return db.$transaction(async (tx) => {
    await assertFeedbackIds(tx, workspaceId, ids);
    const created = await createRoadmapItem({ db: tx, workspaceId, input: args.item });
    const { count } = await tx.feedback.updateMany({
      where: { workspaceId, id: { in: ids } },
      data: { status: "linked", roadmapItemId: created.id, duplicateOfId: null },
    });
    return { ids, roadmapItem: { ...created, feedbackCount: created.feedbackCount + count } };
  });
}
