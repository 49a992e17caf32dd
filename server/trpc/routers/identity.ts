import { z } from "zod";
import {
  ZCreatedIdentitySecretOut,
  ZIdentitySecretOut,
  ZIdentitySettingsOut,
  ZSetIdentityModeInput,
} from "../../identity/schemas";
import { createIdentitySecret, revokeIdentitySecret } from "../../identity/secrets";
import { getIdentitySettings, setIdentityMode } from "../../identity/settings";
import { permissionProcedure, router } from "../init";
import { memberBy } from "../../audit/record-audit";

export const identityRouter = router({
  get: permissionProcedure("keys.manage")
    .output(ZIdentitySettingsOut)
    .query(({ ctx }) =>
      getIdentitySettings({
        db: ctx.wdb,
        workspaceId: ctx.workspace.id,
        timeZone: ctx.workspace.timeZone,
        now: new Date(),
      }),
    ),
  setMode: permissionProcedure("keys.manage")
    .input(ZSetIdentityModeInput)
    .output(ZSetIdentityModeInput)
    .mutation(({ ctx, input }) =>
      setIdentityMode({
        db: ctx.wdb,
        workspaceId: ctx.workspace.id,
        mode: input.mode,
        by: memberBy(ctx.user, ctx.ip),
      }),
    ),
  createSecret: permissionProcedure("keys.manage")
    .output(ZCreatedIdentitySecretOut)
    .mutation(({ ctx }) =>
      createIdentitySecret({ db: ctx.wdb, workspaceId: ctx.workspace.id, by: memberBy(ctx.user, ctx.ip) }),
    ),
  revokeSecret: permissionProcedure("keys.manage")
    .input(z.object({ id: z.string().max(200) }))
    .output(ZIdentitySecretOut)
    .mutation(({ ctx, input }) =>
      revokeIdentitySecret({
        db: ctx.wdb,
        workspaceId: ctx.workspace.id,
        id: input.id,
        by: memberBy(ctx.user, ctx.ip),
      }),
    ),
});
