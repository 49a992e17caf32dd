import type { Db } from "../db";
import { assertFeedbackIds } from "./assert-feedback";
import type { SETTABLE_STATUSES } from "./schemas";

/**
 * new, triaged or dismissed for every id, or for none. A piece of feedback is in one state at a
 * time, so leaving "linked" or "duplicate" this way also drops its roadmap link or its original
 * (linkRoadmap and markDuplicate are the ways back in).
 */
export async function setFeedbackStatus(args: {
  db: Db;
  workspaceId: string;
  ids: string[];
  status: (typeof SETTABLE_STATUSES)[number];
}) {
  const { db, workspaceId, ids, status } = args;
  return db.$transaction(async (tx) => {
    await assertFeedbackIds(tx, workspaceId, ids);
    await tx.feedback.updateMany({
      where: { workspaceId, id: { in: ids } },
      data: { status, roadmapItemId: null, duplicateOfId: null },
    });
    return { ids };
  });
}
