import { permissionProcedure, router, workspaceProcedure } from "../init";
import { createRoadmapItem } from "../../roadmap/create-roadmap-item";
import { listRoadmapItems } from "../../roadmap/list-roadmap-items";
import { ZListRoadmapInput, ZRoadmapItemInput, ZRoadmapItemOut, ZRoadmapListOut } from "../../roadmap/schemas";

// What the feedback inbox needs of the roadmap: find an item to link to, or make one.
export const roadmapRouter = router({
  list: workspaceProcedure
    .input(ZListRoadmapInput)
    .output(ZRoadmapListOut)
    .query(async ({ ctx, input }) => ({
      items: await listRoadmapItems({ db: ctx.wdb, workspaceId: ctx.workspace.id, input }),
    })),
  create: permissionProcedure("roadmap.write")
    .input(ZRoadmapItemInput)
    .output(ZRoadmapItemOut)
    .mutation(({ ctx, input }) => {
      const { workspaceId: _ignored, ...data } = input;
      return createRoadmapItem({ db: ctx.wdb, workspaceId: ctx.workspace.id, input: data });
    }),
});
