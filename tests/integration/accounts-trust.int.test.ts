// Issue 11, items 1, 4, 8 and 9: verified addresses, the operators' mail log, sign-in that takes
// one path for every failure, sessions that end, and uniform sign-up answers with a password policy.
import { describe, expect, it } from "vitest";
import { authenticate } from "../../server/auth/authenticate";
import { dummyPasswordHash, verifyPassword } from "../../server/auth/password";
import { hashLinkToken } from "../../server/auth/tokens";
import { resolveSessionUser, startSession, endSession } from "../../server/auth/sessions";
import { createUser, createWorkspace, TEST_PASSWORD, TEST_PASSWORD_HASH, unique } from "../factories";
import { callerFor, testDb } from "./support/db";
import { expectTrpcError } from "./support/trpc";

const tokenOf = (link: string, marker: string) => new URL(link).pathname.split(marker)[1]!;

async function lastConfirmationLink(email: string) {
  const mail = await testDb().outboxEmail.findFirstOrThrow({
    where: { to: email, kind: "verify_email" },
    orderBy: { createdAt: "desc" },
  });
  return mail.link!;
}

async function confirm(email: string) {
  return callerFor(null).account.verifyEmail({ token: tokenOf(await lastConfirmationLink(email), "/verify/") });
}

const userByEmail = (email: string) =>
  testDb().user.findUniqueOrThrow({ where: { email }, select: { id: true, email: true, name: true } });

describe("email verification", () => {
  it("the link verifies the address once; the verified invitee can then join", async () => {
    const ws = await createWorkspace(testDb());
    const email = `owner-${unique()}@cairn.test`;
    const invite = await callerFor(ws.user("admin")).workspace.invite({
      workspaceId: ws.workspace.id,
      email,
      role: "pm",
    });
    await callerFor(null).account.signUp({ name: "Owner", email, password: "owner passphrase" });
    const link = await lastConfirmationLink(email);
    expect(await callerFor(null).account.verifyEmail({ token: tokenOf(link, "/verify/") })).toEqual({ email });
    await expectTrpcError(callerFor(null).account.verifyEmail({ token: tokenOf(link, "/verify/") }), "NOT_FOUND");
    const owner = await userByEmail(email);
    expect(await callerFor(owner).account.acceptInvite({ token: tokenOf(invite.link, "/invite/") })).toMatchObject({
      id: ws.workspace.id,
    });
  });

  it("whoever opens the link chooses the password: an impostor's earlier sign-up does not keep theirs", async () => {
    const email = `contested-${unique()}@cairn.test`;
    const anon = callerFor(null);
    await anon.account.signUp({ name: "Impostor", email, password: "impostor passphrase" });
    await anon.account.signUp({ name: "Owner", email, password: "owner passphrase" });
    await confirm(email); // the owner opens the last link, the one they asked for
    const db = testDb();
    expect(await authenticate({ db, email, password: "impostor passphrase" })).toBeNull();
    expect(await authenticate({ db, email, password: "owner passphrase" })).toMatchObject({ email });
  });

  it("the token is stored hashed, and the link only beside the text until delivery", async () => {
    const email = `stored-${unique()}@cairn.test`;
    await callerFor(null).account.signUp({ name: "Stored", email, password: "stored passphrase" });
    const row = await testDb().outboxEmail.findFirstOrThrow({ where: { to: email } });
    expect(row.text).toContain("{{link}}");
    const raw = tokenOf(row.link!, "/verify/");
    expect(row.text).not.toContain(raw);
    const stored = await testDb().emailToken.findFirstOrThrow({ where: { user: { email } } });
    expect(stored.tokenHash).toBe(hashLinkToken(raw));
  });

  it("resending answers the same for any address and sends a link only to an unverified account", async () => {
    const anon = callerFor(null);
    const verified = await createUser(testDb());
    const unverified = `pending-${unique()}@cairn.test`;
    await anon.account.signUp({ name: "Pending", email: unverified, password: "pending passphrase" });
    const nobody = `nobody-${unique()}@cairn.test`;
    for (const email of [verified.email, unverified, nobody])
      expect(await anon.account.resendVerification({ email })).toEqual({ ok: true });
    const count = (to: string) => testDb().outboxEmail.count({ where: { to, kind: "verify_email" } });
    expect([await count(verified.email), await count(unverified), await count(nobody)]).toEqual([0, 2, 0]);
  });
});

