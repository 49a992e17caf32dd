// Issue 11, item 1: someone who signs up with an invitee's address must not be able to read the
// invite link or accept it. Only the owner of the mailbox, once they opened the verification
// link, can.
import { describe, expect, it } from "vitest";
import { createWorkspace, unique } from "../factories";
import { callerFor, testDb } from "./support/db";
import { expectTrpcError } from "./support/trpc";

const tokenOf = (link: string) => link.split("/invite/")[1]!;

async function sessionUserOf(email: string) {
  return testDb().user.findUniqueOrThrow({ where: { email }, select: { id: true, email: true, name: true } });
}

describe("invite takeover", () => {
  it("an impostor who signs up as the invitee sees no mail and cannot accept the invite", async () => {
    const ws = await createWorkspace(testDb());
    const workspaceId = ws.workspace.id;
    const email = `newhire-${unique()}@cairn.test`;
    const invite = await callerFor(ws.user("admin")).workspace.invite({ workspaceId, email, role: "admin" });

    await callerFor(null).account.signUp({ name: "Impostor", email, password: "impostor passphrase 1" });
    const impostor = callerFor(await sessionUserOf(email));

    // The mail log is not a user's inbox: the impostor cannot read the invite link there…
    await expectTrpcError(impostor.account.mailLog(), "FORBIDDEN");
    // …and even with the link in hand, an unverified address cannot join.
    await expect(impostor.account.acceptInvite({ token: tokenOf(invite.link) })).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: expect.stringMatching(/confirm your email/i),
    });
    expect(await testDb().member.count({ where: { workspaceId, user: { email } } })).toBe(0);
  });
});
