// Sign-up, workspaces and the invite flow through the routers.
import { describe, expect, it } from "vitest";
import { verifyPassword } from "../../server/auth/password";
import { createUser, createWorkspace, unique } from "../factories";
import { callerFor, testDb } from "./support/db";
import { expectTrpcError } from "./support/trpc";

const tokenOf = (link: string) => link.split("/invite/")[1]!;

describe("sign-up", () => {
  it("creates an unverified user with a hashed password and mails a confirmation link", async () => {
    const email = `signup-${unique()}@cairn.test`;
    const answer = await callerFor(null).account.signUp({
      name: " Ada ",
      email: `  ${email.toUpperCase()} `,
      password: "correct horse",
    });
    expect(answer).toEqual({ email });
    const stored = await testDb().user.findUniqueOrThrow({ where: { email } });
    expect(stored).toMatchObject({ name: "Ada", emailVerifiedAt: null });
    expect(stored.passwordHash).not.toContain("correct horse");
    expect(await verifyPassword("correct horse", stored.passwordHash)).toBe(true);
    const mail = await testDb().outboxEmail.findFirstOrThrow({ where: { to: email, kind: "verify_email" } });
    expect(mail.text).not.toContain("/verify/");
    expect(mail.link).toContain("/verify/");
  });

  it("two sign-ups with one email at once: one user, both get the same answer (not a 500)", async () => {
    const email = `race-${unique()}@cairn.test`;
    const anon = callerFor(null);
    const results = await Promise.allSettled(
      [0, 1].map((i) => anon.account.signUp({ name: `Racer ${i}`, email, password: "long enough pass" })),
    );
    expect(results).toEqual([
      { status: "fulfilled", value: { email } },
      { status: "fulfilled", value: { email } },
    ]);
    expect(await testDb().user.count({ where: { email } })).toBe(1);
  });

  it("validates its input", async () => {
    const anon = callerFor(null);
    await expectTrpcError(
      anon.account.signUp({ name: "x", email: "not-an-email", password: "long enough pass" }),
      "BAD_REQUEST",
    );
    await expectTrpcError(
      anon.account.signUp({ name: "x", email: `short-${unique()}@cairn.test`, password: "short" }),
      "BAD_REQUEST",
    );
  });

  it("me returns the session user", async () => {
    const user = await createUser(testDb());
    expect(await callerFor(user).account.me()).toEqual({ ...user, instanceAdmin: false });
  });
});

describe("workspaces", () => {
  it("the creator becomes admin; slugs stay unique", async () => {
    const user = await createUser(testDb());
    const caller = callerFor(user);
    const name = `Acme ${unique()}`;
    const first = await caller.workspace.create({ name });
    const second = await caller.workspace.create({ name });
    expect(second.slug).toBe(`${first.slug}-2`);
    expect(await caller.workspace.get({ workspaceId: first.id })).toMatchObject({
      id: first.id,
      role: "admin",
      timeZone: "UTC",
    });
    expect((await caller.workspace.list()).map((w) => [w.id, w.role])).toEqual([
      [first.id, "admin"],
      [second.id, "admin"],
    ]);
  });

  it("refuses an unknown time zone", async () => {
    const ws = await createWorkspace(testDb());
    await expectTrpcError(
      callerFor(ws.user("admin")).workspace.update({
        workspaceId: ws.workspace.id,
        data: { timeZone: "Mars/Olympus_Mons" },
      }),
      "BAD_REQUEST",
    );
  });
});

describe("workspace by slug (pages)", () => {
  it("gives a member their membership with its permissions, and anyone else null", async () => {
    const a = await createWorkspace(testDb(), { roles: ["admin", "viewer"] });
    const b = await createWorkspace(testDb());
    const viewer = callerFor(a.user("viewer"));
    expect(await viewer.workspace.bySlug({ slug: a.workspace.slug })).toMatchObject({
      id: a.workspace.id,
      role: "viewer",
      permissions: ["workspace.read"],
    });
    expect(await viewer.workspace.bySlug({ slug: b.workspace.slug })).toBeNull();
    expect(await viewer.workspace.bySlug({ slug: `no-such-${unique()}` })).toBeNull();
  });
});

