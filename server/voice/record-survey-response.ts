import type { Db } from "../db";
import { sql } from "../sql/fragments";
import { AppError, isUniqueViolation } from "../errors";
import { assertAnswer } from "./answer-rules";
import { authorSearchText, clampTime, messageLocale } from "./author";
import type { SurveyResponseInput } from "./schemas";
import { assertTarget, loadSurveyTarget } from "./survey-target";
import { tenantSql } from "../sql/tenant-sql";

export type Outcome = "stored" | "duplicate";

/**
 * Records one answer: the SurveyResponse and, when it has a comment, its Feedback row (the inbox's
 * verbatim), in one transaction. One response per display (409 for a second answer, 409 for a
 * second answer to a survey asked once); the same messageId again is a duplicate, even when both
 * copies race (the unique constraints keep one).
 */
export async function recordSurveyResponse(args: {
  db: Db;
  workspaceId: string;
  message: SurveyResponseInput;
  now: Date;
}): Promise<Outcome> {
  const { db, workspaceId, message, now } = args;
  const loaded = await loadSurveyTarget(db, workspaceId, message);
  if (loaded.display?.response && loaded.display.response.messageId === message.messageId) return "duplicate";
  const { survey, display, author } = assertTarget(loaded, message);
  if (display.response)
    throw new AppError("CONFLICT", `Display "${display.id}" was already answered: one response per display.`);

  const comment = message.comment?.trim() || null;
  assertAnswer(survey.kind, message.score, comment);
  const createdAt = clampTime(message.timestamp, display.shownAt, now);
  const locale = messageLocale(author, message.locale);
  try {
    await db.$transaction(async (tx) => {
      if (survey.recurrenceDays <= 0) {
        // Asked once: lock the user's row (as asking does) so two answers to two displays of
        // this survey, arriving at once, cannot both pass the check.
        await tenantSql(tx, workspaceId).execute(
          sql`UPDATE "EndUser" SET "lastSeenAt" = "lastSeenAt" WHERE "id" = ${author.id} AND "workspaceId" = ${workspaceId}`,
        );
        const earlier = await tx.surveyResponse.findFirst({
          where: { workspaceId, surveyId: survey.id, endUserId: author.id },
          select: { id: true },
        });
        if (earlier)
          throw new AppError(
            "CONFLICT",
            `User "${message.userId}" already answered survey "${survey.id}", which is asked once.`,
          );
      }
      const response = await tx.surveyResponse.create({
        data: {
          workspaceId,
          surveyId: survey.id,
          displayId: display.id,
          endUserId: author.id,
          accountId: author.accountId,
          personaId: author.personaId,
          score: message.score ?? null,
          comment,
          locale,
          messageId: message.messageId,
          createdAt,
        },
        select: { id: true },
      });
      if (comment === null) return;
      await tx.feedback.create({
        data: {
          workspaceId,
          source: "survey",
          text: comment,
          status: "new",
          surveyResponseId: response.id,
          endUserId: author.id,
          accountId: author.accountId,
          personaId: author.personaId,
          locale,
          searchText: authorSearchText(author, comment, null),
          createdAt,
        },
      });
    });
    return "stored";
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // Raced with another answer to this display: the same message is a duplicate, another is a 409.
    const same = await db.surveyResponse.findUnique({
      where: { workspaceId_messageId: { workspaceId, messageId: message.messageId } },
      select: { id: true },
    });
    if (same) return "duplicate";
    throw new AppError("CONFLICT", `Display "${display.id}" was already answered: one response per display.`);
  }
}
