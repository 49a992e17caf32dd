import type { Db } from "../db";
import { assertPersonasInWorkspace } from "../audience/assert-personas";
import type { SurveyOut, TSurveyInput } from "./schemas";
import { readSurvey, SURVEY_SELECT, surveyData } from "./survey-rows";
import { defaultTexts } from "./texts";

/** A new survey starts as a draft, with the kind's default wording in every locale unless texts
 * are given; setSurveyStatus makes it active. */
export async function createSurvey(args: { db: Db; workspaceId: string; input: TSurveyInput }): Promise<SurveyOut> {
  const { db, workspaceId, input } = args;
  await assertPersonasInWorkspace(db, workspaceId, input.targeting.personaIds);
  const row = await db.survey.create({
    data: { workspaceId, status: "draft", ...surveyData(input), texts: input.texts ?? defaultTexts(input.kind) },
    select: SURVEY_SELECT,
  });
  return readSurvey(row);
}
