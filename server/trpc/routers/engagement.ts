import { z } from "zod";
import { permissionProcedure, router, workspaceProcedure } from "../init";
import { getEngagementHistory, ZEngagementHistory, ZEngagementHistoryInput } from "../../engagement/history";
import { getEngagementPredictive, ZEngagementPredictive } from "../../engagement/predictive";
import { getPes, ZPes } from "../../engagement/pes";
import { getEngagementReport } from "../../engagement/report";
import { ZEngagementReport } from "../../engagement/report-schemas";
import { ZEngagementSettingsInput, ZEngagementSettingsOut } from "../../engagement/schemas";
import { getEngagementSettings, saveEngagementSettings } from "../../engagement/settings";
import { startEngagementHistory } from "../../engagement/start-history";

export const engagementRouter = router({
  settings: workspaceProcedure
    .output(ZEngagementSettingsOut)
    .query(({ ctx }) => getEngagementSettings({ db: ctx.wdb, workspace: ctx.workspace })),
  /** Saves the weights; the first save also computes the last 12 weeks (later saves offer it). */
  save: permissionProcedure("features.write")
    .input(ZEngagementSettingsInput)
    .output(z.object({ version: z.number().int(), historyJobId: z.string().nullable() }))
    .mutation(async ({ ctx, input }) => {
      const { version } = await saveEngagementSettings({ db: ctx.wdb, workspaceId: ctx.workspace.id, input });
      const historyJobId =
        version === 1 ? (await startEngagementHistory({ db: ctx.wdb, workspace: ctx.workspace })).jobId : null;
      return { version, historyJobId };
    }),
  recomputeHistory: permissionProcedure("features.write")
    .output(z.object({ jobId: z.string() }))
    .mutation(({ ctx }) => startEngagementHistory({ db: ctx.wdb, workspace: ctx.workspace })),
  history: workspaceProcedure
    .input(ZEngagementHistoryInput)
    .output(ZEngagementHistory)
    .query(({ ctx, input }) => getEngagementHistory({ db: ctx.wdb, workspaceId: ctx.workspace.id, input })),
  /** Pendo's Product Engagement Score, beside ours: its own query (it reads the activity rollups,
   * not the snapshots), so the report does not wait for it. */
  pes: workspaceProcedure
    .output(ZPes)
    .query(({ ctx }) => getPes({ db: ctx.wdb, dialect: ctx.dialect, workspace: ctx.workspace })),
  predictive: workspaceProcedure
    .output(ZEngagementPredictive)
    .query(({ ctx }) => getEngagementPredictive({ db: ctx.wdb, workspace: ctx.workspace })),
  report: workspaceProcedure
    .output(ZEngagementReport)
    .query(({ ctx }) => getEngagementReport({ db: ctx.wdb, workspace: ctx.workspace })),
});
