import type { Db } from "../db";
import { AppError } from "../errors";
import { startRecompute } from "../jobs/recompute";
import type { Condition } from "../audience/condition";
import type { TPersonaInput } from "./schemas";

export const PERSONA_SELECT = { id: true, name: true, description: true, rules: true, priority: true } as const;

/** Rules are stored as JSON after ZPersonaInput checked them. */
function withRules<T extends { rules: unknown }>(row: T): T & { rules: Condition[] } {
  return { ...row, rules: row.rules as Condition[] };
}

type Args = { db: Db; workspaceId: string };

export async function listPersonas(args: { db: Db; workspaceId: string }) {
  const [personas, counts] = await Promise.all([
    args.db.persona.findMany({
      where: { workspaceId: args.workspaceId },
      select: PERSONA_SELECT,
      orderBy: { priority: "asc" },
    }),
    args.db.endUser.groupBy({ by: ["personaId"], where: { workspaceId: args.workspaceId }, _count: { _all: true } }),
  ]);
  const usersBy = new Map(counts.map((c) => [c.personaId, c._count._all]));
  return {
    personas: personas.map((p) => ({ ...withRules(p), users: usersBy.get(p.id) ?? 0 })),
    unassigned: usersBy.get(null) ?? 0,
  };
}

export async function createPersona(args: Args & { input: TPersonaInput }) {
  const last = await args.db.persona.findFirst({
    where: { workspaceId: args.workspaceId },
    orderBy: { priority: "desc" },
    select: { priority: true },
  });
  const persona = await args.db.persona.create({
    data: { workspaceId: args.workspaceId, ...args.input, priority: (last?.priority ?? 0) + 1 },
    select: PERSONA_SELECT,
  });
  const { job, done } = await startRecompute({ ...args, kind: "personas" });
  return { persona: withRules(persona), job, done };
}

export async function updatePersona(args: Args & { id: string; input: TPersonaInput }) {
  const found = await args.db.persona.findFirst({
    where: { id: args.id, workspaceId: args.workspaceId },
    select: { id: true },
  });
  if (!found) throw new AppError("NOT_FOUND", "Persona not found.");
  const persona = await args.db.persona.update({
    where: { id: args.id, workspaceId: args.workspaceId },
    data: args.input,
    select: PERSONA_SELECT,
  });
  const { job, done } = await startRecompute({ ...args, kind: "personas" });
  return { persona: withRules(persona), job, done };
}

export async function deletePersona(args: Args & { id: string }) {
  const found = await args.db.persona.findFirst({
    where: { id: args.id, workspaceId: args.workspaceId },
    select: { id: true },
  });
  if (!found) throw new AppError("NOT_FOUND", "Persona not found.");
  await args.db.persona.delete({ where: { id: args.id, workspaceId: args.workspaceId } });
  return startRecompute({ ...args, kind: "personas" });
}

/** `ids` in the new priority order; every persona of the workspace must be named once. */
export async function reorderPersonas(args: Args & { ids: string[] }) {
  const existing = await args.db.persona.findMany({ where: { workspaceId: args.workspaceId }, select: { id: true } });
  const known = new Set(existing.map((p) => p.id));
  if (
    args.ids.length !== known.size ||
    new Set(args.ids).size !== args.ids.length ||
    !args.ids.every((id) => known.has(id))
  ) {
    throw new AppError("BAD_REQUEST", "Send every persona of the workspace exactly once, in the new order.");
  }
  await args.db.$transaction(
    args.ids.map((id, index) =>
      args.db.persona.update({ where: { id, workspaceId: args.workspaceId }, data: { priority: index + 1 } }),
    ),
  );
  return startRecompute({ ...args, kind: "personas" });
}
