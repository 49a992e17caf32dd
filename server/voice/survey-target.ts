import type { Db } from "../db";
import { AppError } from "../errors";
import { checkResponse } from "../surveys/eligibility";
import { AUTHOR_SELECT, type Author } from "./author";

/** What an answer or a dismissal names: its survey, its display and its author, each checked. */
export type SurveyTarget = {
  survey: { id: string; kind: "nps" | "csat" | "ces" | "open"; recurrenceDays: number };
  display: {
    id: string;
    surveyId: string;
    endUserId: string;
    shownAt: Date;
    dismissedAt: Date | null;
    response: { messageId: string | null } | null;
  };
  author: Author;
};

/** Three reads in parallel, all scoped to the workspace: another workspace's ids are unknown here. */
export async function loadSurveyTarget(
  db: Db,
  workspaceId: string,
  message: { surveyId: string; displayId: string; userId: string },
): Promise<Partial<SurveyTarget>> {
  const [survey, display, author] = await Promise.all([
    db.survey.findFirst({
      where: { id: message.surveyId, workspaceId },
      select: { id: true, kind: true, recurrenceDays: true },
    }),
    db.surveyDisplay.findFirst({
      where: { id: message.displayId, workspaceId },
      select: {
        id: true,
        surveyId: true,
        endUserId: true,
        shownAt: true,
        dismissedAt: true,
        response: { select: { messageId: true } },
      },
    }),
    db.endUser.findUnique({
      where: { workspaceId_externalId: { workspaceId, externalId: message.userId } },
      select: AUTHOR_SELECT,
    }),
  ]);
  return { survey: survey ?? undefined, display: display ?? undefined, author: author ?? undefined };
}

/**
 * Refuses a message whose survey, display or user is unknown (404), or whose display is of another
 * survey or was shown to another user (409) — server/surveys/eligibility.ts's checkResponse. Whether
 * the display was answered already is the caller's rule (an answer refuses it, a dismissal ignores it).
 */
export function assertTarget(
  target: Partial<SurveyTarget>,
  message: { surveyId: string; displayId: string; userId: string },
): SurveyTarget {
  const { survey, display, author } = target;
  if (!survey) throw new AppError("NOT_FOUND", `Unknown survey "${message.surveyId}" in this workspace.`);
  if (!display) {
    throw new AppError(
      "NOT_FOUND",
      `Unknown display "${message.displayId}" in this workspace: an answer needs the display that /api/v1/surveys/next returned (answer without display).`,
    );
  }
  if (!author) throw new AppError("NOT_FOUND", `Unknown user "${message.userId}" in this workspace.`);
  const check = checkResponse(display, { surveyId: survey.id, endUserId: author.id }, false);
  if (!check.ok && check.reason === "other_survey") {
    throw new AppError("CONFLICT", `Display "${display.id}" is of another survey than "${survey.id}".`);
  }
  if (!check.ok && check.reason === "other_user") {
    throw new AppError("CONFLICT", `Display "${display.id}" was shown to another user than "${message.userId}".`);
  }
  return { survey, display, author };
}
