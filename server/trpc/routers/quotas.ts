import { memberBy } from "../../audit/record-audit";
import { getQuotas, setQuotas } from "../../quotas/quotas";
import { ZQuotasOut, ZQuotaValues } from "../../quotas/schemas";
import { permissionProcedure, router } from "../init";

export const quotasRouter = router({
  get: permissionProcedure("workspace.manage")
    .output(ZQuotasOut)
    .query(({ ctx }) =>
      getQuotas({ db: ctx.wdb, workspaceId: ctx.workspace.id, timeZone: ctx.workspace.timeZone, now: new Date() }),
    ),
  set: permissionProcedure("workspace.manage")
    .input(ZQuotaValues)
    .output(ZQuotaValues)
    .mutation(({ ctx, input }) =>
      setQuotas({
        db: ctx.wdb,
        workspaceId: ctx.workspace.id,
        values: { ingestEventsPerSecond: input.ingestEventsPerSecond, newEndUsersPerDay: input.newEndUsersPerDay },
        by: memberBy(ctx.user, ctx.ip),
      }),
    ),
});
