import { z } from "zod";
import { instanceAdminProcedure, protectedProcedure, publicProcedure, rateLimit, router } from "../init";
import {
  ZChangePasswordInput,
  ZEmailInput,
  ZInviteDescriptionOut,
  ZJoinedWorkspaceOut,
  ZResetPasswordInput,
  ZSignUpInput,
  ZSignUpOut,
  ZUserOut,
} from "../../workspaces/schemas";
import { ZOutboxEmailOut } from "../../mail/schemas";
import { signUp } from "../../workspaces/users";
import { acceptInvite, describeInvite } from "../../workspaces/members";
import { memberBy } from "../../audit/record-audit";
import { listMailLog } from "../../mail/mail-log";
import { resendVerification, verifyEmail } from "../../auth/email-verification";
import { endAllSessions } from "../../auth/sessions";
import { changePassword } from "../../auth/change-password";
import { requestPasswordReset, resetPassword } from "../../auth/password-reset";
import { isInstanceAdmin } from "../../auth/instance-admins";
import { kickMailDelivery } from "../../mail/deliver";

const ZToken = z.object({ token: z.string().min(1).max(200) });
const ZEndedOut = z.object({ ended: z.number().int() });

export const accountRouter = router({
  /** Answers the same for a new and a known address (the mail differs). */
  signUp: publicProcedure
    .use(rateLimit("signUpPerIp", (ctx) => ctx.ip))
    .input(ZSignUpInput)
    .output(ZSignUpOut)
    .mutation(async ({ ctx, input }) => {
      const result = await signUp({ db: ctx.db, input });
      kickMailDelivery(ctx.db);
      return result;
    }),
  verifyEmail: publicProcedure
    .input(ZToken)
    .output(z.object({ email: z.string() }))
    .mutation(({ ctx, input }) => verifyEmail({ db: ctx.db, token: input.token })),
  /** Answers the same whether or not the address has an unverified account. */
  resendVerification: publicProcedure
    .use(rateLimit("mailPerIp", (ctx) => ctx.ip))
    .input(ZEmailInput)
    .output(z.object({ ok: z.literal(true) }))
    .mutation(async ({ ctx, input }) => {
      await resendVerification({ db: ctx.db, email: input.email });
      kickMailDelivery(ctx.db);
      return { ok: true as const };
    }),
  /** Answers the same whether or not the address has an account. */
  requestPasswordReset: publicProcedure
    .use(rateLimit("mailPerIp", (ctx) => ctx.ip))
    .input(ZEmailInput)
    .output(z.object({ ok: z.literal(true) }))
    .mutation(async ({ ctx, input }) => {
      await requestPasswordReset({ db: ctx.db, email: input.email });
      kickMailDelivery(ctx.db);
      return { ok: true as const };
    }),
  resetPassword: publicProcedure
    .input(ZResetPasswordInput)
    .output(z.object({ email: z.string() }))
    .mutation(({ ctx, input }) => resetPassword({ db: ctx.db, token: input.token, password: input.password })),
  me: protectedProcedure.output(ZUserOut.extend({ instanceAdmin: z.boolean() })).query(async ({ ctx }) => ({
    id: ctx.user.id,
    email: ctx.user.email,
    name: ctx.user.name,
    instanceAdmin: await isInstanceAdmin({ db: ctx.db, userId: ctx.user.id, instanceAdmins: ctx.instanceAdmins }),
  })),
  changePassword: protectedProcedure
    .input(ZChangePasswordInput)
    .output(ZEndedOut)
    .mutation(({ ctx, input }) =>
      changePassword({ db: ctx.db, userId: ctx.user.id, sessionId: ctx.user.sessionId, input }),
    ),
  /** Ends every session of the account, this one included. */
  signOutEverywhere: protectedProcedure
    .output(ZEndedOut)
    .mutation(({ ctx }) => endAllSessions({ db: ctx.db, userId: ctx.user.id })),
  invite: publicProcedure
    .input(ZToken)
    .output(ZInviteDescriptionOut)
    .query(({ ctx, input }) => describeInvite({ db: ctx.db, token: input.token })),
  acceptInvite: protectedProcedure
    .input(ZToken)
    .output(ZJoinedWorkspaceOut)
    .mutation(({ ctx, input }) => acceptInvite({ db: ctx.db, token: input.token, by: memberBy(ctx.user, ctx.ip) })),
  /** The instance's outbox, for its operators only. */
  mailLog: instanceAdminProcedure.output(z.array(ZOutboxEmailOut)).query(({ ctx }) => listMailLog({ db: ctx.db })),
});
