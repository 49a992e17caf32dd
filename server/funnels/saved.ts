import type { Db } from "../db";
import { AppError, isUniqueViolation } from "../errors";
import { MAX_FUNNELS, ZFunnelDefinition, type TSaveFunnelInput, type TSavedFunnel } from "./schemas";

type Args = { db: Db; workspaceId: string };
const SELECT = { id: true, name: true, description: true, definition: true, updatedAt: true } as const;

/** A stored definition read back; one that no longer parses (an older shape) is refused by name. */
function toSaved(row: {
  id: string;
  name: string;
  description: string;
  definition: unknown;
  updatedAt: Date;
}): TSavedFunnel {
  const parsed = ZFunnelDefinition.safeParse(row.definition);
  if (!parsed.success)
    throw new AppError("BAD_REQUEST", `The saved funnel "${row.name}" cannot be read; save it again.`);
  return { ...row, definition: parsed.data };
}

export async function listFunnels(args: Args): Promise<TSavedFunnel[]> {
  const rows = await args.db.funnel.findMany({
    where: { workspaceId: args.workspaceId },
    select: SELECT,
    orderBy: { name: "asc" },
  });
  return rows.flatMap((r) => {
    const parsed = ZFunnelDefinition.safeParse(r.definition);
    return parsed.success ? [{ ...r, definition: parsed.data }] : [];
  });
}

export async function getFunnel(args: Args & { id: string }): Promise<TSavedFunnel> {
  const row = await args.db.funnel.findFirst({ where: { id: args.id, workspaceId: args.workspaceId }, select: SELECT });
  if (!row) throw new AppError("NOT_FOUND", "Funnel not found.");
  return toSaved(row);
}

/** Creates (no id) or replaces a saved funnel; names are unique in the workspace. */
export async function saveFunnel(args: Args & { input: TSaveFunnelInput }): Promise<TSavedFunnel> {
  const { db, workspaceId, input } = args;
  const data = { name: input.name, description: input.description, definition: input.definition };
  try {
    if (input.id) {
      const found = await db.funnel.findFirst({ where: { id: input.id, workspaceId }, select: { id: true } });
      if (!found) throw new AppError("NOT_FOUND", "Funnel not found.");
      return toSaved(await db.funnel.update({ where: { id: input.id, workspaceId }, data, select: SELECT }));
    }
    if ((await db.funnel.count({ where: { workspaceId } })) >= MAX_FUNNELS)
      throw new AppError("BAD_REQUEST", `A workspace keeps at most ${MAX_FUNNELS} funnels; delete one first.`);
    return toSaved(await db.funnel.create({ data: { workspaceId, ...data }, select: SELECT }));
  } catch (error) {
    if (isUniqueViolation(error))
      throw new AppError("CONFLICT", `A funnel named "${input.name}" exists already.`, [
        { path: "name", message: "Taken: choose another name" },
      ]);
    throw error;
  }
}

export async function deleteFunnel(args: Args & { id: string }): Promise<void> {
  const { count } = await args.db.funnel.deleteMany({ where: { id: args.id, workspaceId: args.workspaceId } });
  if (count === 0) throw new AppError("NOT_FOUND", "Funnel not found.");
}
