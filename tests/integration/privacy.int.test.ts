// Exporting and erasing an end user (server/privacy/), through real ingest, the widget's
// endpoints, the tRPC procedures and the secret-key REST routes; and the raw-event retention sweep.
import { describe, expect, it } from "vitest";
import type { Db } from "../../server/db";
import { DAY_MS } from "../../server/calendar/day-number";
import { rebuildSearchText } from "../../server/feedback/rebuild-search-text";
import { eraseEventChunk } from "../../server/privacy/erase-events";
import { eraseEndUser } from "../../server/privacy/erase-end-user";
import { exportEndUser } from "../../server/privacy/export-end-user";
import { handleDashboardExport } from "../../server/privacy/handle-dashboard-export";
import { handleUserErase, handleUserExport } from "../../server/privacy/handle-user-api";
import { JOBS } from "../../server/jobs/jobs";
import { sweepAllExpiredEvents, sweepExpiredEvents } from "../../server/privacy/retention";
import {
  createUser,
  createWorkspace,
  createWriteKey,
  groupMessage,
  identifyMessage,
  insertFeature,
  pageMessage,
  sendBatch,
  trackMessage,
  unique,
  type TestUser,
} from "../factories";
import { fetchWidgetState, insertChecklist } from "./support/checklists";
import { callerFor, deps, testDb } from "./support/db";
import { expectRollupsMatchEvents, readRollups } from "./support/rollups";
import { totals } from "./support/totals";
import { expectTrpcError } from "./support/trpc";
import { answer, askSurvey, feedbackMessage, insertSurvey, sendVoice } from "./support/voice";

const db = (): Db => testDb();
// `hour` o'clock (UTC, the workspace's zone) on the calendar day n days back: anchored to the day,
// not to now, so that two events a few hours apart stay on one day whatever hour the test runs
// (at 22:16 UTC, "3 days ago + 2 h" used to fall on the next day).
const daysAgo = (n: number, hour = 12) => new Date((Math.floor(Date.now() / DAY_MS) - n) * DAY_MS + hour * 3_600_000);

/** A workspace where two users of one account did everything a user can: events over several
 * days (a feature among them), checklist progress and completions (one of them account-wide),
 * a survey answer with a comment, feedback (tagged, with a page URL), roadmap votes (one by email
 * only) and a notification. Ben's feedback is a duplicate of Ana's. */
