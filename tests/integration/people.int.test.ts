// The Users and Accounts pages against the real database (SQLite, then PostgreSQL), with data
// ingested through the real writer. Every list is computed over rollups AND over raw events and
// compared with a reference computed here from the fixture's own messages; the hand counts
// beside the fixture are asserted too.
//
// Workspace time zone America/New_York (EDT UTC−4 until 2026-11-01 02:00, then EST UTC−5).
// "Now" = 2026-11-30 15:00 UTC (10:00 in New York): today = Nov 30, the 30-day window = Nov 1–30.
// Features: Export (track "Report Exported"), Workflow (track "Workflow Run").
// Personas: Eng (role = engineer, priority 1), Sales (role = sales, priority 2).
// Accounts: acme (plan pro, mrr 500), globex (plan free, mrr 0), initech (pro, no users, inserted).
//   user   account  persona  active days in window          features         latest NPS
//   alice  acme     Eng      Nov 3 (×2), Nov 20, Nov 25 (page) = 3   Export     10 then 6 → 6
//   bob    acme     Sales    Nov 1 00:30 EDT = 1 (Oct 31 23:30, Oct 10 outside)  Export, Workflow  9 (a later CSAT 5 is not NPS)
//   carol  globex   Eng      Nov 29 23:30 EST, Nov 30 = 2     Workflow          7
//   dave   —        Eng      Oct 31 23:00 EDT only = 0          Export            —
//   erin   globex   —        none = 0                           —                 3
// Account NPS: acme (6 detractor, 9 promoter) = 0; globex (7 passive, 3 detractor) = −50; initech null.
import { beforeAll, describe, expect, it } from "vitest";
import { dayNumber, isoOfDay } from "../../server/calendar/day-number";
import type { Source } from "../../server/analytics/sources";
import { getAccount } from "../../server/people/get-account";
import { getUser } from "../../server/people/get-user";
import { listAccounts } from "../../server/people/list-accounts";
import { listUsers } from "../../server/people/list-users";
import { ZAccountsInput, ZUsersInput, type TAccountsInputIn, type TUsersInputIn } from "../../server/people/schemas";
import { getUserEvents } from "../../server/people/user-events";
import { accountNps } from "../../server/surveys/nps";
import {
  createWorkspace,
  createWriteKey,
  groupMessage,
  identifyMessage,
  insertFeature,
  insertPersona,
  pageMessage,
  sendBatch,
  trackMessage,
  type RawMessage,
  type TestWorkspace,
} from "../factories";
import { callerFor, deps, testDb, testDialect } from "./support/db";
import { insertAccount, insertResponse, insertSurvey } from "./support/survey-rows";
import { expectTrpcError } from "./support/trpc";

const TZ = "America/New_York";
const NOW = new Date("2026-11-30T15:00:00Z");
const TODAY = dayNumber(NOW, TZ);
const SOURCES: Source[] = ["rollups", "raw"];
const FEATURES = { Export: "Report Exported", Workflow: "Workflow Run" } as const;
const ACCOUNT_OF: Record<string, string | null> = {
  alice: "acme",
  bob: "acme",
  carol: "globex",
  dave: null,
  erin: "globex",
};

