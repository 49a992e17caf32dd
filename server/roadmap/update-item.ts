import type { Db } from "../db";
import { AppError } from "../errors";
import type { TUpdateItemInput } from "./board-schemas";

/** Edits an item's text, visibility, tags, ETA and owner; the owner must be a member. */
export async function updateRoadmapItem(args: { db: Db; workspaceId: string; input: TUpdateItemInput }) {
  const { db, workspaceId, input } = args;
  const { id, ...data } = input;
  const item = await db.roadmapItem.findFirst({ where: { id, workspaceId }, select: { id: true } });
  if (!item) throw new AppError("NOT_FOUND", "Roadmap item not found.");
  if (data.ownerId) {
    const member = await db.member.findFirst({ where: { workspaceId, userId: data.ownerId }, select: { id: true } });
    if (!member)
      throw new AppError("BAD_REQUEST", "The owner must be a member of this workspace.", [
        { path: "ownerId", message: "Choose a member" },
      ]);
  }
  const tags = data.tags ? [...new Set(data.tags)] : undefined;
  return db.roadmapItem.update({
    where: { id, workspaceId },
    data: { ...data, ...(tags ? { tags } : {}) },
    select: { id: true, title: true, description: true, isPublic: true, tags: true, eta: true, ownerId: true },
  });
}