describe("the mail log is the instance admins'", () => {
  it("a verified instance admin sees every mail, links until delivered; nobody else sees any", async () => {
    const operator = await createUser(testDb());
    const ws = await createWorkspace(testDb());
    const email = `invitee-${unique()}@cairn.test`;
    const invite = await callerFor(ws.user("admin")).workspace.invite({
      workspaceId: ws.workspace.id,
      email,
      role: "viewer",
    });
    const log = await callerFor(operator, { instanceAdmins: [operator.email.toUpperCase()] }).account.mailLog();
    expect(log.find((m) => m.to === email)?.text).toContain(invite.link);
    expect(await callerFor(operator, { instanceAdmins: [operator.email] }).account.me()).toMatchObject({
      instanceAdmin: true,
    });

    await expectTrpcError(callerFor(ws.user("admin")).account.mailLog(), "FORBIDDEN");
    // An account that merely carries an admin's address, unverified, is not the admin.
    const squatter = `operator-${unique()}@cairn.test`;
    await callerFor(null).account.signUp({ name: "Squatter", email: squatter, password: "squatter passphrase" });
    await expectTrpcError(
      callerFor(await userByEmail(squatter), { instanceAdmins: [squatter] }).account.mailLog(),
      "FORBIDDEN",
    );
  });
});

describe("sign-in", () => {
  it("unknown and known addresses take the same path: one password verification each", async () => {
    const db = testDb();
    const known = await createUser(testDb());
    const calls: string[] = [];
    const verify = async (password: string, stored: string) => {
      calls.push(stored);
      return verifyPassword(password, stored);
    };
    expect(await authenticate({ db, email: `ghost-${unique()}@cairn.test`, password: "whatever", verify })).toBeNull();
    expect(await authenticate({ db, email: known.email, password: "wrong", verify })).toBeNull();
    expect(await authenticate({ db, email: known.email, password: TEST_PASSWORD, verify })).toEqual(known);
    expect(calls).toEqual([await dummyPasswordHash(), TEST_PASSWORD_HASH, TEST_PASSWORD_HASH]);
  });

  it("an unverified account cannot sign in, even with its password", async () => {
    const user = await createUser(testDb(), { verified: false });
    expect(await authenticate({ db: testDb(), email: user.email, password: TEST_PASSWORD })).toBeNull();
  });
});

