// The audit log: every audited change writes exactly one entry (actor, target, details, IP) in
// the change's transaction, a refused or empty change writes none, and the log reads back paged,
// filtered and as CSV, for admins only.
import { describe, expect, it } from "vitest";
import { createContextInner } from "../../server/trpc/init";
import { createCaller } from "../../server/trpc/root";
import { exportAuditCsv } from "../../server/audit/export-audit-csv";
import { ROLE_PERMISSIONS } from "../../server/workspaces/permissions";
import { createUser, createWorkspace, unique, type TestUser } from "../factories";
import { testDb } from "./support/db";
import { expectTrpcError } from "./support/trpc";

const ADMIN_IP = "203.0.113.7";

/** A caller as `user`, from `ip` (what the route handler puts in ctx.ip). */
function as(user: TestUser, ip: string | null = ADMIN_IP) {
  return createCaller(createContextInner({ user, db: testDb(), ip, instanceAdmins: [] }));
}

async function entriesOf(workspaceId: string) {
  return testDb().auditEntry.findMany({
    where: { workspaceId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { actor: true, actorUserId: true, action: true, target: true, details: true, ip: true },
  });
}

/** Runs `change` and returns the entries it added to the workspace's log. */
async function added(workspaceId: string, change: () => Promise<unknown>) {
  const before = (await entriesOf(workspaceId)).length;
  await change();
  return (await entriesOf(workspaceId)).slice(before);
}

const tokenOf = (link: string) => link.split("/invite/")[1]!;

describe("member changes", () => {
  it("invite, revoke, join, role change and removal each write one entry; refused or empty ones none", async () => {
    const ws = await createWorkspace(testDb(), { roles: ["admin", "pm", "viewer"] });
    const workspaceId = ws.workspace.id;
    const adminUser = ws.user("admin");
    const admin = as(adminUser);
    const by = { actor: adminUser.email, actorUserId: adminUser.id, ip: ADMIN_IP };

    const revokedEmail = `revoked-${unique()}@cairn.test`;
    let inviteId = "";
    expect(
      await added(workspaceId, async () => {
        inviteId = (await admin.workspace.invite({ workspaceId, email: revokedEmail, role: "pm" })).id;
      }),
    ).toEqual([{ ...by, action: "member.invited", target: revokedEmail, details: { role: "pm" } }]);
    expect(await added(workspaceId, () => admin.workspace.revokeInvite({ workspaceId, id: inviteId }))).toEqual([
      { ...by, action: "member.invite-revoked", target: revokedEmail, details: { role: "pm" } },
    ]);
    // A second revoke changes nothing and records nothing.
    expect(await added(workspaceId, () => admin.workspace.revokeInvite({ workspaceId, id: inviteId }))).toEqual([]);

    // Joining: the joiner is the actor, from their own address.
    const email = `joiner-${unique()}@cairn.test`;
    const invite = await admin.workspace.invite({ workspaceId, email, role: "viewer" });
    const joiner = await createUser(testDb(), { email });
    expect(
      await added(workspaceId, () => as(joiner, "198.51.100.2").account.acceptInvite({ token: tokenOf(invite.link) })),
    ).toEqual([
      {
        actor: email,
        actorUserId: joiner.id,
        ip: "198.51.100.2",
        action: "member.joined",
        target: email,
        details: { role: "viewer" },
      },
    ]);
    expect(await added(workspaceId, () => as(joiner).account.acceptInvite({ token: tokenOf(invite.link) }))).toEqual(
      [],
    );
    // Someone else's invite: refused, nothing recorded.
    const other = await admin.workspace.invite({ workspaceId, email: `other-${unique()}@cairn.test`, role: "admin" });
    const stranger = await createUser(testDb());
    expect(
      await added(workspaceId, () =>
        expectTrpcError(as(stranger).account.acceptInvite({ token: tokenOf(other.link) }), "FORBIDDEN"),
      ),
    ).toEqual([]);

    const viewer = ws.user("viewer");
    expect(
      await added(workspaceId, () =>
        admin.workspace.updateMemberRole({ workspaceId, id: ws.memberId("viewer"), role: "admin" }),
      ),
    ).toEqual([
      { ...by, action: "member.role-changed", target: viewer.email, details: { from: "viewer", to: "admin" } },
    ]);
    // The same role again is no change.
    expect(
      await added(workspaceId, () =>
        admin.workspace.updateMemberRole({ workspaceId, id: ws.memberId("viewer"), role: "admin" }),
      ),
    ).toEqual([]);
    // Refused changes: a pm may not, and the last admin cannot be demoted.
    expect(
      await added(workspaceId, () =>
        expectTrpcError(
          as(ws.user("pm")).workspace.updateMemberRole({ workspaceId, id: ws.memberId("pm"), role: "admin" }),
          "FORBIDDEN",
        ),
      ),
    ).toEqual([]);
    await admin.workspace.updateMemberRole({ workspaceId, id: ws.memberId("viewer"), role: "viewer" });
    expect(
      await added(workspaceId, () =>
        expectTrpcError(
          admin.workspace.updateMemberRole({ workspaceId, id: ws.memberId("admin"), role: "pm" }),
          "BAD_REQUEST",
        ),
      ),
    ).toEqual([]);

    const pm = ws.user("pm");
    expect(
      await added(workspaceId, () => admin.workspace.removeMember({ workspaceId, id: ws.memberId("pm") })),
    ).toEqual([{ ...by, action: "member.removed", target: pm.email, details: { role: "pm" } }]);
    expect(
      await added(workspaceId, () =>
        expectTrpcError(admin.workspace.removeMember({ workspaceId, id: ws.memberId("pm") }), "NOT_FOUND"),
      ),
    ).toEqual([]);
  });
});

describe("keys and identity", () => {
  it("key create and revoke write one entry each, naming the key, never holding it", async () => {
    const ws = await createWorkspace(testDb());
    const workspaceId = ws.workspace.id;
    const adminUser = ws.user("admin");
    const admin = as(adminUser);
    const by = { actor: adminUser.email, actorUserId: adminUser.id, ip: ADMIN_IP };
    let key = { id: "", key: "" };
    const created = await added(workspaceId, async () => {
      key = await admin.apiKey.create({ workspaceId, kind: "secret", name: "Billing server" });
    });
    expect(created).toEqual([
      { ...by, action: "key.created", target: "Billing server (secret key)", details: { kind: "secret" } },
    ]);
    const stored = JSON.stringify(await testDb().auditEntry.findMany({ where: { workspaceId } }));
    expect(stored).not.toContain(key.key);
    expect(stored).not.toContain(key.key.slice(4, 20));

    expect(await added(workspaceId, () => admin.apiKey.revoke({ workspaceId, id: key.id }))).toEqual([
      { ...by, action: "key.revoked", target: "Billing server (secret key)", details: { kind: "secret" } },
    ]);
    expect(await added(workspaceId, () => admin.apiKey.revoke({ workspaceId, id: key.id }))).toEqual([]);
    // A viewer's attempt is refused and leaves no trace.
    const viewer = await createUser(testDb());
    await testDb().member.create({ data: { workspaceId, userId: viewer.id, role: "viewer" } });
    expect(
      await added(workspaceId, () =>
        expectTrpcError(as(viewer).apiKey.create({ workspaceId, kind: "write", name: "nope" }), "FORBIDDEN"),
      ),
    ).toEqual([]);
  });

  it("identity mode changes and secrets write one entry each; refused or unchanged ones none", async () => {
    const ws = await createWorkspace(testDb());
    const workspaceId = ws.workspace.id;
    const adminUser = ws.user("admin");
    const admin = as(adminUser);
    const by = { actor: adminUser.email, actorUserId: adminUser.id, ip: ADMIN_IP };

    // Required needs a secret first: refused, nothing recorded.
    expect(
      await added(workspaceId, () =>
        expectTrpcError(admin.identity.setMode({ workspaceId, mode: "required" }), "BAD_REQUEST"),
      ),
    ).toEqual([]);
    let secret = { id: "", hint: "", secret: "" };
    expect(
      await added(workspaceId, async () => {
        secret = await admin.identity.createSecret({ workspaceId });
      }),
    ).toEqual([{ ...by, action: "identity.secret-created", target: `secret ending …${secret.hint}`, details: null }]);
    expect(JSON.stringify(await testDb().auditEntry.findMany({ where: { workspaceId } }))).not.toContain(
      secret.secret.slice(4, 24),
    );
    expect(await added(workspaceId, () => admin.identity.setMode({ workspaceId, mode: "required" }))).toEqual([
      { ...by, action: "identity.mode-changed", target: null, details: { from: "off", to: "required" } },
    ]);
    expect(await added(workspaceId, () => admin.identity.setMode({ workspaceId, mode: "required" }))).toEqual([]);
    expect(await added(workspaceId, () => admin.identity.setMode({ workspaceId, mode: "optional" }))).toEqual([
      { ...by, action: "identity.mode-changed", target: null, details: { from: "required", to: "optional" } },
    ]);
    expect(await added(workspaceId, () => admin.identity.revokeSecret({ workspaceId, id: secret.id }))).toEqual([
      { ...by, action: "identity.secret-revoked", target: `secret ending …${secret.hint}`, details: null },
    ]);
    expect(await added(workspaceId, () => admin.identity.revokeSecret({ workspaceId, id: secret.id }))).toEqual([]);
  });

  it("two revokes of one key at once record it once", async () => {
    const ws = await createWorkspace(testDb());
    const workspaceId = ws.workspace.id;
    const admin = as(ws.user("admin"));
    const key = await admin.apiKey.create({ workspaceId, kind: "write", name: "Twice" });
    await Promise.all([
      admin.apiKey.revoke({ workspaceId, id: key.id }),
      admin.apiKey.revoke({ workspaceId, id: key.id }),
    ]);
    expect((await entriesOf(workspaceId)).filter((e) => e.action === "key.revoked")).toHaveLength(1);
  });
});

describe("reading the log", () => {
  /** A workspace in New York with entries at chosen instants (several sharing one instant). */
  async function seeded() {
    const ws = await createWorkspace(testDb(), { roles: ["admin", "pm", "viewer"], timeZone: "America/New_York" });
    const workspaceId = ws.workspace.id;
    const rows = [
      // 2026-03-09 23:30 in New York (UTC-4 from March 8).
      { at: "2026-03-10T03:30:00.000Z", action: "member.invited", actor: "Ada@Example.test", target: "a@x.test" },
      { at: "2026-03-10T12:00:00.000Z", action: "key.created", actor: "bob@example.test", target: "K (write key)" },
      { at: "2026-03-10T12:00:00.000Z", action: "key.revoked", actor: "bob@example.test", target: "K (write key)" },
      { at: "2026-03-10T12:00:00.000Z", action: "member.removed", actor: "ada@example.test", target: "c@x.test" },
      { at: "2026-03-11T04:00:00.000Z", action: "identity.mode-changed", actor: 'secret key "Ops"', target: null },
    ];
    for (const r of rows)
      await testDb().auditEntry.create({
        data: { workspaceId, actor: r.actor, action: r.action, target: r.target, createdAt: new Date(r.at) },
      });
    return { ws, workspaceId, admin: as(ws.user("admin")) };
  }

  it("pages newest first by (createdAt, id), ties included, without repeats or gaps", async () => {
    const { workspaceId, admin } = await seeded();
    const all = await admin.audit.list({ workspaceId, limit: 100 });
    expect(all.nextCursor).toBeNull();
    expect(all.entries).toHaveLength(5);
    const keys = all.entries.map((e) => [e.createdAt.getTime(), e.id] as const);
    const sorted = [...keys].sort((x, y) => y[0] - x[0] || (y[1] < x[1] ? -1 : y[1] > x[1] ? 1 : 0));
    expect(keys).toEqual(sorted);

    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await admin.audit.list({ workspaceId, limit: 2, cursor });
      expect(page.entries.length).toBeLessThanOrEqual(2);
      seen.push(...page.entries.map((e) => e.id));
      cursor = page.nextCursor ?? undefined;
      pages++;
    } while (cursor && pages < 10);
    expect(pages).toBe(3);
    expect(seen).toEqual(all.entries.map((e) => e.id));
  });

  it("filters by actions, actor text in any case, and calendar days in the workspace's time zone", async () => {
    const { workspaceId, admin } = await seeded();
    const actions = async (filters: Record<string, unknown>) =>
      (await admin.audit.list({ workspaceId, filters })).entries.map((e) => e.action).sort();

    expect(await actions({ actions: ["key.created", "key.revoked"] })).toEqual(["key.created", "key.revoked"]);
    expect(await actions({ actor: "ADA@" })).toEqual(["member.invited", "member.removed"]);
    expect(await actions({ actor: "ops" })).toEqual(["identity.mode-changed"]);
    // 03:30Z on March 10 is March 9 in New York; 04:00Z on March 11 is March 11 00:00 there.
    expect(await actions({ from: "2026-03-09", to: "2026-03-09" })).toEqual(["member.invited"]);
    expect(await actions({ from: "2026-03-10", to: "2026-03-10" })).toEqual([
      "key.created",
      "key.revoked",
      "member.removed",
    ]);
    expect(await actions({ from: "2026-03-11" })).toEqual(["identity.mode-changed"]);
    expect(await actions({ to: "2026-03-09" })).toEqual(["member.invited"]);
    expect(await actions({ actions: ["member.removed"], actor: "bob", from: "2026-03-10" })).toEqual([]);
    // Filters and paging together: a tie split across pages.
    const first = await admin.audit.list({ workspaceId, filters: { from: "2026-03-10", to: "2026-03-10" }, limit: 2 });
    const second = await admin.audit.list({
      workspaceId,
      filters: { from: "2026-03-10", to: "2026-03-10" },
      limit: 2,
      cursor: first.nextCursor!,
    });
    expect([...first.entries, ...second.entries].map((e) => e.action).sort()).toEqual([
      "key.created",
      "key.revoked",
      "member.removed",
    ]);
    expect(second.nextCursor).toBeNull();
  });

  it("refuses bad input with BAD_REQUEST on both databases", async () => {
    const { workspaceId, admin } = await seeded();
    await expectTrpcError(admin.audit.list({ workspaceId, cursor: "not a cursor" }), "BAD_REQUEST");
    await expectTrpcError(
      admin.audit.list({ workspaceId, filters: { from: "2026-03-11", to: "2026-03-10" } }),
      "BAD_REQUEST",
    );
    await expectTrpcError(admin.audit.list({ workspaceId, filters: { from: "March 1st" } }), "BAD_REQUEST");
    await expectTrpcError(
      admin.audit.list({ workspaceId, filters: { actions: ["member.teleported" as "member.invited"] } }),
      "BAD_REQUEST",
    );
    // A well-formed cursor naming no entry: nothing after it is older than its instant.
    expect((await admin.audit.list({ workspaceId, cursor: "0.nothing" })).entries).toEqual([]);
  });

  it("exports the filtered log as CSV, newest first, and says when it stopped short", async () => {
    const { ws, workspaceId, admin } = await seeded();
    const file = await admin.audit.exportCsv({ workspaceId, filters: { actions: ["key.created", "key.revoked"] } });
    expect(file.rows).toBe(2);
    expect(file.truncated).toBe(false);
    expect(file.filename).toMatch(new RegExp(`^cairn-audit-${ws.workspace.slug}-\\d{4}-\\d{2}-\\d{2}\\.csv$`));
    const lines = file.csv.trimEnd().split("\r\n");
    expect(lines[0]).toBe("time_utc,time_local,actor,action,action_label,target,details,ip");
    expect(lines.slice(1).map((l) => l.split(",")[1])).toEqual(["2026-03-10 08:00:00", "2026-03-10 08:00:00"]);
    expect(lines.slice(1).every((l) => l.includes("bob@example.test") && l.includes("K (write key)"))).toBe(true);

    const short = await exportAuditCsv({ db: testDb(), workspace: ws.workspace, filters: {}, max: 2 });
    expect(short).toMatchObject({ rows: 2, truncated: true });
    expect(short.csv).toContain("identity.mode-changed");
  });

  it("is the admins' only: viewers and pms are refused, and only admins hold audit.read", async () => {
    const { ws, workspaceId, admin } = await seeded();
    for (const role of ["viewer", "pm"] as const) {
      await expectTrpcError(as(ws.user(role)).audit.list({ workspaceId }), "FORBIDDEN");
      await expectTrpcError(as(ws.user(role)).audit.exportCsv({ workspaceId }), "FORBIDDEN");
      expect(ROLE_PERMISSIONS[role].has("audit.read")).toBe(false);
    }
    expect(ROLE_PERMISSIONS.admin.has("audit.read")).toBe(true);
    expect((await admin.audit.list({ workspaceId })).entries).toHaveLength(5);
    expect((await as(ws.user("admin")).workspace.get({ workspaceId })).permissions).toContain("audit.read");
    expect((await as(ws.user("pm")).workspace.get({ workspaceId })).permissions).not.toContain("audit.read");
  });
});
