// Tenant isolation for every procedure of the appRouter. The list of procedures comes from the
// router itself, so a procedure added without a case in support/procedures.ts fails here.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../server/db";
import { createUser, createWriteKey, sendBatch, identifyMessage, trackMessage, type TestUser } from "../factories";
import { handleUserErase, handleUserExport } from "../../server/privacy/handle-user-api";
import { callerFor, deps, testDb } from "./support/db";
import {
  allProcedures,
  call,
  createFixture,
  GLOBAL_CASES,
  inputKeys,
  isWorkspaceScoped,
  settleFixtures,
  WORKSPACE_CASES,
  type Fixture,
} from "./support/procedures";
import { expectTrpcError } from "./support/trpc";

const scoped = Object.entries(allProcedures())
  .filter(([, p]) => isWorkspaceScoped(p))
  .map(([path]) => path)
  .sort();

describe("the case list covers the router", () => {
  it("every workspace-scoped procedure has a cross-tenant case", () => {
    expect(scoped.length).toBeGreaterThan(0);
    expect(Object.keys(WORKSPACE_CASES).sort()).toEqual(scoped);
  });

  it("every other procedure is listed as deliberately global", () => {
    const global = Object.keys(allProcedures())
      .filter((p) => !scoped.includes(p))
      .sort();
    expect(Object.keys(GLOBAL_CASES).sort()).toEqual(global);
  });

  it("every procedure that takes a resource id has a foreign-id case", () => {
    for (const path of scoped) {
      const takesIds = inputKeys(allProcedures()[path]!).some((k) => k === "id" || k === "ids");
      expect(Boolean(WORKSPACE_CASES[path]!.foreignIds), path).toBe(takesIds);
    }
  });
});

/** Everything of one workspace a call could change. */
async function snapshot(db: Db, workspaceId: string) {
  const where = { workspaceId };
  const byId = { orderBy: { id: "asc" as const } };
  return {
    workspace: await db.workspace.findUnique({ where: { id: workspaceId } }),
    members: await db.member.findMany({ where, ...byId }),
    invites: await db.invite.findMany({ where, ...byId }),
    apiKeys: await db.apiKey.findMany({ where, ...byId, omit: { lastUsedAt: true } }),
    identitySecrets: await db.identitySecret.findMany({ where, ...byId }),
    identityDays: await db.identityDay.findMany({ where, orderBy: [{ day: "asc" }, { source: "asc" }] }),
    personas: await db.persona.findMany({ where, ...byId }),
    features: await db.feature.findMany({ where, ...byId }),
    jobs: await db.job.findMany({ where, ...byId }),
    endUsers: await db.endUser.findMany({ where, ...byId }),
    accounts: await db.account.findMany({ where, ...byId }),
    events: await db.event.count({ where }),
    featureUserDays: await db.featureUserDay.findMany({
      where,
      orderBy: [{ featureId: "asc" }, { day: "asc" }, { endUserId: "asc" }],
    }),
    outbox: await db.outboxEmail.findMany({ where, ...byId }),
    checklists: await db.checklist.findMany({ where, ...byId, include: { items: { orderBy: { id: "asc" } } } }),
    checklistProgress: await db.checklistProgress.findMany({ where, ...byId }),
    auditEntries: await db.auditEntry.findMany({ where, ...byId }),
    roadmapItems: await db.roadmapItem.findMany({ where, ...byId, omit: { updatedAt: true } }),
    roadmapStatuses: await db.roadmapStatusOption.findMany({ where, ...byId }),
    roadmapMerges: await db.roadmapMerge.findMany({ where, ...byId }),
    funnels: await db.funnel.findMany({ where, ...byId }),
    northStar: await db.northStar.findUnique({ where: { workspaceId } }),
  };
}

