import type { Db } from "../db";
import { AppError } from "../errors";
import { BUILT_IN_STATUSES, type TMoveItemInput } from "./board-schemas";

/**
 * Moves an item to a status and a place in its column, in one transaction: a custom status must be
 * the workspace's and of the category given; a change of status is recorded (who, when, from,
 * to); reaching shipped stamps shippedAt (leaving it clears the stamp).
 */
export async function moveRoadmapItem(args: { db: Db; workspaceId: string; userId: string; input: TMoveItemInput }) {
  const { db, workspaceId, userId, input } = args;
  return db.$transaction(async (tx) => {
    const item = await tx.roadmapItem.findFirst({
      where: { id: input.id, workspaceId, mergedIntoId: null },
      select: {
        id: true,
        status: true,
        customStatusId: true,
        shippedAt: true,
        customStatus: { select: { name: true } },
      },
    });
    if (!item) throw new AppError("NOT_FOUND", "Roadmap item not found.");
    let toName = BUILT_IN_STATUSES[input.category].name;
    if (input.customStatusId) {
      const custom = await tx.roadmapStatusOption.findFirst({
        where: { id: input.customStatusId, workspaceId },
        select: { name: true, category: true },
      });
      if (!custom) throw new AppError("NOT_FOUND", "Status not found.");
      if (custom.category !== input.category)
        throw new AppError("BAD_REQUEST", `"${custom.name}" belongs to another category.`, [
          { path: "customStatusId", message: "Not a status of this category" },
        ]);
      toName = custom.name;
    }
    const changed = item.status !== input.category || item.customStatusId !== input.customStatusId;
    const updated = await tx.roadmapItem.update({
      where: { id: item.id, workspaceId },
      data: {
        status: input.category,
        customStatusId: input.customStatusId,
        ...(input.position !== undefined ? { position: input.position } : {}),
        shippedAt: input.category === "shipped" ? (item.shippedAt ?? new Date()) : null,
      },
      select: { id: true, status: true, customStatusId: true, position: true, shippedAt: true },
    });
    if (changed)
      await tx.roadmapStatusChange.create({
        data: {
          workspaceId,
          roadmapItemId: item.id,
          fromStatus: item.status,
          toStatus: input.category,
          fromName: item.customStatus?.name ?? BUILT_IN_STATUSES[item.status].name,
          toName,
          byUserId: userId,
        },
      });
    return { ...updated, changed };
  });
}
