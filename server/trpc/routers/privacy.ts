import { memberActor } from "../../audit/record-audit";
import { eraseEndUser } from "../../privacy/erase-end-user";
import { ZEndUserInput, ZEndUserSummaryOut, ZErasureOut, ZPrivacySettings } from "../../privacy/schemas";
import { getPrivacySettings, updatePrivacySettings } from "../../privacy/settings";
import { summarizeEndUser } from "../../privacy/summarize-end-user";
import { permissionProcedure, router } from "../init";

// The download of an export is a route of its own (a streamed file):
// app/api/workspaces/[slug]/privacy/export/route.ts.
export const privacyRouter = router({
  settings: permissionProcedure("privacy.manage")
    .output(ZPrivacySettings)
    .query(({ ctx }) => getPrivacySettings({ db: ctx.wdb, workspaceId: ctx.workspace.id })),
  updateSettings: permissionProcedure("privacy.manage")
    .input(ZPrivacySettings)
    .output(ZPrivacySettings)
    .mutation(({ ctx, input }) =>
      updatePrivacySettings({
        db: ctx.wdb,
        workspaceId: ctx.workspace.id,
        actor: memberActor(ctx.user),
        ip: ctx.ip,
        input: { rawEventRetentionDays: input.rawEventRetentionDays, erasedFeedback: input.erasedFeedback },
      }),
    ),
  lookup: permissionProcedure("privacy.manage")
    .input(ZEndUserInput)
    .output(ZEndUserSummaryOut)
    .query(({ ctx, input }) =>
      summarizeEndUser({ db: ctx.wdb, workspaceId: ctx.workspace.id, externalId: input.userId }),
    ),
  erase: permissionProcedure("privacy.manage")
    .input(ZEndUserInput)
    .output(ZErasureOut)
    .mutation(({ ctx, input }) =>
      eraseEndUser({
        db: ctx.wdb,
        workspaceId: ctx.workspace.id,
        externalId: input.userId,
        actor: memberActor(ctx.user),
        ip: ctx.ip,
      }),
    ),
});
