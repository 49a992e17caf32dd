import type { DbOrTx } from "../db";
import { AppError } from "../errors";

/** Every id must be feedback of the workspace, or nothing happens: bulk triage is all-or-nothing,
 * and another tenant's id reads as not found. */
export async function assertFeedbackIds(db: DbOrTx, workspaceId: string, ids: readonly string[]): Promise<void> {
  const found = await db.feedback.count({ where: { workspaceId, id: { in: [...ids] } } });
  if (found !== ids.length) {
    const missing = ids.length - found;
    throw new AppError(
      "NOT_FOUND",
      missing === 1 && ids.length === 1
        ? "Feedback not found."
        : `${missing} of the ${ids.length} pieces of feedback were not found.`,
    );
  }
}