const T0 = "2026-10-01T12:00:00Z";
const MESSAGES: RawMessage[] = [
  identifyMessage("alice", { name: "Alice Archer", email: "alice@acme.test", role: "engineer" }, { timestamp: T0 }),
  identifyMessage("bob", { name: "Bob Baker", email: "bob@acme.test", role: "sales" }, { timestamp: T0 }),
  identifyMessage("carol", { name: "Carol Chen", email: "carol@globex.test", role: "engineer" }, { timestamp: T0 }),
  identifyMessage("dave", { email: "DAVE@Example.test", role: "engineer" }, { timestamp: T0 }),
  identifyMessage("erin", { name: "Erin 100% Ops", email: "erin@globex.test" }, { timestamp: T0 }),
  groupMessage("alice", "acme", { name: "Acme Corp", plan: "pro", mrr: 500 }, { timestamp: "2026-10-01T12:01:00Z" }),
  groupMessage("bob", "acme", {}, { timestamp: "2026-10-01T12:02:00Z" }),
  groupMessage("carol", "globex", { name: "Globex", plan: "free", mrr: 0 }, { timestamp: "2026-10-01T12:03:00Z" }),
  groupMessage("erin", "globex", {}, { timestamp: "2026-10-01T12:04:00Z" }),
  trackMessage("alice", "Report Exported", { timestamp: "2026-11-03T14:00:00Z", properties: { format: "csv" } }),
  trackMessage("alice", "Report Exported", { timestamp: "2026-11-03T15:00:00Z" }),
  trackMessage("alice", "Report Exported", { timestamp: "2026-11-20T14:00:00Z" }),
  pageMessage("alice", "Home", { timestamp: "2026-11-25T14:00:00Z" }),
  trackMessage("bob", "Workflow Run", { timestamp: "2026-10-10T14:00:00Z" }),
  trackMessage("bob", "Docs Opened", { timestamp: "2026-11-01T03:30:00Z" }),
  trackMessage("bob", "Report Exported", { timestamp: "2026-11-01T04:30:00Z" }),
  pageMessage("carol", "Pricing", { timestamp: "2026-11-30T04:30:00Z" }),
  trackMessage("carol", "Workflow Run", { timestamp: "2026-11-30T12:00:00Z" }),
  trackMessage("dave", "Report Exported", { timestamp: "2026-11-01T03:00:00Z" }),
];

// ---- the reference, from the messages above

type Activity = { user: string; type: string; event: string; day: number };
const ACTIVITY: Activity[] = MESSAGES.filter((m) => ["track", "page", "screen"].includes(String(m.type))).map((m) => ({
  user: String(m.userId),
  type: String(m.type),
  event: String(m.event ?? m.name),
  day: dayNumber(new Date(String(m.timestamp)), TZ),
}));
const inWindow = (day: number) => day >= TODAY - 29 && day <= TODAY;
const refActiveDays = (user: string) =>
  new Set(ACTIVITY.filter((a) => a.user === user && inWindow(a.day)).map((a) => a.day)).size;
const featureUses = (event: string) => ACTIVITY.filter((a) => a.type === "track" && a.event === event);
const refFeatures = (user: string) =>
  Object.values(FEATURES).filter((e) => featureUses(e).some((a) => a.user === user)).length;
const usersOf = (account: string) => Object.keys(ACCOUNT_OF).filter((u) => ACCOUNT_OF[u] === account);

let ws: TestWorkspace;
let workspaceId: string;
const ids: Record<string, string> = {};
const accountIds: Record<string, string> = {};
let engId: string;
let initechExternalId: string;

const args = <T>(input: T, source: Source = "rollups") => ({
  db: testDb(),
  dialect: testDialect(),
  workspace: { id: workspaceId, timeZone: TZ },
  input,
  now: NOW,
  source,
});
const users = (input: TUsersInputIn, source?: Source) => listUsers(args(ZUsersInput.parse(input), source));
const accounts = (input: TAccountsInputIn, source?: Source) => listAccounts(args(ZAccountsInput.parse(input), source));
const nameOf = (id: string) =>
  Object.keys(ids).find((k) => ids[k] === id) ?? Object.keys(accountIds).find((k) => accountIds[k] === id);

