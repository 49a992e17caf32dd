import { z } from "zod";
import { protectedProcedure, publicProcedure, rateLimit, router } from "../init";
import { ZInviteDescriptionOut, ZJoinedWorkspaceOut, ZSignUpInput, ZUserOut } from "../../workspaces/schemas";
import { ZOutboxEmailOut } from "../../mail/schemas";
import { signUp } from "../../workspaces/users";
import { acceptInvite, describeInvite } from "../../workspaces/members";
import { listMailLog } from "../../mail/mail-log";

const ZInviteToken = z.object({ token: z.string().min(1).max(200) });

export const accountRouter = router({
  signUp: publicProcedure
    .use(rateLimit("signUpPerIp", (ctx) => ctx.ip))
    .input(ZSignUpInput)
    .output(ZUserOut)
    .mutation(({ ctx, input }) => signUp({ db: ctx.db, input })),
  me: protectedProcedure.output(ZUserOut).query(({ ctx }) => ctx.user),
  invite: publicProcedure
    .input(ZInviteToken)
    .output(ZInviteDescriptionOut)
    .query(({ ctx, input }) => describeInvite({ db: ctx.db, token: input.token })),
  acceptInvite: protectedProcedure
    .input(ZInviteToken)
    .output(ZJoinedWorkspaceOut)
    .mutation(({ ctx, input }) => acceptInvite({ db: ctx.db, userId: ctx.user.id, token: input.token })),
  /** The dev mail log: mail to me, and mail of workspaces whose members I manage. */
  mailLog: protectedProcedure
    .output(z.array(ZOutboxEmailOut))
    .query(({ ctx }) => listMailLog({ db: ctx.db, user: ctx.user })),
});