describe("cross-tenant access", () => {
  let a: Fixture;
  let b: Fixture;
  let before: Awaited<ReturnType<typeof snapshot>>;
  let outsider: TestUser;

  beforeAll(async () => {
    const db = testDb();
    [a, b] = [await createFixture(db), await createFixture(db)];
    outsider = await createUser(db);
    // B has data: users with a persona, events, a feature rollup.
    const key = (await createWriteKey(db, b.workspaceId)).key;
    await sendBatch(deps(), key, [
      identifyMessage("b-user", { role: "engineer", plan: "pro" }),
      trackMessage("b-user", "Report Exported"),
    ]);
    before = await snapshot(db, b.workspaceId);
  });

  afterAll(() => settleFixtures(testDb()));

  it.each(scoped)("%s with the other workspace's id → NOT_FOUND", async (path) => {
    const input = WORKSPACE_CASES[path]!.input(b);
    await expectTrpcError(call(callerFor(a.admin), path, input), "NOT_FOUND");
    await expectTrpcError(call(callerFor(outsider), path, input), "NOT_FOUND");
  });

  it.each(scoped.filter((p) => WORKSPACE_CASES[p]!.foreignIds))(
    "%s with the other workspace's resource ids → refused",
    async (path) => {
      const c = WORKSPACE_CASES[path]!;
      await expectTrpcError(
        call(callerFor(a.admin), path, { ...c.input(b), workspaceId: a.workspaceId }),
        c.foreignIds!,
      );
    },
  );

  it("an end user of the other workspace is unknown through one's own workspace", async () => {
    const caller = callerFor(a.admin);
    const own = { workspaceId: a.workspaceId, userId: b.endUserExternalId };
    await expectTrpcError(caller.privacy.lookup(own), "NOT_FOUND");
    await expectTrpcError(caller.privacy.erase(own), "NOT_FOUND");
    await expectTrpcError(caller.privacy.lookup({ workspaceId: a.workspaceId, userId: "b-user" }), "NOT_FOUND");
    await expectTrpcError(caller.privacy.erase({ workspaceId: a.workspaceId, userId: "b-user" }), "NOT_FOUND");
    expect(
      await testDb().endUser.count({ where: { workspaceId: b.workspaceId, externalId: b.endUserExternalId } }),
    ).toBe(1);
  });

  it("a secret key of one workspace neither exports nor erases another's end user (404)", async () => {
    const secret = (await createWriteKey(testDb(), a.workspaceId, { kind: "secret" })).key;
    const headers = { authorization: `Bearer ${secret}` };
    for (const userId of ["b-user", b.endUserExternalId]) {
      const url = `http://cairn.test/api/v1/users/${encodeURIComponent(userId)}`;
      expect((await handleUserExport(new Request(`${url}/export`, { headers }), deps())).status).toBe(404);
      expect((await handleUserErase(new Request(url, { method: "DELETE", headers }), deps())).status).toBe(404);
    }
  });

  it("nothing of the other workspace changed", async () => {
    expect(await snapshot(testDb(), b.workspaceId)).toEqual(before);
  });

  it("a member of several workspaces reaches each only through its own id", async () => {
    const both = await createFixture(testDb(), { admin: a.admin });
    const caller = callerFor(a.admin);
    const mine = (await caller.workspace.list()).map((w) => w.id);
    expect(mine).toContain(a.workspaceId);
    expect(mine).toContain(both.workspaceId);
    expect(mine).not.toContain(b.workspaceId);
    // A's persona id through the other workspace of the same admin: still not found.
    await expectTrpcError(
      caller.persona.update({
        workspaceId: both.workspaceId,
        id: a.personaIds[0],
        data: { name: "x", description: "", rules: [{ key: "k", op: "exists" }] },
      }),
      "NOT_FOUND",
    );
  });

  it("the audit log: A's admin reads A's entries only, and B's log through A's id or B's is refused", async () => {
    const caller = callerFor(a.admin);
    await expectTrpcError(caller.audit.list({ workspaceId: b.workspaceId }), "NOT_FOUND");
    await expectTrpcError(caller.audit.exportCsv({ workspaceId: b.workspaceId }), "NOT_FOUND");
    // Both fixtures' admins invited someone (an entry each); A's log shows only A's invitee.
    const { entries } = await caller.audit.list({
      workspaceId: a.workspaceId,
      filters: { actions: ["member.invited"] },
    });
    expect(entries.map((e) => e.target)).toEqual([a.inviteEmail]);
    const { csv } = await caller.audit.exportCsv({ workspaceId: a.workspaceId });
    expect(csv).toContain(a.inviteEmail);
    expect(csv).not.toContain(b.inviteEmail);
  });

  it("the mail log is the instance admins' only: no workspace admin or member reads another's mail", async () => {
    await expectTrpcError(callerFor(a.admin).account.mailLog(), "FORBIDDEN");
    await expectTrpcError(callerFor(a.ws.user("viewer")).account.mailLog(), "FORBIDDEN");
  });
});

describe("each case's input is valid in the caller's own workspace", () => {
  afterAll(() => settleFixtures(testDb()));

  it.each(scoped)("%s succeeds for an admin of the workspace", async (path) => {
    const f = await createFixture(testDb());
    await call(callerFor(f.admin), path, WORKSPACE_CASES[path]!.input(f)); // throws on any error
  });
});
