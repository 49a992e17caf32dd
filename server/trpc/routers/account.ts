import { z } from "zod";
import { protectedProcedure, publicProcedure, router } from "../init";
import { ZSignUpInput } from "../../workspaces/schemas";
import { signUp } from "../../workspaces/users";
import { acceptInvite, describeInvite } from "../../workspaces/members";
import { listOutbox } from "../../mail/outbox";
import { listMyWorkspaces } from "../../workspaces/workspaces";

const ZUserOut = z.object({ id: z.string(), email: z.string(), name: z.string() });

export const accountRouter = router({
  signUp: publicProcedure
    .input(ZSignUpInput)
    .output(ZUserOut)
    .mutation(({ ctx, input }) => signUp({ db: ctx.db, input })),
  me: protectedProcedure.query(({ ctx }) => ctx.user),
  invite: publicProcedure
    .input(z.object({ token: z.string().min(1).max(200) }))
    .query(({ ctx, input }) => describeInvite({ db: ctx.db, token: input.token })),
  acceptInvite: protectedProcedure
    .input(z.object({ token: z.string().min(1).max(200) }))
    .mutation(({ ctx, input }) => acceptInvite({ db: ctx.db, userId: ctx.user.id, token: input.token })),
  /** The dev mail log: mail to me, and mail of workspaces I administer. */
  mailLog: protectedProcedure.query(async ({ ctx }) => {
    const mine = await listMyWorkspaces({ db: ctx.db, userId: ctx.user.id });
    const adminOf = mine.filter((w) => w.role === "admin").map((w) => w.id);
    return listOutbox({ db: ctx.db, workspaceIds: adminOf, email: ctx.user.email });
  }),
});
