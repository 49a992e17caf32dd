import type { Db } from "../db";
import { AppError } from "../errors";
import type { SurveyOut } from "./schemas";
import { readSurvey, SURVEY_SELECT } from "./survey-rows";

export async function getSurvey(args: { db: Db; workspaceId: string; id: string }): Promise<SurveyOut> {
  const row = await args.db.survey.findFirst({
    where: { id: args.id, workspaceId: args.workspaceId },
    select: SURVEY_SELECT,
  });
  if (!row) throw new AppError("NOT_FOUND", "Survey not found.");
  return readSurvey(row);
}