describe("invites", () => {
  it("invite, describe, accept with the matching email only", async () => {
    const ws = await createWorkspace(testDb());
    const workspaceId = ws.workspace.id;
    const admin = callerFor(ws.user("admin"));
    const email = `invitee-${unique()}@cairn.test`;

    const invite = await admin.workspace.invite({ workspaceId, email: email.toUpperCase(), role: "pm" });
    expect(invite).toMatchObject({ email, role: "pm", link: expect.stringContaining("/invite/") });
    const token = tokenOf(invite.link);
    expect((await admin.workspace.members({ workspaceId })).invites.map((i) => i.email)).toEqual([email]);
    expect(await callerFor(null).account.invite({ token })).toMatchObject({
      email,
      role: "pm",
      workspace: { name: ws.workspace.name },
    });
    expect(await testDb().outboxEmail.count({ where: { to: email, kind: "invite" } })).toBe(1);

    const stranger = await createUser(testDb());
    await expectTrpcError(callerFor(stranger).account.acceptInvite({ token }), "FORBIDDEN");
    await expectTrpcError(callerFor(stranger).workspace.get({ workspaceId }), "NOT_FOUND");
    await expectTrpcError(callerFor(null).account.acceptInvite({ token }), "UNAUTHORIZED");

    const invitee = await createUser(testDb(), { email });
    const joined = await callerFor(invitee).account.acceptInvite({ token });
    expect(joined).toEqual({ id: workspaceId, slug: ws.workspace.slug });
    expect(await callerFor(invitee).workspace.get({ workspaceId })).toMatchObject({ role: "pm" });
    // Accepting twice is harmless.
    await callerFor(invitee).account.acceptInvite({ token });
    expect(await testDb().member.count({ where: { workspaceId, userId: invitee.id } })).toBe(1);
    expect((await admin.workspace.members({ workspaceId })).invites).toEqual([]);
    // A used invite describes nothing to whoever holds its link now.
    expect(await callerFor(null).account.invite({ token })).toBeNull();
    await expectTrpcError(admin.workspace.invite({ workspaceId, email, role: "viewer" }), "CONFLICT");
  });

  it("revoked, replaced and expired invites cannot be accepted", async () => {
    const ws = await createWorkspace(testDb());
    const workspaceId = ws.workspace.id;
    const admin = callerFor(ws.user("admin"));
    const email = `invitee-${unique()}@cairn.test`;
    const invitee = await createUser(testDb(), { email });

    const revoked = await admin.workspace.invite({ workspaceId, email, role: "viewer" });
    await admin.workspace.revokeInvite({ workspaceId, id: revoked.id });
    await expectTrpcError(callerFor(invitee).account.acceptInvite({ token: tokenOf(revoked.link) }), "NOT_FOUND");
    expect(await callerFor(null).account.invite({ token: tokenOf(revoked.link) })).toBeNull();

    const first = await admin.workspace.invite({ workspaceId, email, role: "viewer" });
    const second = await admin.workspace.invite({ workspaceId, email, role: "admin" });
    await expectTrpcError(callerFor(invitee).account.acceptInvite({ token: tokenOf(first.link) }), "NOT_FOUND");

    await testDb().invite.update({ where: { id: second.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await expectTrpcError(callerFor(invitee).account.acceptInvite({ token: tokenOf(second.link) }), "NOT_FOUND");
    expect(await testDb().member.count({ where: { workspaceId, userId: invitee.id } })).toBe(0);

    await expectTrpcError(callerFor(invitee).account.acceptInvite({ token: "made-up" }), "NOT_FOUND");
  });

  it("a removed member cannot rejoin with the invite they already used", async () => {
    const ws = await createWorkspace(testDb());
    const workspaceId = ws.workspace.id;
    const admin = callerFor(ws.user("admin"));
    const email = `invitee-${unique()}@cairn.test`;
    const invitee = await createUser(testDb(), { email });
    const invite = await admin.workspace.invite({ workspaceId, email, role: "pm" });
    await callerFor(invitee).account.acceptInvite({ token: tokenOf(invite.link) });
    const member = await testDb().member.findFirstOrThrow({ where: { workspaceId, userId: invitee.id } });

    await admin.workspace.removeMember({ workspaceId, id: member.id });
    await expectTrpcError(callerFor(invitee).account.acceptInvite({ token: tokenOf(invite.link) }), "NOT_FOUND");
    await expectTrpcError(callerFor(invitee).workspace.get({ workspaceId }), "NOT_FOUND");
  });

  it("two admins demoting each other at once leave one admin", async () => {
    const ws = await createWorkspace(testDb(), { roles: ["admin", "admin"] });
    const workspaceId = ws.workspace.id;
    const [m1, m2] = ws.members;
    const results = await Promise.allSettled([
      callerFor(m1!.user).workspace.updateMemberRole({ workspaceId, id: m2!.memberId, role: "viewer" }),
      callerFor(m2!.user).workspace.updateMemberRole({ workspaceId, id: m1!.memberId, role: "viewer" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await testDb().member.count({ where: { workspaceId, role: "admin" } })).toBe(1);
  });
});
