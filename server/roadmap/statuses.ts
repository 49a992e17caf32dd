import type { Db, DbOrTx } from "../db";
import { AppError, isUniqueViolation } from "../errors";
import { BUILT_IN_STATUSES, ROADMAP_CATEGORIES, type TBoardStatus, type TStatusInput } from "./board-schemas";

type Args = { db: Db; workspaceId: string };
const MAX_CUSTOM = 30;

/** The board's columns in order: per category, its built-in status then the custom ones. */
export async function listStatuses(args: { db: DbOrTx; workspaceId: string }): Promise<TBoardStatus[]> {
  const custom = await args.db.roadmapStatusOption.findMany({
    where: { workspaceId: args.workspaceId },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    select: { id: true, name: true, color: true, category: true, isPublic: true },
  });
  return ROADMAP_CATEGORIES.flatMap((category) => [
    { id: null, category, ...BUILT_IN_STATUSES[category] },
    ...custom.filter((c) => c.category === category),
  ]);
}

function conflict(name: string): AppError {
  return new AppError("CONFLICT", `A status named "${name}" exists already.`, [
    { path: "name", message: "Taken: choose another name" },
  ]);
}

const builtInName = (name: string) =>
  Object.values(BUILT_IN_STATUSES).some((s) => s.name.toLowerCase() === name.trim().toLowerCase());

export async function createStatus(args: Args & { input: TStatusInput }): Promise<TBoardStatus> {
  const { db, workspaceId, input } = args;
  if (builtInName(input.name)) throw conflict(input.name);
  if ((await db.roadmapStatusOption.count({ where: { workspaceId } })) >= MAX_CUSTOM)
    throw new AppError("BAD_REQUEST", `A workspace has at most ${MAX_CUSTOM} custom statuses.`);
  const last = await db.roadmapStatusOption.findFirst({
    where: { workspaceId, category: input.category },
    orderBy: { position: "desc" },
    select: { position: true },
  });
  try {
    return await db.roadmapStatusOption.create({
      data: { workspaceId, ...input, position: (last?.position ?? 0) + 1 },
      select: { id: true, name: true, color: true, category: true, isPublic: true },
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict(input.name);
    throw error;
  }
}

/** Changes a custom status; moving it to another category moves its items' category too. */
export async function updateStatus(args: Args & { id: string; input: TStatusInput }): Promise<TBoardStatus> {
  const { db, workspaceId, id, input } = args;
  if (builtInName(input.name)) throw conflict(input.name);
  const found = await db.roadmapStatusOption.findFirst({ where: { id, workspaceId }, select: { id: true } });
  if (!found) throw new AppError("NOT_FOUND", "Status not found.");
  try {
    return await db.$transaction(async (tx) => {
      await tx.roadmapItem.updateMany({ where: { workspaceId, customStatusId: id }, data: { status: input.category } });
      return tx.roadmapStatusOption.update({
        where: { id, workspaceId },
        data: input,
        select: { id: true, name: true, color: true, category: true, isPublic: true },
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict(input.name);
    throw error;
  }
}

/** Deletes a custom status; its items stay in its category's built-in status. */
export async function deleteStatus(args: Args & { id: string }): Promise<void> {
  const { count } = await args.db.roadmapStatusOption.deleteMany({
    where: { id: args.id, workspaceId: args.workspaceId },
  });
  if (count === 0) throw new AppError("NOT_FOUND", "Status not found.");
}
