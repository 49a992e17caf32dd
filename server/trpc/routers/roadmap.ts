import { z } from "zod";
import { permissionProcedure, router, workspaceProcedure } from "../init";
import { createRoadmapItem } from "../../roadmap/create-roadmap-item";
import { listRoadmapItems } from "../../roadmap/list-roadmap-items";
import { ZListRoadmapInput, ZRoadmapItemInput, ZRoadmapItemOut, ZRoadmapListOut } from "../../roadmap/schemas";
import {
  ZBoard,
  ZBoardInput,
  ZBoardStatus,
  ZCommentInput,
  ZItemDetail,
  ZMergeInput,
  ZMergeOut,
  ZMoveItemInput,
  ZStatusInput,
  ZUpdateItemInput,
} from "../../roadmap/board-schemas";
import { getBoard } from "../../roadmap/board";
import { addRoadmapComment, getRoadmapItem } from "../../roadmap/item-detail";
import { mergeRoadmapItems, undoRoadmapMerge } from "../../roadmap/merge-items";
import { moveRoadmapItem } from "../../roadmap/move-item";
import { createStatus, deleteStatus, listStatuses, updateStatus } from "../../roadmap/statuses";
import { updateRoadmapItem } from "../../roadmap/update-item";

const ZId = z.object({ id: z.string().min(1).max(100) });
const ZOk = z.object({ ok: z.literal(true) });

// The roadmap board (Dashboard → Roadmap) and what the feedback inbox needs of it. Every member
// reads; PMs and admins (roadmap.write) change it.
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
  board: workspaceProcedure
    .input(ZBoardInput)
    .output(ZBoard)
    .query(({ ctx, input }) => getBoard({ db: ctx.wdb, workspaceId: ctx.workspace.id, input })),
  statuses: workspaceProcedure
    .output(z.array(ZBoardStatus))
    .query(({ ctx }) => listStatuses({ db: ctx.wdb, workspaceId: ctx.workspace.id })),
  createStatus: permissionProcedure("roadmap.write")
    .input(ZStatusInput)
    .output(ZBoardStatus)
    .mutation(({ ctx, input }) => {
      const { workspaceId: _ignored, ...data } = input;
      return createStatus({ db: ctx.wdb, workspaceId: ctx.workspace.id, input: data });
    }),
  updateStatus: permissionProcedure("roadmap.write")
    .input(ZId.extend({ status: ZStatusInput }))
    .output(ZBoardStatus)
    .mutation(({ ctx, input }) =>
      updateStatus({ db: ctx.wdb, workspaceId: ctx.workspace.id, id: input.id, input: input.status }),
    ),
  deleteStatus: permissionProcedure("roadmap.write")
    .input(ZId)
    .output(ZOk)
    .mutation(async ({ ctx, input }) => {
      await deleteStatus({ db: ctx.wdb, workspaceId: ctx.workspace.id, id: input.id });
      return { ok: true as const };
    }),
  update: permissionProcedure("roadmap.write")
    .input(ZUpdateItemInput)
    .output(ZOk)
    .mutation(async ({ ctx, input }) => {
      const { workspaceId: _ignored, ...data } = input;
      await updateRoadmapItem({ db: ctx.wdb, workspaceId: ctx.workspace.id, input: data });
      return { ok: true as const };
    }),
  move: permissionProcedure("roadmap.write")
    .input(ZMoveItemInput)
    .output(z.object({ changed: z.boolean() }))
    .mutation(async ({ ctx, input }) => {
      const { workspaceId: _ignored, ...data } = input;
      const moved = await moveRoadmapItem({
        db: ctx.wdb,
        workspaceId: ctx.workspace.id,
        userId: ctx.user.id,
        input: data,
      });
      return { changed: moved.changed };
    }),
  merge: permissionProcedure("roadmap.write")
    .input(ZMergeInput)
    .output(ZMergeOut)
    .mutation(({ ctx, input }) =>
      mergeRoadmapItems({
        db: ctx.wdb,
        workspaceId: ctx.workspace.id,
        userId: ctx.user.id,
        sourceId: input.sourceId,
        targetId: input.targetId,
      }),
    ),
  item: workspaceProcedure
    .input(ZId)
    .output(ZItemDetail)
    .query(({ ctx, input }) => getRoadmapItem({ db: ctx.wdb, workspaceId: ctx.workspace.id, id: input.id })),
  comment: permissionProcedure("roadmap.write")
    .input(ZCommentInput)
    .output(z.object({ id: z.string() }))
    .mutation(({ ctx, input }) => {
      const { workspaceId: _ignored, ...data } = input;
      return addRoadmapComment({ db: ctx.wdb, workspaceId: ctx.workspace.id, userId: ctx.user.id, input: data });
    }),
  undoMerge: permissionProcedure("roadmap.write")
    .input(ZId)
    .output(ZOk)
    .mutation(async ({ ctx, input }) => {
      await undoRoadmapMerge({ db: ctx.wdb, workspaceId: ctx.workspace.id, mergeId: input.id });
      return { ok: true as const };
    }),
});
