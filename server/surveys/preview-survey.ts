import type { Db } from "../db";
import { AppError } from "../errors";
import type { Condition } from "../audience/condition";
import { getSurvey } from "./get-survey";
import { buildSurveyPreview } from "./preview-rules";
import type { SurveyPreviewOut, TPreviewSurveyInput } from "./schemas";

/** The saved survey as a user of `personaId` (null: no persona) would meet it, in `locale`. */
export async function previewSurvey(args: {
  db: Db;
  workspaceId: string;
  input: TPreviewSurveyInput;
  now?: Date;
}): Promise<SurveyPreviewOut> {
  const { db, workspaceId, input } = args;
  const [survey, personas, workspace] = await Promise.all([
    getSurvey({ db, workspaceId, id: input.id }),
    db.persona.findMany({ where: { workspaceId }, select: { id: true, name: true, rules: true } }),
    db.workspace.findUniqueOrThrow({ where: { id: workspaceId }, select: { recontactDays: true } }),
  ]);
  const persona = input.personaId ? personas.find((p) => p.id === input.personaId) : null;
  if (persona === undefined) throw new AppError("NOT_FOUND", "Persona not found.");
  return buildSurveyPreview({
    survey,
    persona: persona ? { id: persona.id, name: persona.name, rules: persona.rules as Condition[] } : null,
    personaNames: new Map(personas.map((p) => [p.id, p.name])),
    locale: input.locale,
    plan: input.plan ? input.plan : null,
    workspaceRecontactDays: workspace.recontactDays,
    now: args.now ?? new Date(),
  });
}
