// Role checks for every workspace procedure (the minimal role is part of each case in
// support/procedures.ts), sign-in checks for every non-public procedure, and the last-admin rule.
import { afterAll, describe, expect, it } from "vitest";
import type { MemberRole } from "../../server/generated/sqlite/enums";
import { createWorkspace } from "../factories";
import { callerFor, testDb } from "./support/db";
import {
  allProcedures,
  call,
  createFixture,
  GLOBAL_CASES,
  isWorkspaceScoped,
  ROLE_RANK,
  settleFixtures,
  WORKSPACE_CASES,
} from "./support/procedures";
import { expectTrpcError, trpcCodeOf } from "./support/trpc";
import { ROLE_PERMISSIONS } from "../../server/workspaces/permissions";
import { ZPermission } from "../../server/workspaces/schemas";
import { findMembershipBySlug } from "../../server/workspaces/workspaces";

afterAll(() => settleFixtures(testDb()));

const ROLES: MemberRole[] = ["viewer", "pm", "admin"];
const scoped = Object.keys(allProcedures())
  .filter((p) => isWorkspaceScoped(allProcedures()[p]!))
  .sort();

describe("role checks", () => {
  const cases = scoped.flatMap((path) => ROLES.map((role) => [path, role] as const));

  it.each(cases)("%s as %s", async (path, role) => {
    const c = WORKSPACE_CASES[path]!;
    const f = await createFixture(testDb());
    const allowed = ROLE_RANK[role] >= ROLE_RANK[c.minRole];
    const code = await trpcCodeOf(() => call(callerFor(f.ws.user(role)), path, c.input(f)));
    expect(code).toBe(allowed ? "OK" : "FORBIDDEN");
  });

  it("states the expected ladder: viewers read, pms shape the product, admins run the workspace", () => {
    const byRole = (role: MemberRole) => scoped.filter((p) => WORKSPACE_CASES[p]!.minRole === role).sort();
    expect(byRole("pm")).toEqual([
      "checklist.create",
      "checklist.delete",
      "checklist.setStatus",
      "checklist.update",
      "checklist.updateRoleQuestion",
      "engagement.recomputeHistory",
      "engagement.save",
      "feature.create",
      "feature.delete",
      "feature.setAdoption",
      "feature.update",
      "feedback.addTags",
      "feedback.assign",
      "feedback.create",
      "feedback.createRoadmapItemFromFeedback",
      "feedback.linkRoadmap",
      "feedback.markDuplicate",
      "feedback.removeTags",
      "feedback.setStatus",
      "feedback.updateButtonConfig",
      "funnel.delete",
      "funnel.save",
      "northStar.save",
      "persona.create",
      "persona.delete",
      "persona.reorder",
      "persona.update",
      "roadmap.comment",
      "roadmap.create",
      "roadmap.createStatus",
      "roadmap.deleteStatus",
      "roadmap.merge",
      "roadmap.move",
      "roadmap.undoMerge",
      "roadmap.update",
      "roadmap.updateStatus",
      "survey.create",
      "survey.delete",
      "survey.setStatus",
      "survey.update",
      "survey.updateRecontact",
    ]);
    expect(byRole("admin")).toEqual([
      "apiKey.create",
      "apiKey.list",
      "apiKey.revoke",
      "audit.exportCsv",
      "audit.list",
      "identity.createSecret",
      "identity.get",
      "identity.revokeSecret",
      "identity.setMode",
      "job.list",
      "job.rebuildRollups",
      "job.retry",
      "privacy.erase",
      "privacy.lookup",
      "privacy.settings",
      "privacy.updateSettings",
      "quotas.get",
      "quotas.set",
      "workspace.invite",
      "workspace.removeMember",
      "workspace.revokeInvite",
      "workspace.update",
      "workspace.updateMemberRole",
    ]);
  });

  it("a forbidden write changes nothing", async () => {
    const f = await createFixture(testDb());
    const viewer = callerFor(f.ws.user("viewer"));
    await expectTrpcError(
      viewer.apiKey.create({ workspaceId: f.workspaceId, kind: "write", name: "nope" }),
      "FORBIDDEN",
    );
    await expectTrpcError(
      viewer.persona.create({ workspaceId: f.workspaceId, name: "nope", rules: [{ key: "k", op: "exists" }] }),
      "FORBIDDEN",
    );
    await expectTrpcError(
      viewer.feature.create({ workspaceId: f.workspaceId, name: "nope", matchers: [{ event: "e" }] }),
      "FORBIDDEN",
    );
    await expectTrpcError(
      viewer.workspace.invite({ workspaceId: f.workspaceId, email: "nope@cairn.test", role: "admin" }),
      "FORBIDDEN",
    );
    const pm = callerFor(f.ws.user("pm"));
    await expectTrpcError(pm.apiKey.create({ workspaceId: f.workspaceId, kind: "secret", name: "nope" }), "FORBIDDEN");
    await expectTrpcError(
      pm.workspace.updateMemberRole({ workspaceId: f.workspaceId, id: f.ws.memberId("pm"), role: "admin" }),
      "FORBIDDEN",
    );
    const db = testDb();
    expect(await db.apiKey.count({ where: { workspaceId: f.workspaceId } })).toBe(1);
    expect(await db.persona.count({ where: { workspaceId: f.workspaceId, name: "nope" } })).toBe(0);
    expect(await db.feature.count({ where: { workspaceId: f.workspaceId, name: "nope" } })).toBe(0);
    expect(await db.invite.count({ where: { workspaceId: f.workspaceId, email: "nope@cairn.test" } })).toBe(0);
    expect((await db.member.findUniqueOrThrow({ where: { id: f.ws.memberId("pm") } })).role).toBe("pm");
  });
});