beforeAll(async () => {
  const db = testDb();
  ws = await createWorkspace(db, { timeZone: TZ, roles: ["admin", "viewer"] });
  workspaceId = ws.workspace.id;
  engId = (await insertPersona(db, workspaceId, { name: "Eng", priority: 1 })).id;
  await insertPersona(db, workspaceId, {
    name: "Sales",
    priority: 2,
    rules: [{ key: "role", op: "equals", value: "sales" }],
  });
  for (const [name, event] of Object.entries(FEATURES))
    await insertFeature(db, workspaceId, { name, matchers: [{ event }] });
  const key = (await createWriteKey(db, workspaceId, { kind: "secret" })).key;
  const reply = await sendBatch(deps(), key, MESSAGES);
  expect(reply.body.stored).toBe(MESSAGES.length);
  for (const u of await db.endUser.findMany({ where: { workspaceId } })) ids[u.externalId] = u.id;
  for (const a of await db.account.findMany({ where: { workspaceId } })) accountIds[a.externalId] = a.id;
  const initech = await insertAccount(db, workspaceId, { name: "Initech", traits: { plan: "pro" } });
  accountIds.initech = initech.id;
  initechExternalId = initech.externalId;

  const nps = await insertSurvey(db, workspaceId, { kind: "nps", name: "NPS Q4" });
  const csat = await insertSurvey(db, workspaceId, { kind: "csat", name: "Support CSAT" });
  const row = async (name: string) =>
    db.endUser.findUniqueOrThrow({
      where: { id: ids[name]! },
      select: { id: true, externalId: true, accountId: true, personaId: true },
    });
  await insertResponse(db, workspaceId, nps.id, await row("alice"), new Date("2026-11-05T10:00:00Z"), { score: 10 });
  await insertResponse(db, workspaceId, nps.id, await row("alice"), new Date("2026-11-20T10:00:00Z"), {
    score: 6,
    comment: "Too slow",
  });
  await insertResponse(db, workspaceId, nps.id, await row("bob"), new Date("2026-11-10T10:00:00Z"), { score: 9 });
  await insertResponse(db, workspaceId, csat.id, await row("bob"), new Date("2026-11-25T10:00:00Z"), { score: 5 });
  await insertResponse(db, workspaceId, nps.id, await row("carol"), new Date("2026-11-12T10:00:00Z"), { score: 7 });
  await insertResponse(db, workspaceId, nps.id, await row("erin"), new Date("2026-11-15T10:00:00Z"), { score: 3 });

  await db.feedback.create({
    data: {
      workspaceId,
      source: "widget",
      text: "Alice wants dark mode",
      endUserId: ids.alice,
      accountId: accountIds.acme,
    },
  });
  await db.feedback.create({
    data: { workspaceId, source: "widget", text: "Bob, no account on it", endUserId: ids.bob },
  });
  await db.feedback.create({ data: { workspaceId, source: "widget", text: "Carol's idea", endUserId: ids.carol } });

  const checklist = await db.checklist.create({
    data: {
      workspaceId,
      title: "Get started",
      targeting: {},
      translations: {},
      items: {
        create: [
          { workspaceId, position: 0, title: "Export", completion: { event: "Report Exported" }, translations: {} },
          {
            workspaceId,
            position: 1,
            title: "Invite",
            completion: { event: "Invited" },
            scope: "account",
            translations: {},
          },
        ],
      },
    },
    select: { id: true, items: { select: { id: true, position: true } } },
  });
  await db.checklistProgress.create({
    data: { workspaceId, checklistId: checklist.id, endUserId: ids.alice!, group: "exposed", seenAt: NOW },
  });
  const invite = checklist.items.find((i) => i.position === 1)!;
  await db.checklistItemCompletion.create({
    data: {
      workspaceId,
      checklistItemId: invite.id,
      subjectKey: `a:${accountIds.acme}`,
      accountId: accountIds.acme,
      completedAt: NOW,
    },
  });
});