describe("sessions end", () => {
  it("a copied session stops working after sign-out", async () => {
    const db = testDb();
    const user = await createUser(db);
    const { id } = await startSession({ db, userId: user.id });
    const copied = { db, userId: user.id, sessionId: id };
    expect(await resolveSessionUser(copied)).toEqual({ ...user, sessionId: id });
    await endSession({ db, sessionId: id });
    expect(await resolveSessionUser(copied)).toBeNull();
    // A cookie from before sessions were revocable (no session id) is no session either.
    expect(await resolveSessionUser({ db, userId: user.id, sessionId: undefined })).toBeNull();
  });

  it("an expired session or one of another user is refused", async () => {
    const db = testDb();
    const [user, other] = [await createUser(db), await createUser(db)];
    const { id, expiresAt } = await startSession({ db, userId: user.id });
    expect(await resolveSessionUser({ db, userId: other.id, sessionId: id })).toBeNull();
    expect(
      await resolveSessionUser({ db, userId: user.id, sessionId: id, now: new Date(expiresAt.getTime() + 1) }),
    ).toBeNull();
  });

  it("sign out everywhere ends every session of the account, and only of that account", async () => {
    const db = testDb();
    const [user, other] = [await createUser(db), await createUser(db)];
    const mine = [await startSession({ db, userId: user.id }), await startSession({ db, userId: user.id })];
    const theirs = await startSession({ db, userId: other.id });
    const me = (await resolveSessionUser({ db, userId: user.id, sessionId: mine[0]!.id }))!;
    expect(await callerFor(me).account.signOutEverywhere()).toEqual({ ended: 2 });
    for (const s of mine) expect(await resolveSessionUser({ db, userId: user.id, sessionId: s.id })).toBeNull();
    expect(await resolveSessionUser({ db, userId: other.id, sessionId: theirs.id })).not.toBeNull();
  });

  it("changing the password ends the other sessions and keeps this one", async () => {
    const db = testDb();
    const user = await createUser(db);
    const [here, elsewhere] = [
      await startSession({ db, userId: user.id }),
      await startSession({ db, userId: user.id }),
    ];
    const me = callerFor({ ...user, sessionId: here.id });
    await expectTrpcError(
      me.account.changePassword({ currentPassword: "not it", newPassword: "a fresh passphrase" }),
      "BAD_REQUEST",
    );
    await expectTrpcError(
      me.account.changePassword({ currentPassword: TEST_PASSWORD, newPassword: "1234567890" }),
      "BAD_REQUEST",
    );
    expect(
      await me.account.changePassword({ currentPassword: TEST_PASSWORD, newPassword: "a fresh passphrase" }),
    ).toEqual({ ended: 1 });
    expect(await resolveSessionUser({ db, userId: user.id, sessionId: here.id })).not.toBeNull();
    expect(await resolveSessionUser({ db, userId: user.id, sessionId: elsewhere.id })).toBeNull();
    expect(await authenticate({ db, email: user.email, password: "a fresh passphrase" })).toMatchObject({
      id: user.id,
    });
  }, 20_000);

  it("a removed member loses the workspace at once, in the session they already have", async () => {
    const ws = await createWorkspace(testDb(), { roles: ["admin", "pm"] });
    const workspaceId = ws.workspace.id;
    const pm = callerFor(ws.user("pm"));
    expect(await pm.workspace.get({ workspaceId })).toMatchObject({ role: "pm" });
    await callerFor(ws.user("admin")).workspace.removeMember({ workspaceId, id: ws.memberId("pm") });
    await expectTrpcError(pm.workspace.get({ workspaceId }), "NOT_FOUND");
    await expectTrpcError(pm.workspace.members({ workspaceId }), "NOT_FOUND");
  });
});

describe("sign-up gives nothing away", () => {
  it("a taken address gets the same answer, no second account, and an 'already have an account' mail", async () => {
    const existing = await createUser(testDb());
    const fresh = `fresh-${unique()}@cairn.test`;
    const anon = callerFor(null);
    const answers = [
      await anon.account.signUp({ name: "Someone", email: existing.email, password: "another passphrase" }),
      await anon.account.signUp({ name: "Someone", email: fresh, password: "another passphrase" }),
    ];
    expect(answers).toEqual([{ email: existing.email }, { email: fresh }]);
    expect(await testDb().user.count({ where: { email: existing.email } })).toBe(1);
    const kinds = await testDb().outboxEmail.findMany({ where: { to: existing.email }, select: { kind: true } });
    expect(kinds).toEqual([{ kind: "account_exists" }]);
    // The existing account's password did not change.
    expect(await authenticate({ db: testDb(), email: existing.email, password: TEST_PASSWORD })).not.toBeNull();
  });

  it.each([
    ["8 characters", "abcd1234"],
    ["a common one", "1234567890"],
    ["a common one, in capitals", "PASSWORD123"],
    ["spaces only", "            "],
    ["padded short", "   short    "],
  ])("refuses a weak password: %s", async (_what, password) => {
    const email = `weak-${unique()}@cairn.test`;
    await expectTrpcError(callerFor(null).account.signUp({ name: "Weak", email, password }), "BAD_REQUEST");
    expect(await testDb().user.count({ where: { email } })).toBe(0);
  });
});
