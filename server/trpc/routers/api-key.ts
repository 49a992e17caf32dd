import { z } from "zod";
import { permissionProcedure, router } from "../init";
import { ZCreateApiKeyInput } from "../../api-keys/schemas";
import { createApiKey, listApiKeys, revokeApiKey } from "../../api-keys/api-keys";

export const apiKeyRouter = router({
  list: permissionProcedure("keys.manage").query(({ ctx }) => listApiKeys({ db: ctx.wdb, workspaceId: ctx.workspace.id })),
  create: permissionProcedure("keys.manage")
    .input(ZCreateApiKeyInput)
    .mutation(({ ctx, input }) => createApiKey({ db: ctx.wdb, workspaceId: ctx.workspace.id, actorId: ctx.user.id, input })),
  revoke: permissionProcedure("keys.manage")
    .input(z.object({ id: z.string() }))
    .mutation(({ ctx, input }) => revokeApiKey({ db: ctx.wdb, workspaceId: ctx.workspace.id, id: input.id })),
});
