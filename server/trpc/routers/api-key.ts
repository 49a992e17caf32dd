import { z } from "zod";
import { permissionProcedure, router } from "../init";
import { ZApiKeyOut, ZCreateApiKeyInput, ZCreatedApiKeyOut } from "../../api-keys/schemas";
import { createApiKey, listApiKeys, revokeApiKey } from "../../api-keys/api-keys";
import { memberBy } from "../../audit/record-audit";

export const apiKeyRouter = router({
  list: permissionProcedure("keys.manage")
    .output(z.array(ZApiKeyOut))
    .query(({ ctx }) => listApiKeys({ db: ctx.wdb, workspaceId: ctx.workspace.id })),
  create: permissionProcedure("keys.manage")
    .input(ZCreateApiKeyInput)
    .output(ZCreatedApiKeyOut)
    .mutation(({ ctx, input }) =>
      createApiKey({ db: ctx.wdb, workspaceId: ctx.workspace.id, by: memberBy(ctx.user, ctx.ip), input }),
    ),
  revoke: permissionProcedure("keys.manage")
    .input(z.object({ id: z.string() }))
    .output(ZApiKeyOut)
    .mutation(({ ctx, input }) =>
      revokeApiKey({ db: ctx.wdb, workspaceId: ctx.workspace.id, id: input.id, by: memberBy(ctx.user, ctx.ip) }),
    ),
});
