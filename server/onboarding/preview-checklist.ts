import type { Db } from "../db";
import { AppError } from "../errors";
import type { Condition } from "../audience/condition";
import { getChecklist } from "./get-checklist";
import { buildPreview } from "./preview";
import type { Locale, PreviewOut } from "./schemas";

/** The saved checklist as a user of `personaId` (null: no persona) would see it in `locale`. */
export async function previewChecklist(args: {
  db: Db;
  workspaceId: string;
  id: string;
  personaId: string | null;
  locale: Locale;
}): Promise<PreviewOut> {
  const [checklist, personas] = await Promise.all([
    getChecklist(args),
    args.db.persona.findMany({
      where: { workspaceId: args.workspaceId },
      select: { id: true, name: true, rules: true },
    }),
  ]);
  const persona = args.personaId ? personas.find((p) => p.id === args.personaId) : null;
  if (persona === undefined) throw new AppError("NOT_FOUND", "Persona not found.");
  return buildPreview({
    checklist,
    persona: persona ? { id: persona.id, name: persona.name, rules: persona.rules as Condition[] } : null,
    personaNames: new Map(personas.map((p) => [p.id, p.name])),
    locale: args.locale,
  });
}