async function populate(opts: { anaId?: string } = {}) {
  const ws = await createWorkspace(db(), { roles: ["admin", "pm", "viewer"] });
  const workspaceId = ws.workspace.id;
  const writeKey = (await createWriteKey(db(), workspaceId)).key;
  const secret = await createWriteKey(db(), workspaceId, { kind: "secret", name: "DSR server" });
  const ana = opts.anaId ?? `ana-${unique()}`;
  const ben = `ben-${unique()}`;
  const anaEmail = `Ana.${unique()}@acme.test`;
  await insertFeature(db(), workspaceId, { name: "Reports", matchers: [{ event: "Report Exported" }] });
  await insertChecklist(db(), workspaceId, {
    items: [
      { title: "Run a workflow", completion: { event: "workflow_run" } },
      { title: "Export a report (team)", completion: { event: "Report Exported" }, scope: "account" },
    ],
  });
  const history = [ana, ben].flatMap((u, i) => [
    identifyMessage(u, { name: u, email: u === ana ? anaEmail : `${u}@acme.test` }, { timestamp: daysAgo(40) }),
    groupMessage(u, "acme", { name: "Acme" }, { timestamp: daysAgo(40) }),
    trackMessage(u, "workflow_run", { timestamp: daysAgo(40, 13 + i) }),
    trackMessage(u, "workflow_run", { timestamp: daysAgo(3, 13 + i) }),
    pageMessage(u, "Dashboard", { timestamp: daysAgo(3, 14 + i) }),
    trackMessage(u, "Report Exported", { timestamp: daysAgo(1, 10 + i) }),
    trackMessage(u, "Report Exported", { timestamp: daysAgo(1, 11 + i) }),
  ]);
  expect((await sendBatch(deps(), secret.key, history)).status).toBe(200);
  for (const u of [ana, ben])
    expect((await fetchWidgetState(deps(), { userId: u }, { key: writeKey })).status).toBe(200);

  const survey = await insertSurvey(db(), workspaceId);
  const feedbackIds: Record<string, string> = {};
  for (const u of [ana, ben]) {
    const asked = await askSurvey(deps(), { userId: u }, { key: writeKey });
    const displayId = asked.body.survey!.displayId;
    const reply = await sendVoice(
      deps(),
      [
        answer(u, survey.id, displayId, { score: 9, comment: `Comment from ${u}` }),
        feedbackMessage(u, `Idea from ${u}`, { pageUrl: `https://app.test/reports?user=${u}` }),
      ],
      { key: writeKey },
    );
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    const row = await db().feedback.findFirstOrThrow({
      where: { workspaceId, text: `Idea from ${u}` },
      select: { id: true },
    });
    feedbackIds[u] = row.id;
  }
  await db().feedbackTag.create({ data: { workspaceId, feedbackId: feedbackIds[ana]!, name: "reports" } });
  await rebuildSearchText(db(), workspaceId, [feedbackIds[ana]!]);
  const item = await db().roadmapItem.create({
    data: { workspaceId, title: "Scheduled reports" },
    select: { id: true },
  });
  await db().feedback.update({ where: { id: feedbackIds[ana]! }, data: { roadmapItemId: item.id, status: "linked" } });
  await db().feedback.update({
    where: { id: feedbackIds[ben]! },
    data: { duplicateOfId: feedbackIds[ana]!, status: "duplicate" },
  });
  const users = await db().endUser.findMany({ where: { workspaceId }, select: { id: true, externalId: true } });
  const idOf = (u: string) => users.find((r) => r.externalId === u)!.id;
  const other = await db().roadmapItem.create({ data: { workspaceId, title: "Dark mode" }, select: { id: true } });
  await db().vote.createMany({
    data: [
      { workspaceId, roadmapItemId: item.id, voterKey: `u:${idOf(ana)}`, endUserId: idOf(ana) },
      { workspaceId, roadmapItemId: item.id, voterKey: `u:${idOf(ben)}`, endUserId: idOf(ben) },
      // Ana again, on the public roadmap, by her email only.
      { workspaceId, roadmapItemId: other.id, voterKey: `e:${anaEmail.toLowerCase()}`, email: anaEmail.toLowerCase() },
    ],
  });
  await db().roadmapItem.update({ where: { id: item.id }, data: { voteCount: 2 } });
  await db().roadmapItem.update({ where: { id: other.id }, data: { voteCount: 1 } });
  await db().notification.createMany({
    data: [ana, ben].map((u) => ({
      workspaceId,
      channel: "in_app",
      kind: "shipped",
      endUserId: idOf(u),
      roadmapItemId: item.id,
      payload: { title: "Scheduled reports" },
    })),
  });
  return { ws, workspaceId, writeKey, secret, ana, ben, anaEmail, anaId: idOf(ana), benId: idOf(ben), item, other };
}

type Populated = Awaited<ReturnType<typeof populate>>;

/** Every row that names one end user, per table. */
async function rowsOf(p: Populated, endUserId: string) {
  const where = { workspaceId: p.workspaceId, endUserId };
  return {
    endUser: await db().endUser.count({ where: { workspaceId: p.workspaceId, id: endUserId } }),
    events: await db().event.count({ where }),
    userDays: await db().userDay.count({ where }),
    featureUserDays: await db().featureUserDay.count({ where }),
    progress: await db().checklistProgress.count({ where }),
    completions: await db().checklistItemCompletion.count({ where }),
    displays: await db().surveyDisplay.count({ where }),
    responses: await db().surveyResponse.count({ where }),
    feedback: await db().feedback.count({ where }),
    votes: await db().vote.count({ where }),
    notifications: await db().notification.count({ where }),
  };
}

