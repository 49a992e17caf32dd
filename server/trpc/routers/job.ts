import { z } from "zod";
import { permissionProcedure, router } from "../init";
import { ZJobListOut, ZJobRowOut } from "../../jobs/schemas";
import { listJobs, retryJob } from "../../jobs/list-jobs";

export const jobRouter = router({
  list: permissionProcedure("workspace.manage")
    .output(ZJobListOut)
    .query(({ ctx }) => listJobs({ db: ctx.wdb, workspaceId: ctx.workspace.id })),
  retry: permissionProcedure("workspace.manage")
    .input(z.object({ id: z.string().min(1).max(100) }))
    .output(ZJobRowOut)
    .mutation(({ ctx, input }) => retryJob({ db: ctx.wdb, workspaceId: ctx.workspace.id, id: input.id })),
});
