import type { Db } from "../db";
import { AppError } from "../errors";
import { assertPersonasInWorkspace } from "../audience/assert-personas";
import type { SurveyOut, TSurveyInput } from "./schemas";
import { readSurvey, SURVEY_SELECT, surveyData } from "./survey-rows";
import { defaultTexts } from "./texts";

/**
 * Replaces a survey's fields (not its status). The kind is fixed once the survey has been shown:
 * its answers are on that kind's scale, and mixing scales would make every report wrong, so a
 * kind change after the first display is refused (create a new survey instead). Texts left out
 * keep the stored ones, or become the new kind's defaults when the kind changes.
 */
export async function updateSurvey(args: {
  db: Db;
  workspaceId: string;
  id: string;
  input: TSurveyInput;
}): Promise<SurveyOut> {
  const { db, workspaceId, id, input } = args;
  const row = await db.$transaction(async (tx) => {
    const existing = await tx.survey.findFirst({
      where: { id, workspaceId },
      select: { kind: true, _count: { select: { displays: true } } },
    });
    if (!existing) throw new AppError("NOT_FOUND", "Survey not found.");
    const kindChanged = existing.kind !== input.kind;
    if (kindChanged && existing._count.displays > 0) {
      const n = existing._count.displays;
      throw new AppError(
        "BAD_REQUEST",
        `The kind cannot change from ${existing.kind.toUpperCase()} to ${input.kind.toUpperCase()}: the survey has been shown ${n} time${n === 1 ? "" : "s"} and its answers are on the ${existing.kind.toUpperCase()} scale. Create a new survey instead.`,
        [{ path: "kind", message: "Fixed after the first display" }],
      );
    }
    await assertPersonasInWorkspace(tx, workspaceId, input.targeting.personaIds);
    const texts = input.texts ?? (kindChanged ? defaultTexts(input.kind) : undefined);
    return tx.survey.update({
      where: { id, workspaceId },
      data: { ...surveyData(input), ...(texts ? { texts } : {}) },
      select: SURVEY_SELECT,
    });
  });
  return readSurvey(row);
}