describe("people.users", () => {
  it.each(SOURCES)("counts active days, features and the latest NPS answer (%s)", async (source) => {
    const page = await users({ sort: "name" }, source);
    expect(page.total).toBe(5);
    expect(page.rows.map((r) => r.externalId)).toEqual(["alice", "bob", "carol", "dave", "erin"]);
    for (const r of page.rows) {
      expect(r.activeDays, r.externalId).toBe(refActiveDays(r.externalId));
      expect(r.features, r.externalId).toBe(refFeatures(r.externalId));
    }
    // The hand counts of the header.
    expect(page.rows.map((r) => [r.activeDays, r.features, r.npsScore])).toEqual([
      [3, 1, 6],
      [1, 2, 9],
      [2, 1, 7],
      [0, 1, null],
      [0, 0, 3],
    ]);
    const alice = page.rows[0]!;
    expect(alice).toMatchObject({
      name: "Alice Archer",
      email: "alice@acme.test",
      persona: { id: engId, name: "Eng" },
      account: { id: accountIds.acme, externalId: "acme", name: "Acme Corp" },
      plan: "pro",
    });
    expect(page.rows[3]).toMatchObject({ name: null, account: null, plan: null, persona: { name: "Eng" } });
    expect(page.rows[4]!.persona).toBeNull();
  });

  it.each(SOURCES)("sorts by every column, nulls last, ties by id (%s)", async (source) => {
    const byId = (a: string, b: string) => (ids[a]! < ids[b]! ? -1 : 1);
    const sorted = async (sort: TUsersInputIn["sort"], dir: "asc" | "desc") =>
      (await users({ sort, dir }, source)).rows.map((r) => r.externalId);
    const expectedActive = Object.keys(ids).sort((a, b) => refActiveDays(b) - refActiveDays(a) || byId(a, b));
    expect(await sorted("activeDays", "desc")).toEqual(expectedActive);
    expect(expectedActive.slice(0, 3)).toEqual(["alice", "carol", "bob"]);
    const expectedFeatures = Object.keys(ids).sort((a, b) => refFeatures(a) - refFeatures(b) || byId(a, b));
    expect(await sorted("features", "asc")).toEqual(expectedFeatures);
    expect(await sorted("nps", "desc")).toEqual(["bob", "carol", "alice", "erin", "dave"]);
    expect(await sorted("nps", "asc")).toEqual(["erin", "alice", "carol", "bob", "dave"]);
    expect(await sorted("name", "desc")).toEqual(["erin", "dave", "carol", "bob", "alice"]);
    const seen = await testDb().endUser.findMany({
      where: { workspaceId },
      select: { id: true, externalId: true, lastSeenAt: true },
    });
    const expectedSeen = seen
      .sort((a, b) => b.lastSeenAt.getTime() - a.lastSeenAt.getTime() || (a.id < b.id ? -1 : 1))
      .map((u) => u.externalId);
    expect(await sorted("lastSeen", "desc")).toEqual(expectedSeen);
  });

  it("searches userId, name and email, case-insensitively, % and _ literally", async () => {
    const found = async (search: string) => (await users({ search, sort: "name" })).rows.map((r) => r.externalId);
    expect(await found("ACME")).toEqual(["alice", "bob"]);
    expect(await found("dave@example")).toEqual(["dave"]);
    expect(await found("chen")).toEqual(["carol"]);
    expect(await found("ERI")).toEqual(["erin"]);
    expect(await found("%")).toEqual(["erin"]);
    expect(await found("_")).toEqual([]);
    expect((await users({ search: "nobody" })).total).toBe(0);
  });

  it("filters by persona, account and account traits", async () => {
    const found = async (input: TUsersInputIn) =>
      (await users({ ...input, sort: "name" })).rows.map((r) => r.externalId);
    expect(await found({ personaId: engId })).toEqual(["alice", "carol", "dave"]);
    expect(await found({ accountId: accountIds.globex })).toEqual(["carol", "erin"]);
    expect(await found({ segment: [{ scope: "account", key: "plan", op: "equals", value: "PRO" }] })).toEqual([
      "alice",
      "bob",
    ]);
    expect(await found({ segment: [{ scope: "user", key: "name", op: "exists" }], search: "o" })).toEqual([
      "bob",
      "carol",
      "erin",
    ]);
  });

  it("pages with a total", async () => {
    const first = await users({ sort: "name", pageSize: 2 });
    const second = await users({ sort: "name", pageSize: 2, page: 2 });
    const third = await users({ sort: "name", pageSize: 2, page: 3 });
    const past = await users({ sort: "name", pageSize: 2, page: 4 });
    expect([first, second, third, past].map((p) => p.rows.map((r) => r.externalId))).toEqual([
      ["alice", "bob"],
      ["carol", "dave"],
      ["erin"],
      [],
    ]);
    expect([first.total, past.total]).toEqual([5, 5]);
  });
});

