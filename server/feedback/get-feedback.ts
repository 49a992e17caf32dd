import type { Db } from "../db";
import { AppError } from "../errors";
import { loadFeedbackRows } from "./feedback-rows";
import type { FeedbackDetail } from "./schemas";

/** One piece of feedback with the items marked as its duplicates (newest first, at most 50). */
export async function getFeedback(args: { db: Db; workspaceId: string; id: string }): Promise<FeedbackDetail> {
  const [row] = await loadFeedbackRows(args.db, args.workspaceId, [args.id]);
  if (!row) throw new AppError("NOT_FOUND", "Feedback not found.");
  const duplicates = await args.db.feedback.findMany({
    where: { workspaceId: args.workspaceId, duplicateOfId: args.id },
    select: { id: true, text: true, createdAt: true },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 50,
  });
  return { ...row, duplicates };
}