describe("export", () => {
  it("holds every kind of row stored about the user, and nothing of another user", async () => {
    const p = await populate();
    const doc = (await exportEndUser({ db: db(), workspaceId: p.workspaceId, externalId: p.ana })) as Record<
      string,
      any // eslint-disable-line @typescript-eslint/no-explicit-any
    >;
    expect(doc.format).toBe("cairn.end-user-export/1");
    expect(doc.user).toMatchObject({
      userId: p.ana,
      traits: { name: p.ana, email: p.anaEmail },
      account: { accountId: "acme", name: "Acme" },
    });
    expect(doc.eventCount).toBe(7);
    expect(doc.events).toHaveLength(7);
    expect(doc.events.map((e: { type: string }) => e.type).sort()).toEqual(
      ["group", "identify", "page", "track", "track", "track", "track"].sort(),
    );
    expect(doc.checklists.progress).toHaveLength(1);
    expect(doc.checklists.completions.map((c: { scope: string }) => c.scope).sort()).toEqual(["account", "user"]);
    expect(doc.surveys.displays).toHaveLength(1);
    expect(doc.surveys.responses).toMatchObject([{ score: 9, comment: `Comment from ${p.ana}` }]);
    const idea = doc.feedback.find((f: { text: string }) => f.text === `Idea from ${p.ana}`);
    expect(idea).toMatchObject({ status: "linked", tags: ["reports"], roadmapItem: { title: "Scheduled reports" } });
    expect(doc.votes.map((v: { roadmapItem: string }) => v.roadmapItem).sort()).toEqual([
      "Dark mode",
      "Scheduled reports",
    ]);
    expect(doc.notifications).toHaveLength(1);
    // Nothing of Ben: not his id, his userId or his text anywhere in the document.
    const text = JSON.stringify(doc);
    expect(text).not.toContain(p.ben);
    expect(text).not.toContain(p.benId);
  });

  it("pages through many events in order", async () => {
    const ws = await createWorkspace(db());
    const secret = (await createWriteKey(db(), ws.workspace.id, { kind: "secret" })).key;
    const start = daysAgo(10).getTime();
    const messages = Array.from({ length: 2500 }, (_, i) =>
      trackMessage("busy", "tick", { timestamp: new Date(start + i * 1000) }),
    );
    for (let i = 0; i < messages.length; i += 500) {
      expect((await sendBatch(deps(), secret, messages.slice(i, i + 500))).status).toBe(200);
    }
    const doc = (await exportEndUser({ db: db(), workspaceId: ws.workspace.id, externalId: "busy" })) as {
      events: { timestamp: string; messageId: string }[];
      eventCount: number;
    };
    expect(doc.eventCount).toBe(2500);
    expect(doc.events).toHaveLength(2500);
    expect(new Set(doc.events.map((e) => e.messageId)).size).toBe(2500);
    const times = doc.events.map((e) => Date.parse(e.timestamp));
    expect(times).toEqual([...times].sort((a, b) => a - b));

    // Erased over two chunks of events, then the final transaction.
    const result = await eraseEndUser({
      db: db(),
      workspaceId: ws.workspace.id,
      externalId: "busy",
      actor: { kind: "system" },
    });
    expect(result.counts.events).toBe(2500);
    expect(await totals(db(), ws.workspace.id)).toMatchObject({ events: 0, users: 0, eventDaySum: 0, userDaySum: 0 });
  });
});

describe("the dashboard's download", () => {
  const download = (slug: string, userId: string, user: TestUser | null) =>
    handleDashboardExport(
      new Request(`http://cairn.test/api/workspaces/${slug}/privacy/export?userId=${encodeURIComponent(userId)}`),
      { slug },
      { ...deps(), getUser: async () => user },
    );

  it("is for signed-in admins of the workspace; the export is audited with the member", async () => {
    const p = await populate();
    const slug = p.ws.workspace.slug;
    expect((await download(slug, p.ana, null)).status).toBe(401);
    expect((await download(slug, p.ana, await createUser(db()))).status).toBe(404);
    expect((await download(slug, p.ana, p.ws.user("pm"))).status).toBe(403);
    expect((await download(slug, p.ana, p.ws.user("viewer"))).status).toBe(403);
    expect((await download(slug, "nobody", p.ws.user("admin"))).status).toBe(404);
    const reply = await download(slug, p.ana, p.ws.user("admin"));
    expect(reply.status).toBe(200);
    expect(reply.headers.get("content-type")).toMatch(/application\/json/);
    const doc = (await reply.json()) as { user: { userId: string }; events: unknown[] };
    expect(doc.user.userId).toBe(p.ana);
    expect(doc.events).toHaveLength(7);
    const audit = await db().auditEntry.findMany({
      where: { workspaceId: p.workspaceId, action: "end-user.exported" },
    });
    expect(audit).toMatchObject([{ actorUserId: p.ws.user("admin").id, target: p.ana }]);
  });
});

