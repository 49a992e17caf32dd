import { z } from "zod";
import { permissionProcedure, router } from "../init";
import { ZJobListOut, ZJobOut, ZJobRowOut } from "../../jobs/schemas";
import { listJobs, retryJob } from "../../jobs/list-jobs";
import { ZRebuildRollupsInput } from "../../jobs/schemas";
import { startRollupRebuild } from "../../jobs/start-rollup-rebuild";

export const jobRouter = router({
  list: permissionProcedure("workspace.manage")
    .output(ZJobListOut)
    .query(({ ctx }) => listJobs({ db: ctx.wdb, workspaceId: ctx.workspace.id })),
  retry: permissionProcedure("workspace.manage")
    .input(z.object({ id: z.string().min(1).max(100) }))
    .output(ZJobRowOut)
    .mutation(({ ctx, input }) => retryJob({ db: ctx.wdb, workspaceId: ctx.workspace.id, id: input.id })),
  /** Settings → Jobs → "Rebuild rollups": recounts the workspace's rollups from its raw events. */
  rebuildRollups: permissionProcedure("workspace.manage")
    .input(ZRebuildRollupsInput)
    .output(ZJobOut)
    .mutation(({ ctx, input }) =>
      startRollupRebuild({ db: ctx.wdb, workspaceId: ctx.workspace.id, tables: input.tables }),
    ),
});
