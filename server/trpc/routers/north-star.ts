import { z } from "zod";
import { permissionProcedure, reportArgs, router, workspaceProcedure } from "../init";
import { getNorthStarEfficiency, getNorthStarReport } from "../../north-star/report";
import {
  ZNorthStarConfig,
  ZNorthStarEfficiency,
  ZNorthStarInput,
  ZNorthStarReport,
  ZNorthStarSettings,
} from "../../north-star/schemas";
import { getNorthStarSettings, saveNorthStar } from "../../north-star/settings";

export const northStarRouter = router({
  settings: workspaceProcedure
    .output(ZNorthStarSettings)
    .query(({ ctx }) => getNorthStarSettings({ db: ctx.wdb, workspaceId: ctx.workspace.id })),
  /** Choosing the North Star shapes the workspace's analytics: PMs and admins. */
  save: permissionProcedure("features.write")
    .input(z.object({ config: ZNorthStarConfig }))
    .output(ZNorthStarSettings)
    .mutation(({ ctx, input }) => saveNorthStar({ db: ctx.wdb, workspaceId: ctx.workspace.id, config: input.config })),
  /** Efficiency reads event times, so it is its own query: the report does not wait for it. */
  efficiency: workspaceProcedure
    .input(ZNorthStarInput)
    .output(ZNorthStarEfficiency)
    .query(({ ctx, input }) => getNorthStarEfficiency(reportArgs(ctx, input))),
  report: workspaceProcedure
    .input(ZNorthStarInput)
    .output(ZNorthStarReport)
    .query(({ ctx, input }) => getNorthStarReport(reportArgs(ctx, input))),
});