describe("people.accounts", () => {
  it.each(SOURCES)("counts users, active users, features and account NPS (%s)", async (source) => {
    const page = await accounts({ sort: "name" }, source);
    expect(page.rows.map((r) => r.externalId)).toEqual(["acme", "globex", initechExternalId]);
    for (const r of page.rows) {
      const name = nameOf(r.id)!;
      const members = usersOf(name);
      expect(r.users, name).toBe(members.length);
      expect(r.activeUsers, name).toBe(members.filter((u) => refActiveDays(u) > 0).length);
      const adopted = Object.values(FEATURES).filter((e) => featureUses(e).some((a) => members.includes(a.user)));
      expect(r.features, name).toBe(adopted.length);
    }
    expect(page.rows.map((r) => [r.users, r.activeUsers, r.features, r.nps, r.npsResponses])).toEqual([
      [2, 2, 2, 0, 2],
      [2, 1, 1, -50, 2],
      [0, 0, 0, null, 0],
    ]);
    expect(page.rows[0]).toMatchObject({ name: "Acme Corp", plan: "pro", mrr: 500 });
    expect(page.rows[1]).toMatchObject({ plan: "free", mrr: 0 });
  });

  it("counts key (core) features adopted and open feedback", async () => {
    const db = testDb();
    const before = (await accounts({ sort: "name" })).rows;
    expect(before.map((r) => [r.keyFeatures, r.coreFeatures])).toEqual([
      [0, 0],
      [0, 0],
      [0, 0],
    ]);
    // Alice's feedback is new (open); Bob's and Carol's have no account.
    expect(before.map((r) => r.openFeedback)).toEqual([1, 0, 0]);
    const one = await db.feature.findFirstOrThrow({ where: { workspaceId }, orderBy: { name: "asc" } });
    await db.feature.updateMany({ where: { workspaceId }, data: { core: true } });
    try {
      const all = (await accounts({ sort: "name" })).rows;
      expect(all.map((r) => r.keyFeatures)).toEqual(all.map((r) => r.features));
      expect(all.every((r) => r.coreFeatures === Object.keys(FEATURES).length)).toBe(true);
      await db.feature.updateMany({ where: { workspaceId, id: { not: one.id } }, data: { core: false } });
      expect((await accounts({ sort: "name" })).rows.every((r) => r.coreFeatures === 1 && r.keyFeatures <= 1)).toBe(
        true,
      );
    } finally {
      await db.feature.updateMany({ where: { workspaceId }, data: { core: false } });
    }
    await db.feedback.updateMany({ where: { workspaceId, accountId: accountIds.acme }, data: { status: "dismissed" } });
    try {
      expect((await accounts({ sort: "name" })).rows.map((r) => r.openFeedback)).toEqual([0, 0, 0]);
    } finally {
      await db.feedback.updateMany({ where: { workspaceId, accountId: accountIds.acme }, data: { status: "new" } });
    }
  });

  it("sorts by NPS (nulls last), users and active users; searches name and id; filters", async () => {
    const sorted = async (input: TAccountsInputIn) => (await accounts(input)).rows.map((r) => nameOf(r.id));
    expect(await sorted({ sort: "nps", dir: "desc" })).toEqual(["acme", "globex", "initech"]);
    expect(await sorted({ sort: "nps", dir: "asc" })).toEqual(["globex", "acme", "initech"]);
    expect(await sorted({ sort: "activeUsers", dir: "desc" })).toEqual(["acme", "globex", "initech"]);
    expect(await sorted({ sort: "features", dir: "asc" })).toEqual(["initech", "globex", "acme"]);
    expect(await sorted({ sort: "name", search: "GLOB" })).toEqual(["globex"]);
    expect(await sorted({ sort: "name", search: "corp" })).toEqual(["acme"]);
    expect(
      await sorted({ sort: "name", segment: [{ scope: "account", key: "plan", op: "equals", value: "pro" }] }),
    ).toEqual(["acme", "initech"]);
    // A persona keeps the accounts that have one of its users.
    expect(await sorted({ sort: "name", personaId: engId })).toEqual(["acme", "globex"]);
    const paged = await accounts({ sort: "name", pageSize: 2, page: 2 });
    expect([paged.total, paged.rows.length]).toEqual([3, 1]);
  });

  it("shows the NPS of nps.ts", async () => {
    const responses = await testDb().surveyResponse.findMany({
      where: { workspaceId, survey: { kind: "nps" } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    });
    const expected = accountNps(
      responses.map((r) => ({ userId: r.endUserId, accountId: r.accountId, score: r.score!, at: r.createdAt })),
    );
    const page = await accounts({ sort: "name" });
    for (const a of expected.perAccount) expect(page.rows.find((r) => r.id === a.accountId)?.nps).toBe(a.nps);
  });
});

describe("people.user", () => {
  it.each(SOURCES)(
    "shows alice's header, activity, features, checklists, surveys and feedback (%s)",
    async (source) => {
      const alice = await getUser(args({ id: ids.alice! }, source));
      expect(alice).toMatchObject({
        externalId: "alice",
        name: "Alice Archer",
        email: "alice@acme.test",
        persona: { name: "Eng" },
        account: { externalId: "acme", name: "Acme Corp" },
        plan: "pro",
        firstSeenDay: "2026-10-01",
        lastSeenDay: "2026-11-25",
        activeDays: 3,
      });
      expect(alice.traits).toEqual([
        { key: "email", value: "alice@acme.test" },
        { key: "name", value: "Alice Archer" },
        { key: "role", value: "engineer" },
      ]);
      expect(alice.activity).toHaveLength(90);
      expect(alice.activity[89]!.day).toBe(isoOfDay(TODAY));
      expect(alice.activity.filter((d) => d.count > 0)).toEqual([
        { day: "2026-11-03", count: 2 },
        { day: "2026-11-20", count: 1 },
        { day: "2026-11-25", count: 1 },
      ]);
      expect(alice.features).toEqual([
        { featureId: expect.any(String), name: "Export", firstDay: "2026-11-03", lastDay: "2026-11-20", uses: 3 },
      ]);
      expect(alice.checklists).toMatchObject([{ title: "Get started", items: 2, itemsDone: 1, group: "exposed" }]);
      expect(alice.surveys.map((s) => [s.surveyName, s.kind, s.score, s.comment])).toEqual([
        ["NPS Q4", "nps", 6, "Too slow"],
        ["NPS Q4", "nps", 10, null],
      ]);
      expect(alice.feedback.map((f) => f.text)).toEqual(["Alice wants dark mode"]);
    },
  );

  it("counts a boundary day in the workspace's time zone", async () => {
    const bob = await getUser(args({ id: ids.bob! }, "raw"));
    expect(bob.activeDays).toBe(1);
    expect(bob.activity.filter((d) => d.count > 0)).toEqual([
      { day: "2026-10-10", count: 1 },
      { day: "2026-10-31", count: 1 },
      { day: "2026-11-01", count: 1 },
    ]);
  });
});

describe("people.account", () => {
  it.each(SOURCES)("shows acme's users, activity, features, NPS and feedback (%s)", async (source) => {
    const acme = await getAccount(args({ id: accountIds.acme! }, source));
    expect(acme).toMatchObject({
      externalId: "acme",
      name: "Acme Corp",
      plan: "pro",
      mrr: 500,
      userCount: 2,
      activeUsers: 2,
    });
    expect(acme.users.map((u) => [u.externalId, u.activeDays, u.persona])).toEqual([
      ["alice", 3, "Eng"],
      ["bob", 1, "Sales"],
    ]);
    expect(acme.events.filter((d) => d.count > 0)).toEqual([
      { day: "2026-10-10", count: 1 },
      { day: "2026-10-31", count: 1 },
      { day: "2026-11-01", count: 1 },
      { day: "2026-11-03", count: 2 },
      { day: "2026-11-20", count: 1 },
      { day: "2026-11-25", count: 1 },
    ]);
    // 13 weeks ending Nov 30: from Sep 1; Oct 10 is in the week of Oct 6–12, Oct 31 and Nov 1 in
    // Oct 27–Nov 2 (bob only), Nov 3 in Nov 3–9, Nov 20 in Nov 17–23, Nov 25 in Nov 24–30.
    expect(acme.weeklyActiveUsers).toHaveLength(13);
    expect(acme.weeklyActiveUsers[12]).toEqual({ from: "2026-11-24", to: "2026-11-30", users: 1 });
    expect(acme.weeklyActiveUsers.filter((w) => w.users > 0).map((w) => [w.from, w.users])).toEqual([
      ["2026-10-06", 1],
      ["2026-10-27", 1],
      ["2026-11-03", 1],
      ["2026-11-17", 1],
      ["2026-11-24", 1],
    ]);
    expect(acme.features.map((f) => [f.name, f.firstDay, f.lastDay, f.uses, f.users])).toEqual([
      ["Workflow", "2026-10-10", "2026-10-10", 1, 1],
      ["Export", "2026-11-01", "2026-11-20", 4, 2],
    ]);
    expect(acme.nps).toEqual({ nps: 0, promoters: 1, passives: 0, detractors: 1, n: 2 });
    expect(acme.feedback.map((f) => [f.text, f.author?.externalId])).toEqual([
      ["Bob, no account on it", "bob"],
      ["Alice wants dark mode", "alice"],
    ]);
  });

  it("an account without users or answers", async () => {
    const initech = await getAccount(args({ id: accountIds.initech! }));
    expect(initech).toMatchObject({ userCount: 0, activeUsers: 0, users: [], features: [], feedback: [] });
    expect(initech.nps).toEqual({ nps: null, promoters: 0, passives: 0, detractors: 0, n: 0 });
    expect(initech.events.every((d) => d.count === 0)).toBe(true);
  });
});

describe("people.userEvents", () => {
  it("pages a user's raw events newest first by keyset, ties by id", async () => {
    const db = testDb();
    const other = await createWorkspace(db);
    const key = (await createWriteKey(db, other.workspace.id, { kind: "secret" })).key;
    const at = (i: number) => new Date(Date.UTC(2026, 10, 1, 12, Math.floor(i / 2))).toISOString();
    const batch = Array.from({ length: 53 }, (_, i) =>
      trackMessage("pat", `Step ${i}`, { timestamp: at(i), properties: { i, nested: { a: 1 } } }),
    );
    expect((await sendBatch(deps(), key, batch)).body.stored).toBe(53);
    const pat = await db.endUser.findFirstOrThrow({ where: { workspaceId: other.workspace.id }, select: { id: true } });
    const first = await getUserEvents({ db, workspaceId: other.workspace.id, input: { id: pat.id } });
    expect(first.events).toHaveLength(50);
    expect(first.nextCursor).not.toBeNull();
    const second = await getUserEvents({
      db,
      workspaceId: other.workspace.id,
      input: { id: pat.id, cursor: first.nextCursor! },
    });
    expect(second.nextCursor).toBeNull();
    const all = [...first.events, ...second.events];
    expect(new Set(all.map((e) => e.id)).size).toBe(53);
    const stored = await db.event.findMany({
      where: { workspaceId: other.workspace.id },
      orderBy: [{ timestamp: "desc" }, { id: "desc" }],
      select: { id: true },
    });
    expect(all.map((e) => e.id)).toEqual(stored.map((e) => e.id));
    expect(all[0]!.properties).toEqual([{ key: "i", value: "52" }]);
    // Another workspace's user through this one: not found.
    await expectTrpcError(callerFor(ws.user("viewer")).people.userEvents({ workspaceId, id: pat.id }), "NOT_FOUND");
  });
});

describe("through tRPC", () => {
  it("a viewer reads every page; bad input is a 400", async () => {
    const caller = callerFor(ws.user("viewer"));
    const page = await caller.people.users({ workspaceId, sort: "name", dir: "asc" });
    expect(page.rows).toHaveLength(5);
    expect((await caller.people.accounts({ workspaceId })).total).toBe(3);
    expect((await caller.people.user({ workspaceId, id: ids.carol! })).externalId).toBe("carol");
    expect((await caller.people.account({ workspaceId, id: accountIds.globex! })).userCount).toBe(2);
    await expectTrpcError(caller.people.users({ workspaceId, sort: "nope" as "name" }), "BAD_REQUEST");
    await expectTrpcError(caller.people.users({ workspaceId, pageSize: 10_001 }), "BAD_REQUEST");
    await expectTrpcError(caller.people.userEvents({ workspaceId, id: ids.alice!, cursor: "x" }), "BAD_REQUEST");
    await expectTrpcError(caller.people.user({ workspaceId, id: "no-such-user" }), "NOT_FOUND");
    await expectTrpcError(caller.people.account({ workspaceId, id: ids.alice! }), "NOT_FOUND");
  });
});
