import { z } from "zod";
import { permissionProcedure, reportArgs, router, workspaceProcedure } from "../init";
import { getDropOff } from "../../funnels/drop-off";
import { getFunnelReport } from "../../funnels/report";
import { deleteFunnel, getFunnel, listFunnels, saveFunnel } from "../../funnels/saved";
import {
  ZDropOff,
  ZDropOffInput,
  ZFunnelReport,
  ZFunnelReportInput,
  ZSavedFunnel,
  ZSaveFunnelInput,
} from "../../funnels/schemas";

const ZId = z.object({ id: z.string().min(1).max(100) });

// Reports read (every member); saving and deleting funnels shapes the workspace's analytics (PMs, admins).
export const funnelRouter = router({
  list: workspaceProcedure
    .output(z.array(ZSavedFunnel))
    .query(({ ctx }) => listFunnels({ db: ctx.wdb, workspaceId: ctx.workspace.id })),
  get: workspaceProcedure
    .input(ZId)
    .output(ZSavedFunnel)
    .query(({ ctx, input }) => getFunnel({ db: ctx.wdb, workspaceId: ctx.workspace.id, id: input.id })),
  save: permissionProcedure("features.write")
    .input(ZSaveFunnelInput)
    .output(ZSavedFunnel)
    .mutation(({ ctx, input }) => saveFunnel({ db: ctx.wdb, workspaceId: ctx.workspace.id, input })),
  delete: permissionProcedure("features.write")
    .input(ZId)
    .output(z.object({ ok: z.literal(true) }))
    .mutation(async ({ ctx, input }) => {
      await deleteFunnel({ db: ctx.wdb, workspaceId: ctx.workspace.id, id: input.id });
      return { ok: true as const };
    }),
  report: workspaceProcedure
    .input(ZFunnelReportInput)
    .output(ZFunnelReport)
    .query(({ ctx, input }) => getFunnelReport(reportArgs(ctx, input))),
  dropOff: workspaceProcedure
    .input(ZDropOffInput)
    .output(ZDropOff)
    .query(({ ctx, input }) => getDropOff(reportArgs(ctx, input))),
});