describe("signed out", () => {
  const protectedPaths = Object.keys(allProcedures())
    .filter((p) => !GLOBAL_CASES[p]?.public)
    .sort();

  it.each(protectedPaths)("%s → UNAUTHORIZED", async (path) => {
    const f = await createFixture(testDb());
    const input = WORKSPACE_CASES[path]?.input(f) ?? GLOBAL_CASES[path]!.input();
    await expectTrpcError(call(callerFor(null), path, input), "UNAUTHORIZED");
  });

  it("only sign-up, email confirmation, password reset and invite lookup are public", () => {
    expect(
      Object.keys(allProcedures())
        .filter((p) => GLOBAL_CASES[p]?.public)
        .sort(),
    ).toEqual([
      "account.invite",
      "account.requestPasswordReset",
      "account.resendVerification",
      "account.resetPassword",
      "account.signUp",
      "account.verifyEmail",
    ]);
  });
});

describe("the last admin", () => {
  it("cannot be demoted or removed; with a second admin, one can go", async () => {
    const ws = await createWorkspace(testDb(), { roles: ["admin", "pm"] });
    const workspaceId = ws.workspace.id;
    const admin = callerFor(ws.user("admin"));
    const adminMember = ws.memberId("admin");

    for (const role of ["pm", "viewer"] as const) {
      await expectTrpcError(admin.workspace.updateMemberRole({ workspaceId, id: adminMember, role }), "BAD_REQUEST");
    }
    await expectTrpcError(admin.workspace.removeMember({ workspaceId, id: adminMember }), "BAD_REQUEST");
    expect(await admin.workspace.updateMemberRole({ workspaceId, id: adminMember, role: "admin" })).toEqual({
      id: adminMember,
      role: "admin",
    });

    // Promote the pm; now the first admin may step down, and the new one is the last.
    await admin.workspace.updateMemberRole({ workspaceId, id: ws.memberId("pm"), role: "admin" });
    await admin.workspace.updateMemberRole({ workspaceId, id: adminMember, role: "viewer" });
    const second = callerFor(ws.user("pm"));
    await expectTrpcError(second.workspace.removeMember({ workspaceId, id: ws.memberId("pm") }), "BAD_REQUEST");
    await second.workspace.removeMember({ workspaceId, id: adminMember });
    const { members } = await second.workspace.members({ workspaceId });
    expect(members.map((m) => m.role)).toEqual(["admin"]);
    // The removed user lost access.
    await expectTrpcError(admin.workspace.get({ workspaceId }), "NOT_FOUND");
  });
});

describe("permissions sent with the workspace", () => {
  it.each(ROLES)("%s: workspace.get and the page's membership carry exactly ROLE_PERMISSIONS", async (role) => {
    const ws = await createWorkspace(testDb(), { roles: [role] });
    const expected = [...ROLE_PERMISSIONS[role]].sort();
    const got = await callerFor(ws.user(role)).workspace.get({ workspaceId: ws.workspace.id });
    expect(got.role).toBe(role);
    expect([...got.permissions].sort()).toEqual(expected);
    const page = await findMembershipBySlug({ db: testDb(), userId: ws.user(role).id, slug: ws.workspace.slug });
    expect([...(page?.permissions ?? [])].sort()).toEqual(expected);
  });

  it("every permission of the vocabulary belongs to some role", () => {
    const granted = new Set(ROLES.flatMap((r) => [...ROLE_PERMISSIONS[r]]));
    expect([...granted].sort()).toEqual([...ZPermission.options].sort());
  });
});
