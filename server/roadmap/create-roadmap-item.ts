import type { DbOrTx } from "../db";
import { ROADMAP_ITEM_SELECT, toRoadmapItemOut } from "./roadmap-rows";
import type { RoadmapItemOut, TRoadmapItemInput } from "./schemas";

/** A new roadmap item; one created as shipped is stamped shipped now. */
export async function createRoadmapItem(args: {
  db: DbOrTx;
  workspaceId: string;
  input: TRoadmapItemInput;
}): Promise<RoadmapItemOut> {
  const { input } = args;
  const row = await args.db.roadmapItem.create({
    data: {
      workspaceId: args.workspaceId,
      title: input.title,
      description: input.description,
      status: input.status,
      isPublic: input.isPublic,
      shippedAt: input.status === "shipped" ? new Date() : null,
    },
    select: ROADMAP_ITEM_SELECT,
  });
  return toRoadmapItemOut(row);
}
