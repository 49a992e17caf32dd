import { z } from "zod";
import { permissionProcedure, protectedProcedure, rateLimit, router, workspaceProcedure } from "../init";
import {
  ZCreateWorkspaceInput,
  ZInviteInput,
  ZMemberRoleOut,
  ZMembersOut,
  ZMembershipOut,
  ZMyWorkspaceOut,
  ZRole,
  ZSentInviteOut,
  ZUpdateWorkspaceInput,
  ZWorkspaceOut,
} from "../../workspaces/schemas";
import { ZLiveEventOut, ZLiveEventsInput, ZOverviewOut } from "../../activity/schemas";
import { ZJobProgressOut } from "../../jobs/schemas";
import {
  createWorkspace,
  findMembershipBySlug,
  listMyWorkspaces,
  membershipOf,
  updateWorkspace,
} from "../../workspaces/workspaces";
import { inviteMember, listMembers, removeMember, revokeInvite, updateMemberRole } from "../../workspaces/members";
import { getOverview, listLiveEvents } from "../../activity/overview";
import { getJob } from "../../jobs/recompute";
import { AppError } from "../../errors";
import { kickMailDelivery } from "../../mail/deliver";
import { memberBy } from "../../audit/record-audit";

const ZId = z.object({ id: z.string() });

export const workspaceRouter = router({
  list: protectedProcedure
    .output(z.array(ZMyWorkspaceOut))
    .query(({ ctx }) => listMyWorkspaces({ db: ctx.db, userId: ctx.user.id })),
  create: protectedProcedure
    .input(ZCreateWorkspaceInput)
    .output(ZWorkspaceOut)
    .mutation(({ ctx, input }) => createWorkspace({ db: ctx.db, userId: ctx.user.id, input })),
  get: workspaceProcedure.output(ZMembershipOut).query(({ ctx }) => membershipOf(ctx.workspace, ctx.role)),
  /** For pages addressed by slug: null when the user is not a member (the page answers 404). */
  bySlug: protectedProcedure
    .input(z.object({ slug: z.string().min(1).max(100) }))
    .output(ZMembershipOut.nullable())
    .query(({ ctx, input }) => findMembershipBySlug({ db: ctx.db, userId: ctx.user.id, slug: input.slug })),
  update: permissionProcedure("workspace.manage")
    .input(z.object({ data: ZUpdateWorkspaceInput }))
    .output(ZWorkspaceOut)
    .mutation(({ ctx, input }) => updateWorkspace({ db: ctx.wdb, workspaceId: ctx.workspace.id, input: input.data })),
  overview: workspaceProcedure
    .output(ZOverviewOut)
    .query(({ ctx }) => getOverview({ db: ctx.wdb, workspaceId: ctx.workspace.id, timeZone: ctx.workspace.timeZone })),
  liveEvents: workspaceProcedure
    .input(ZLiveEventsInput)
    .output(z.array(ZLiveEventOut))
    .query(({ ctx, input }) => listLiveEvents({ ...input, db: ctx.wdb, workspaceId: ctx.workspace.id })),
  job: workspaceProcedure
    .input(ZId)
    .output(ZJobProgressOut)
    .query(async ({ ctx, input }) => {
      const job = await getJob({ db: ctx.wdb, workspaceId: ctx.workspace.id, id: input.id });
      if (!job) throw new AppError("NOT_FOUND", "Job not found.");
      return job;
    }),
  members: workspaceProcedure
    .output(ZMembersOut)
    .query(({ ctx }) => listMembers({ db: ctx.wdb, workspaceId: ctx.workspace.id })),
  invite: permissionProcedure("members.manage")
    .use(rateLimit("invitesPerMember", (ctx) => ctx.user?.id ?? null))
    .input(ZInviteInput)
    .output(ZSentInviteOut)
    .mutation(async ({ ctx, input }) => {
      const by = memberBy(ctx.user, ctx.ip);
      const invite = await inviteMember({ db: ctx.db, workspaceId: ctx.workspace.id, by, input });
      kickMailDelivery(ctx.db);
      return invite;
    }),
  revokeInvite: permissionProcedure("members.manage")
    .input(ZId)
    .output(z.void())
    .mutation(({ ctx, input }) =>
      revokeInvite({ db: ctx.wdb, workspaceId: ctx.workspace.id, id: input.id, by: memberBy(ctx.user, ctx.ip) }),
    ),
  updateMemberRole: permissionProcedure("members.manage")
    .input(z.object({ id: z.string(), role: ZRole }))
    .output(ZMemberRoleOut)
    .mutation(({ ctx, input }) =>
      updateMemberRole({
        db: ctx.wdb,
        workspaceId: ctx.workspace.id,
        id: input.id,
        role: input.role,
        by: memberBy(ctx.user, ctx.ip),
      }),
    ),
  removeMember: permissionProcedure("members.manage")
    .input(ZId)
    .output(z.void())
    .mutation(({ ctx, input }) =>
      removeMember({ db: ctx.wdb, workspaceId: ctx.workspace.id, id: input.id, by: memberBy(ctx.user, ctx.ip) }),
    ),
});