describe("erase", () => {
  it("removes every row of the user and nothing of another; rollups equal the remaining events; audit by the member", async () => {
    const p = await populate();
    const benBefore = await rowsOf(p, p.benId);
    const anaBefore = await rowsOf(p, p.anaId);
    expect(anaBefore.feedback).toBe(2); // her idea and her survey comment
    const admin = p.ws.user("admin");
    const acmeUses = () =>
      db()
        .featureAccount.findMany({ where: { workspaceId: p.workspaceId }, select: { uses: true } })
        .then((rows) => rows.map((r) => r.uses));
    expect(await acmeUses()).toEqual([4]); // Ana's and Ben's two reports each, all in Acme
    const result = await callerFor(admin).privacy.erase({ workspaceId: p.workspaceId, userId: p.ana });
    expect(await acmeUses()).toEqual([2]);
    expect(result.counts).toMatchObject({
      events: 7,
      eventDaysDecremented: 4, // workflow_run × 2 days, Dashboard, Report Exported
      accountDaysDecremented: 3, // Acme's 3 active days with her
      featureAccountsRecounted: 1,
      checklistProgress: 1,
      checklistCompletions: 1,
      surveyDisplays: 1,
      surveyResponses: 1,
      votes: 2,
      notifications: 1,
      feedbackAnonymized: 0,
    });
    expect(result.counts.feedbackRemoved).toBe(2);
    expect(result.counts.accountCompletionsDetached).toBe(1);

    const left = await rowsOf(p, p.anaId);
    expect(left).toEqual({
      endUser: 0,
      events: 0,
      userDays: 0,
      featureUserDays: 0,
      progress: 0,
      completions: 0,
      displays: 0,
      responses: 0,
      feedback: 0,
      votes: 0,
      notifications: 0,
    });
    expect(await rowsOf(p, p.benId)).toEqual(benBefore);
    await expectRollupsMatchEvents(p.workspaceId);

    // The account-wide completion Ana made is the account's: kept, detached from her.
    const team = await db().checklistItemCompletion.findMany({
      where: { workspaceId: p.workspaceId, subjectKey: { startsWith: "a:" } },
    });
    expect(team).toHaveLength(1);
    expect(team[0]!.endUserId).toBeNull();
    // Votes by her email went too; counts follow.
    const items = await db().roadmapItem.findMany({
      where: { workspaceId: p.workspaceId },
      select: { id: true, voteCount: true },
    });
    expect(Object.fromEntries(items.map((i) => [i.id, i.voteCount]))).toEqual({ [p.item.id]: 1, [p.other.id]: 0 });
    // Ben's duplicate of her (removed) feedback stands on its own, on her item's roadmap item.
    const benIdea = await db().feedback.findFirstOrThrow({
      where: { workspaceId: p.workspaceId, text: `Idea from ${p.ben}` },
    });
    expect(benIdea).toMatchObject({ duplicateOfId: null, status: "linked", roadmapItemId: p.item.id });
    expect(await db().feedback.count({ where: { workspaceId: p.workspaceId, text: { contains: p.ana } } })).toBe(0);
    expect(await db().feedbackTag.count({ where: { workspaceId: p.workspaceId, name: "reports" } })).toBe(0);

    const audit = await db().auditEntry.findMany({ where: { workspaceId: p.workspaceId, action: "end-user.erased" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorUserId: admin.id, actor: admin.email, target: p.ana });
    expect(audit[0]!.details).toMatchObject({ events: 7, erasedFeedback: "remove" });
    expect(JSON.stringify(audit[0]!.details)).not.toContain(p.anaEmail);

    // A second erase finds no one.
    await expectTrpcError(callerFor(admin).privacy.erase({ workspaceId: p.workspaceId, userId: p.ana }), "NOT_FOUND");
  });

  it("keeps the feedback's text, detached from the author, when the workspace says anonymize", async () => {
    const p = await populate();
    const admin = callerFor(p.ws.user("admin"));
    await admin.privacy.updateSettings({
      workspaceId: p.workspaceId,
      rawEventRetentionDays: null,
      erasedFeedback: "anonymize",
    });
    const result = await admin.privacy.erase({ workspaceId: p.workspaceId, userId: p.ana });
    expect(result.counts.feedbackRemoved).toBe(0);
    expect(result.counts.feedbackAnonymized).toBe(2);
    const idea = await db().feedback.findFirstOrThrow({
      where: { workspaceId: p.workspaceId, text: `Idea from ${p.ana}` },
      include: { tags: true },
    });
    expect(idea).toMatchObject({ endUserId: null, pageUrl: null, surveyResponseId: null, status: "linked" });
    expect(idea.tags.map((t) => t.name)).toEqual(["reports"]);
    expect(idea.searchText).not.toContain(p.anaEmail.toLowerCase());
    // The duplicate still points at the kept original.
    const benIdea = await db().feedback.findFirstOrThrow({
      where: { workspaceId: p.workspaceId, text: `Idea from ${p.ben}` },
    });
    expect(benIdea.duplicateOfId).toBe(idea.id);
    expect((await rowsOf(p, p.anaId)).endUser).toBe(0);
    await expectRollupsMatchEvents(p.workspaceId);
  });

  it("resumes after a crash between chunks, and the rollups stay consistent meanwhile", async () => {
    const p = await populate();
    // A run that died after its first chunk of 3 events.
    await db().$transaction((tx) => eraseEventChunk(tx, p.workspaceId, p.anaId, 3));
    expect(await db().event.count({ where: { workspaceId: p.workspaceId, endUserId: p.anaId } })).toBe(4);
    const eventDays = await db().eventDay.findMany({ where: { workspaceId: p.workspaceId } });
    const remaining = await db().event.count({
      where: { workspaceId: p.workspaceId, type: { in: ["track", "page"] } },
    });
    expect(eventDays.reduce((n, r) => n + r.count, 0)).toBe(remaining);
    // Every event of the fixture is in Acme: AccountDay follows the remaining events chunk by chunk.
    const accountDays = await db().accountDay.findMany({ where: { workspaceId: p.workspaceId } });
    expect(accountDays.reduce((n, r) => n + r.eventCount, 0)).toBe(remaining);
    const result = await eraseEndUser({
      db: db(),
      workspaceId: p.workspaceId,
      externalId: p.ana,
      actor: { kind: "system" },
    });
    expect(result.counts.events).toBe(4);
    expect((await rowsOf(p, p.anaId)).events).toBe(0);
    await expectRollupsMatchEvents(p.workspaceId);
  });

  it("erases an anonymous visitor by anon:<anonymousId>; a new message makes a fresh user", async () => {
    const ws = await createWorkspace(db());
    const key = (await createWriteKey(db(), ws.workspace.id)).key;
    const anonymousId = `visitor-${unique()}`;
    const anon = {
      type: "track",
      anonymousId,
      event: "viewed",
      properties: {},
      messageId: unique("m-"),
      timestamp: new Date().toISOString(),
    };
    expect((await sendBatch(deps(), key, [anon])).status).toBe(200);
    const admin = callerFor(ws.user("admin"));
    const summary = await admin.privacy.lookup({ workspaceId: ws.workspace.id, userId: `anon:${anonymousId}` });
    expect(summary.counts.events).toBe(1);
    await admin.privacy.erase({ workspaceId: ws.workspace.id, userId: `anon:${anonymousId}` });
    expect(await db().event.count({ where: { workspaceId: ws.workspace.id } })).toBe(0);
    expect(await db().eventDay.count({ where: { workspaceId: ws.workspace.id } })).toBe(0);
    expect((await sendBatch(deps(), key, [{ ...anon, messageId: unique("m-") }])).status).toBe(200);
    const again = await admin.privacy.lookup({ workspaceId: ws.workspace.id, userId: `anon:${anonymousId}` });
    expect(again.counts.events).toBe(1);
  });

  it("is for admins: pms and viewers are refused and nothing changes", async () => {
    const p = await populate();
    for (const role of ["pm", "viewer"] as const) {
      const caller = callerFor(p.ws.user(role));
      await expectTrpcError(caller.privacy.erase({ workspaceId: p.workspaceId, userId: p.ana }), "FORBIDDEN");
      await expectTrpcError(caller.privacy.lookup({ workspaceId: p.workspaceId, userId: p.ana }), "FORBIDDEN");
      await expectTrpcError(
        caller.privacy.updateSettings({
          workspaceId: p.workspaceId,
          rawEventRetentionDays: 30,
          erasedFeedback: "remove",
        }),
        "FORBIDDEN",
      );
    }
    expect((await rowsOf(p, p.anaId)).events).toBe(7);
  });

  it("an unknown userId is NOT_FOUND with a message", async () => {
    const ws = await createWorkspace(db());
    const error = await expectTrpcError(
      callerFor(ws.user("admin")).privacy.erase({ workspaceId: ws.workspace.id, userId: "nobody" }),
      "NOT_FOUND",
    );
    expect(error.message).toContain('"nobody"');
  });
});

describe("settings", () => {
  it("refuses less than 30 days, saves the rest and audits from → to", async () => {
    const ws = await createWorkspace(db());
    const admin = callerFor(ws.user("admin"));
    const workspaceId = ws.workspace.id;
    expect(await admin.privacy.settings({ workspaceId })).toEqual({
      rawEventRetentionDays: null,
      erasedFeedback: "remove",
    });
    await expectTrpcError(
      admin.privacy.updateSettings({ workspaceId, rawEventRetentionDays: 7, erasedFeedback: "remove" }),
      "BAD_REQUEST",
    );
    await admin.privacy.updateSettings({ workspaceId, rawEventRetentionDays: 90, erasedFeedback: "anonymize" });
    expect(await admin.privacy.settings({ workspaceId })).toEqual({
      rawEventRetentionDays: 90,
      erasedFeedback: "anonymize",
    });
    // Saving the same values again records nothing.
    await admin.privacy.updateSettings({ workspaceId, rawEventRetentionDays: 90, erasedFeedback: "anonymize" });
    const audit = await db().auditEntry.findMany({ where: { workspaceId, action: "privacy.settings-changed" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]!.details).toEqual({
      rawEventRetentionDays: { from: null, to: 90 },
      erasedFeedback: { from: "remove", to: "anonymize" },
    });
  });
});

describe("REST: /api/v1/users/{userId}", () => {
  const url = (userId: string, exportIt: boolean) =>
    `http://cairn.test/api/v1/users/${encodeURIComponent(userId)}${exportIt ? "/export" : ""}`;
  const get = (userId: string, key: string) =>
    handleUserExport(new Request(url(userId, true), { headers: { authorization: `Bearer ${key}` } }), deps());
  const del = (userId: string, key: string) =>
    handleUserErase(
      new Request(url(userId, false), { method: "DELETE", headers: { authorization: `Bearer ${key}` } }),
      deps(),
    );

  it("refuses the write key with 403, does not find another workspace's user, and works with the secret key", async () => {
    const p = await populate({ anaId: `ana/${unique()} ünïcødé` });
    const stranger = await createWriteKey(db(), (await createWorkspace(db())).workspace.id, { kind: "secret" });

    for (const reply of [await get(p.ana, p.writeKey), await del(p.ana, p.writeKey)]) {
      expect(reply.status).toBe(403);
      expect(((await reply.json()) as { error: { message: string } }).error.message).toMatch(/secret key/);
    }
    for (const reply of [await get(p.ana, stranger.key), await del(p.ana, stranger.key)]) {
      expect(reply.status).toBe(404);
      expect(((await reply.json()) as { error: { code: string } }).error.code).toBe("NOT_FOUND");
    }
    expect((await rowsOf(p, p.anaId)).endUser).toBe(1);

    const exported = await get(p.ana, p.secret.key);
    expect(exported.status).toBe(200);
    expect(exported.headers.get("content-disposition")).toMatch(/^attachment;/);
    const doc = (await exported.json()) as { format: string; user: { userId: string }; events: unknown[] };
    expect(doc).toMatchObject({ format: "cairn.end-user-export/1", user: { userId: p.ana } });
    expect(doc.events).toHaveLength(7);

    const erased = await del(p.ana, p.secret.key);
    expect(erased.status).toBe(200);
    expect(await erased.json()).toMatchObject({ userId: p.ana, erased: true, counts: { events: 7 } });
    expect(await rowsOf(p, p.anaId)).toMatchObject({ endUser: 0, events: 0, feedback: 0 });
    expect((await del(p.ana, p.secret.key)).status).toBe(404);

    const audit = await db().auditEntry.findMany({
      where: { workspaceId: p.workspaceId, action: { startsWith: "end-user." } },
      orderBy: { createdAt: "asc" },
      select: { action: true, actor: true, actorUserId: true, target: true },
    });
    expect(audit).toEqual([
      { action: "end-user.exported", actor: 'secret key "DSR server"', actorUserId: null, target: p.ana },
      { action: "end-user.erased", actor: 'secret key "DSR server"', actorUserId: null, target: p.ana },
    ]);
  });

  it("answers a malformed path with 400", async () => {
    const p = await populate();
    const reply = await handleUserExport(
      new Request("http://cairn.test/api/v1/users/%E0%A4%A/export", {
        headers: { authorization: `Bearer ${p.secret.key}` },
      }),
      deps(),
    );
    expect(reply.status).toBe(400);
  });
});

describe("retention", () => {
  it("deletes only raw events older than the setting, and leaves every rollup as it was", async () => {
    const p = await populate();
    const before = await readRollups(p.workspaceId);
    const events = await db().event.count({ where: { workspaceId: p.workspaceId } });
    // Off: nothing goes.
    expect(await sweepExpiredEvents({ db: db(), workspaceId: p.workspaceId, now: new Date() })).toBe(0);
    await db().workspace.update({ where: { id: p.workspaceId }, data: { rawEventRetentionDays: 30 } });
    // The 40-days-old identify, group and workflow_run of each user (3 × 2).
    expect(await sweepExpiredEvents({ db: db(), workspaceId: p.workspaceId, now: new Date() })).toBe(6);
    expect(await db().event.count({ where: { workspaceId: p.workspaceId } })).toBe(events - 6);
    const oldest = await db().event.findFirst({ where: { workspaceId: p.workspaceId }, orderBy: { timestamp: "asc" } });
    expect(oldest!.timestamp.getTime()).toBeGreaterThan(daysAgo(30).getTime());
    // Every rollup, all seven tables.
    expect(await readRollups(p.workspaceId)).toEqual(before);
    // Another workspace's old events are untouched.
    const other = await populate();
    expect(await sweepExpiredEvents({ db: db(), workspaceId: p.workspaceId, now: new Date() })).toBe(0);
    expect(await db().event.count({ where: { workspaceId: other.workspaceId } })).toBe(events);
  });
});

describe("the daily retention job", () => {
  it("is registered daily, sweeps each workspace that set a retention, and resumes after the last one it finished", async () => {
    expect(JOBS["sweep.raw-events"]?.daily).toBe("instance");
    const [a, b, off] = [await populate(), await populate(), await populate()];
    const count = (w: { workspaceId: string }) => db().event.count({ where: { workspaceId: w.workspaceId } });
    const events = await count(a);
    for (const w of [a, b])
      await db().workspace.update({ where: { id: w.workspaceId }, data: { rawEventRetentionDays: 30 } });
    const ids = [a, b, off].map((w) => w.workspaceId).sort();
    const [first] = ids.filter((id) => id !== off.workspaceId);
    const progress: unknown[] = [];
    const saveProgress = async (_done: number, _total: number, checkpoint?: unknown) => {
      progress.push(checkpoint);
    };
    // A worker that died after the first workspace: the next attempt starts after it.
    await sweepAllExpiredEvents({ db: db(), checkpoint: { after: first }, saveProgress }, ids);
    const second = first === a.workspaceId ? b : a;
    const firstOne = first === a.workspaceId ? a : b;
    expect(await count(firstOne)).toBe(events);
    expect(await count(second)).toBe(events - 6);
    await sweepAllExpiredEvents({ db: db(), checkpoint: null, saveProgress }, ids);
    expect(await count(firstOne)).toBe(events - 6);
    expect(await count(off)).toBe(events);
    expect(progress.at(-1)).toEqual({ after: ids.filter((id) => id !== off.workspaceId).at(-1) });
  });
});
