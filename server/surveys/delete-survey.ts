import type { Db } from "../db";
import { AppError } from "../errors";

/**
 * Deletes the survey with its displays and responses (cascades). The inbox items made from its
 * comments are kept — they are feedback a PM may have triaged — but lose their link to the
 * deleted response, in the same transaction. Pausing or ending keeps everything for reports;
 * deleting is for mistakes.
 */
export async function deleteSurvey(args: { db: Db; workspaceId: string; id: string }): Promise<{ id: string }> {
  const { db, workspaceId, id } = args;
  return db.$transaction(async (tx) => {
    const found = await tx.survey.findFirst({ where: { id, workspaceId }, select: { id: true } });
    if (!found) throw new AppError("NOT_FOUND", "Survey not found.");
    const responses = await tx.surveyResponse.findMany({ where: { workspaceId, surveyId: id }, select: { id: true } });
    const ids = responses.map((r) => r.id);
    for (let i = 0; i < ids.length; i += 500) {
      await tx.feedback.updateMany({
        where: { workspaceId, surveyResponseId: { in: ids.slice(i, i + 500) } },
        data: { surveyResponseId: null },
      });
    }
    await tx.survey.deleteMany({ where: { id, workspaceId } });
    return { id };
  });
}
