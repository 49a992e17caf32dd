import { z } from "zod";
import { permissionProcedure, protectedProcedure, router, workspaceProcedure } from "../init";
import { ZCreateWorkspaceInput, ZInviteInput, ZRole, ZUpdateWorkspaceInput } from "../../workspaces/schemas";
import { createWorkspace, listMyWorkspaces, updateWorkspace } from "../../workspaces/workspaces";
import { inviteMember, listMembers, removeMember, revokeInvite, updateMemberRole } from "../../workspaces/members";
import { getOverview, listLiveEvents } from "../../activity/overview";
import { getJob } from "../../jobs/recompute";
import { AppError } from "../../errors";
import { kickMailDelivery } from "../../mail/deliver";

export const workspaceRouter = router({
  list: protectedProcedure.query(({ ctx }) => listMyWorkspaces({ db: ctx.db, userId: ctx.user.id })),
  create: protectedProcedure
    .input(ZCreateWorkspaceInput)
    .mutation(({ ctx, input }) => createWorkspace({ db: ctx.db, userId: ctx.user.id, input })),
  get: workspaceProcedure.query(({ ctx }) => ({ ...ctx.workspace, role: ctx.role })),
  update: permissionProcedure("workspace.manage")
    .input(z.object({ data: ZUpdateWorkspaceInput }))
    .mutation(({ ctx, input }) => updateWorkspace({ db: ctx.wdb, workspaceId: ctx.workspace.id, input: input.data })),
  overview: workspaceProcedure.query(({ ctx }) =>
    getOverview({ db: ctx.wdb, workspaceId: ctx.workspace.id, timeZone: ctx.workspace.timeZone }),
  ),
  liveEvents: workspaceProcedure
    .input(z.object({ after: z.date().optional(), take: z.number().int().min(1).max(200).optional() }))
    .query(({ ctx, input }) => listLiveEvents({ db: ctx.wdb, workspaceId: ctx.workspace.id, after: input.after, take: input.take })),
  job: workspaceProcedure.input(z.object({ id: z.string() })).query(async ({ ctx, input }) => {
    const job = await getJob({ db: ctx.wdb, workspaceId: ctx.workspace.id, id: input.id });
    if (!job) throw new AppError("NOT_FOUND", "Job not found.");
    return job;
  }),
  members: workspaceProcedure.query(({ ctx }) => listMembers({ db: ctx.wdb, workspaceId: ctx.workspace.id })),
  invite: permissionProcedure("members.manage")
    .input(ZInviteInput)
    .mutation(async ({ ctx, input }) => {
      const invite = await inviteMember({ db: ctx.db, workspaceId: ctx.workspace.id, actorId: ctx.user.id, input });
      kickMailDelivery(ctx.db);
      return invite;
    }),
  revokeInvite: permissionProcedure("members.manage")
    .input(z.object({ id: z.string() }))
    .mutation(({ ctx, input }) => revokeInvite({ db: ctx.wdb, workspaceId: ctx.workspace.id, id: input.id })),
  updateMemberRole: permissionProcedure("members.manage")
    .input(z.object({ id: z.string(), role: ZRole }))
    .mutation(({ ctx, input }) => updateMemberRole({ db: ctx.wdb, workspaceId: ctx.workspace.id, id: input.id, role: input.role })),
  removeMember: permissionProcedure("members.manage")
    .input(z.object({ id: z.string() }))
    .mutation(({ ctx, input }) => removeMember({ db: ctx.wdb, workspaceId: ctx.workspace.id, id: input.id })),
});

