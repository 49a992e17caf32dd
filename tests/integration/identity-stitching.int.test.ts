// Identity stitching (docs/decisions/identity-stitching.md): an identify carrying both an
// anonymousId and a userId joins the visitor's anonymous history to the user, through the real
// ingest, widget and voice endpoints, on both databases.
import { describe, expect, it } from "vitest";
import { dayNumber } from "../../server/calendar/day-number";
import { eraseEndUser } from "../../server/privacy/erase-end-user";
import { rebuildRollups } from "../../server/jobs/rebuild-rollups";
import { scopedDb } from "../../server/tenant";
import {
  createWorkspace,
  createWriteKey,
  groupMessage,
  identifyMessage,
  insertFeature,
  pageMessage,
  sendBatch,
  trackMessage,
  unique,
  type RawMessage,
} from "../factories";
import { insertChecklist } from "./support/checklists";
import { deps, testDb } from "./support/db";
import { expectRollupsMatchEvents, readRollups } from "./support/rollups";
import { askSurvey, answer, feedbackMessage, insertSurvey, sendVoice } from "./support/voice";

const DAY = 86_400_000;
const now = Date.now();
const at = (daysAgo: number, minutes = 0) => new Date(now - daysAgo * DAY + minutes * 60_000);

/** A message as an anonymous visitor sends it: an anonymousId, no userId. */
function anonymous(m: RawMessage, anonymousId: string): RawMessage {
  const { userId: _userId, ...rest } = m;
  return { ...rest, anonymousId };
}

function signUp(userId: string, anonymousId: string, timestamp = new Date(), traits: Record<string, unknown> = {}) {
  return { ...identifyMessage(userId, traits, { timestamp }), anonymousId };
}

async function setUp() {
  const { workspace } = await createWorkspace(testDb());
  const { key } = await createWriteKey(testDb(), workspace.id);
  return { workspaceId: workspace.id, key };
}

async function send(key: string, messages: RawMessage[]) {
  const reply = await sendBatch(deps(), key, messages);
  expect(reply.status, JSON.stringify(reply.body)).toBe(200);
}

function user(workspaceId: string, externalId: string) {
  return testDb().endUser.findUnique({ where: { workspaceId_externalId: { workspaceId, externalId } } });
}

describe("identity stitching", () => {
  it("joins an anonymous visitor's whole history to the user who signs up", async () => {
    const { workspaceId, key } = await setUp();
    const visitor = unique("visitor-");
    const anonKey = `anon:${visitor}`;
    const feature = await insertFeature(testDb(), workspaceId, { matchers: [{ event: "workflow_run" }] });
    const checklist = await insertChecklist(testDb(), workspaceId, {
      items: [{ title: "Run", completion: { event: "workflow_run" } }],
    });
    const survey = await insertSurvey(testDb(), workspaceId);

    // The user already exists (another device), active yesterday.
    await send(key, [
      identifyMessage("ada", { name: "Ada", plan: "pro" }, { timestamp: at(1, -10) }),
      trackMessage("ada", "docs_opened", { timestamp: at(1, -5) }),
    ]);
    // Browsing anonymously: three days ago first, then yesterday (same day as the user's activity).
    await send(key, [
      anonymous(pageMessage("x", "Pricing", { timestamp: at(3) }), visitor),
      anonymous(trackMessage("x", "workflow_run", { timestamp: at(1) }), visitor),
      anonymous(
        trackMessage("x", "$checklist_seen", { timestamp: at(1, 1), properties: { checklistId: checklist.id } }),
        visitor,
      ),
      anonymous(identifyMessage("x", { name: "Visitor", referrer: "ads" }, { timestamp: at(1, 2) }), visitor),
    ]);
    const anon = (await user(workspaceId, anonKey))!;
    const ada = (await user(workspaceId, "ada"))!;
    expect(anon).not.toBeNull();

    // Voice as the widget sends it for the anonymous visitor.
    const asked = await askSurvey(deps(), { userId: anonKey }, { key });
    expect(asked.status, JSON.stringify(asked.body)).toBe(200);
    const displayId = asked.body.survey!.displayId;
    const voice = await sendVoice(
      deps(),
      [answer(anonKey, survey.id, displayId, { score: 9 }), feedbackMessage(anonKey, "Love the pricing page")],
      { key },
    );
    expect(voice.status, JSON.stringify(voice.body)).toBe(200);
    // Votes: both voted for one item (one stays), the visitor alone for another.
    const [both, theirs] = await Promise.all(
      ["Both", "Visitor's"].map((title) =>
        testDb().roadmapItem.create({ data: { workspaceId, title, voteCount: 0 }, select: { id: true } }),
      ),
    );
    await testDb().vote.createMany({
      data: [
        { workspaceId, roadmapItemId: both!.id, voterKey: `u:${anon.id}`, endUserId: anon.id },
        { workspaceId, roadmapItemId: both!.id, voterKey: `u:${ada.id}`, endUserId: ada.id },
        { workspaceId, roadmapItemId: theirs!.id, voterKey: `u:${anon.id}`, endUserId: anon.id },
      ],
    });
    await testDb().roadmapItem.update({ where: { id: both!.id }, data: { voteCount: 2 } });
    await testDb().roadmapItem.update({ where: { id: theirs!.id }, data: { voteCount: 1 } });
    const eventsBefore = await testDb().event.count({ where: { workspaceId } });

    // Sign-up: the identify carries both ids.
    await send(key, [signUp("ada", visitor, at(0), { email: "ada@example.test" })]);

    expect(await user(workspaceId, anonKey)).toBeNull();
    const merged = (await user(workspaceId, "ada"))!;
    expect(merged.id).toBe(ada.id);
    expect(await testDb().event.count({ where: { workspaceId, endUserId: ada.id } })).toBe(eventsBefore + 1);
    expect(await testDb().event.count({ where: { workspaceId, endUserId: anon.id } })).toBe(0);
    expect(merged.firstSeenAt.getTime()).toBe(at(3).getTime());
    expect(merged.firstSeenDay).toBe(dayNumber(at(3), "UTC"));
    // The user's traits win; the visitor's fill what the user lacked.
    expect(merged.traits).toEqual({ name: "Ada", plan: "pro", email: "ada@example.test", referrer: "ads" });

    const userDays = await testDb().userDay.findMany({ where: { workspaceId }, orderBy: { day: "asc" } });
    expect(userDays.map((d) => [d.day, d.endUserId, d.eventCount])).toEqual([
      [dayNumber(at(3), "UTC"), ada.id, 1],
      [dayNumber(at(1), "UTC"), ada.id, 3],
    ]);
    const featureDays = await testDb().featureUserDay.findMany({ where: { workspaceId, featureId: feature.id } });
    expect(featureDays.map((d) => [d.endUserId, d.count])).toEqual([[ada.id, 1]]);

    const progress = await testDb().checklistProgress.findMany({ where: { workspaceId, checklistId: checklist.id } });
    expect(progress.map((p) => p.endUserId)).toEqual([ada.id]);
    expect(progress[0]!.seenAt).not.toBeNull();
    const completions = await testDb().checklistItemCompletion.findMany({ where: { workspaceId } });
    expect(completions.map((c) => [c.subjectKey, c.endUserId, c.completedAt.getTime()])).toEqual([
      [`u:${ada.id}`, ada.id, at(1).getTime()],
    ]);

    expect(await testDb().surveyDisplay.count({ where: { workspaceId, endUserId: ada.id } })).toBe(1);
    expect(await testDb().surveyResponse.count({ where: { workspaceId, endUserId: ada.id } })).toBe(1);
    const feedback = await testDb().feedback.findMany({ where: { workspaceId } });
    expect(feedback.map((f) => f.endUserId)).toEqual([ada.id]);

    const votes = await testDb().vote.findMany({ where: { workspaceId }, orderBy: { roadmapItemId: "asc" } });
    expect(votes.every((v) => v.endUserId === ada.id && v.voterKey === `u:${ada.id}`)).toBe(true);
    expect(votes.length).toBe(2);
    const items = await testDb().roadmapItem.findMany({
      where: { workspaceId },
      select: { id: true, voteCount: true },
    });
    expect(new Map(items.map((i) => [i.id, i.voteCount]))).toEqual(
      new Map([
        [both!.id, 1],
        [theirs!.id, 1],
      ]),
    );

    // Later messages with only the anonymousId land on the user.
    await send(key, [anonymous(pageMessage("x", "Docs", { timestamp: at(0, 1) }), visitor)]);
    expect(await user(workspaceId, anonKey)).toBeNull();
    expect(await testDb().event.count({ where: { workspaceId, endUserId: ada.id, name: "$page" } })).toBe(2);

    // The same identify again (a new messageId) changes nothing.
    const link = await testDb().anonymousId.findUniqueOrThrow({
      where: { workspaceId_anonymousId: { workspaceId, anonymousId: visitor } },
    });
    expect(link).toMatchObject({ endUserId: ada.id, userId: "ada" });
    await send(key, [signUp("ada", visitor, at(0, 2))]);
    expect(
      await testDb().anonymousId.findUniqueOrThrow({
        where: { workspaceId_anonymousId: { workspaceId, anonymousId: visitor } },
      }),
    ).toEqual(link);
    expect(await testDb().endUser.count({ where: { workspaceId } })).toBe(1);
    await expectRollupsMatchEvents(workspaceId);
  });

  it("joins within one batch: the visitor's earlier messages never make an anonymous user", async () => {
    const { workspaceId, key } = await setUp();
    const visitor = unique("visitor-");
    await send(key, [
      anonymous(pageMessage("x", "Home", { timestamp: at(0, -3) }), visitor),
      signUp("bo", visitor, at(0, -2)),
      anonymous(pageMessage("x", "Docs", { timestamp: at(0, -1) }), visitor),
    ]);
    const users = await testDb().endUser.findMany({ where: { workspaceId } });
    expect(users.map((u) => u.externalId)).toEqual(["bo"]);
    expect(users[0]!.firstSeenAt.getTime()).toBe(at(0, -3).getTime());
    expect(await testDb().event.count({ where: { workspaceId, endUserId: users[0]!.id } })).toBe(3);
  });

  it("an alias (previousId → userId) joins like an identify, in a later batch too", async () => {
    const { workspaceId, key } = await setUp();
    const visitor = unique("visitor-");
    await send(key, [
      anonymous(pageMessage("x", "Pricing", { timestamp: at(2) }), visitor),
      anonymous(trackMessage("x", "Trial Started", { timestamp: at(1) }), visitor),
    ]);
    await send(key, [
      { type: "alias", previousId: visitor, userId: "cy", messageId: unique("alias-"), timestamp: at(0).toISOString() },
    ]);
    const users = await testDb().endUser.findMany({ where: { workspaceId } });
    expect(users.map((u) => u.externalId)).toEqual(["cy"]);
    expect(users[0]!.firstSeenAt.getTime()).toBe(at(2).getTime());
    const names = await testDb().event.findMany({
      where: { workspaceId, endUserId: users[0]!.id },
      orderBy: { timestamp: "asc" },
      select: { name: true },
    });
    expect(names.map((e) => e.name)).toEqual(["$page", "Trial Started", "$alias"]);
    await send(key, [anonymous(trackMessage("x", "Came back", { timestamp: at(0, 1) }), visitor)]);
    expect(await testDb().event.count({ where: { workspaceId, endUserId: users[0]!.id } })).toBe(4);
  });

  it("a second identity does not take the anonymousId: later anonymous messages stay with the first user", async () => {
    const { workspaceId, key } = await setUp();
    const visitor = unique("shared-computer-");
    await send(key, [anonymous(pageMessage("x", "Home", { timestamp: at(2) }), visitor)]);
    await send(key, [signUp("first", visitor, at(1))]);
    await send(key, [signUp("second", visitor, at(0, -5))]);
    await send(key, [anonymous(pageMessage("x", "Later", { timestamp: at(0) }), visitor)]);

    const first = (await user(workspaceId, "first"))!;
    const second = (await user(workspaceId, "second"))!;
    expect(await testDb().event.count({ where: { workspaceId, endUserId: first.id } })).toBe(3);
    // The second user has their identify only, and their own first seen.
    expect(await testDb().event.count({ where: { workspaceId, endUserId: second.id } })).toBe(1);
    expect(second.firstSeenAt.getTime()).toBe(at(0, -5).getTime());
    expect(first.firstSeenAt.getTime()).toBe(at(2).getTime());
    expect(
      await testDb().anonymousId.findUniqueOrThrow({
        where: { workspaceId_anonymousId: { workspaceId, anonymousId: visitor } },
      }),
    ).toMatchObject({ endUserId: first.id, userId: "first" });
  });

  it("the same anonymousId in another workspace is untouched", async () => {
    const a = await setUp();
    const b = await setUp();
    const visitor = unique("visitor-");
    await send(a.key, [anonymous(pageMessage("x", "Home", { timestamp: at(1) }), visitor)]);
    await send(b.key, [anonymous(pageMessage("x", "Home", { timestamp: at(1) }), visitor)]);
    await send(a.key, [signUp("cy", visitor, at(0))]);

    expect(await user(a.workspaceId, `anon:${visitor}`)).toBeNull();
    const other = (await user(b.workspaceId, `anon:${visitor}`))!;
    expect(other).not.toBeNull();
    expect(await testDb().event.count({ where: { workspaceId: b.workspaceId, endUserId: other.id } })).toBe(1);
    expect(
      await testDb().anonymousId.findUniqueOrThrow({
        where: { workspaceId_anonymousId: { workspaceId: b.workspaceId, anonymousId: visitor } },
      }),
    ).toMatchObject({ endUserId: null, userId: null });
    await send(b.key, [anonymous(pageMessage("x", "Again", { timestamp: at(0) }), visitor)]);
    expect(await testDb().event.count({ where: { workspaceId: b.workspaceId, endUserId: other.id } })).toBe(2);
  });

  it("batches racing on one visitor: one user, every event on it, rollups adding up", async () => {
    const { workspaceId, key } = await setUp();
    const visitors = Array.from({ length: 3 }, () => unique("racer-"));
    const anonPages = (round: number) =>
      visitors.map((v, i) => anonymous(pageMessage("x", `P${round}`, { timestamp: at(0, -60 + round * 3 + i) }), v));
    // History first, then at once: identifies of each visitor (the same user twice per visitor,
    // in different batches) mixed with anonymous batches.
    await send(key, anonPages(0));
    const batches: RawMessage[][] = [];
    for (let round = 1; round <= 6; round++) {
      const identifies =
        round % 2 === 0 ? visitors.map((v, i) => signUp(`racer-user-${i}`, v, at(0, -30 + round))) : [];
      batches.push([...anonPages(round), ...identifies]);
    }
    await Promise.all(batches.map((b) => send(key, b)));
    await send(key, anonPages(7));

    const users = await testDb().endUser.findMany({ where: { workspaceId }, orderBy: { externalId: "asc" } });
    expect(users.map((u) => u.externalId)).toEqual(["racer-user-0", "racer-user-1", "racer-user-2"]);
    const events = await testDb().event.groupBy({ by: ["endUserId"], where: { workspaceId }, _count: true });
    // Eight rounds of pages and three identifies per visitor.
    expect(events.map((e) => e._count).sort()).toEqual([11, 11, 11]);
    expect(new Set(events.map((e) => e.endUserId))).toEqual(new Set(users.map((u) => u.id)));
    const days = await testDb().userDay.groupBy({
      by: ["endUserId"],
      where: { workspaceId },
      _sum: { eventCount: true },
    });
    expect(days.map((d) => d._sum.eventCount)).toEqual([8, 8, 8]);
    const links = await testDb().anonymousId.findMany({ where: { workspaceId } });
    expect(links.every((l) => l.userId?.startsWith("racer-user-"))).toBe(true);
    await expectRollupsMatchEvents(workspaceId);
  });

  it("leaves every rollup equal to a recount, accounts and features included, and a rebuild changes no count", async () => {
    const { workspaceId, key } = await setUp();
    const visitor = unique("visitor-");
    await insertFeature(testDb(), workspaceId, { matchers: [{ event: "workflow_run" }] });
    await send(key, [
      identifyMessage("bo", { plan: "pro" }, { timestamp: at(2, -10) }),
      groupMessage("bo", "acme", {}, { timestamp: at(2, -9) }),
      trackMessage("bo", "workflow_run", { timestamp: at(2) }),
      trackMessage("bo", "workflow_run", { timestamp: at(1) }),
    ]);
    await send(key, [
      anonymous(trackMessage("x", "workflow_run", { timestamp: at(3) }), visitor),
      anonymous(trackMessage("x", "workflow_run", { timestamp: at(1, 5) }), visitor),
      anonymous(pageMessage("x", "Pricing", { timestamp: at(1, 6) }), visitor),
    ]);
    await expectRollupsMatchEvents(workspaceId);
    await send(key, [signUp("bo", visitor, at(0)), trackMessage("bo", "workflow_run", { timestamp: at(0, 1) })]);
    expect(await user(workspaceId, `anon:${visitor}`)).toBeNull();
    await expectRollupsMatchEvents(workspaceId);

    const { userDayAccount: _ingested, ...counted } = await readRollups(workspaceId);
    const job = {
      workspaceId,
      id: "t",
      kind: "recompute.rollups",
      payload: {},
      checkpoint: null,
      attempts: 1,
      maxAttempts: 1,
      leasedBy: "t",
    };
    await rebuildRollups({
      db: scopedDb(testDb(), workspaceId),
      job,
      checkpoint: null,
      saveProgress: async () => undefined,
      signal: new AbortController().signal,
    });
    const { userDayAccount: _rebuilt, ...recounted } = await readRollups(workspaceId);
    expect(recounted).toEqual(counted);
  });

  it("erasing the user forgets the join: the visitor's next anonymous message starts afresh", async () => {
    const { workspaceId, key } = await setUp();
    const visitor = unique("visitor-");
    await send(key, [anonymous(pageMessage("x", "Home", { timestamp: at(1) }), visitor)]);
    await send(key, [signUp("dee", visitor, at(0, -5))]);
    await eraseEndUser({ db: testDb(), workspaceId, externalId: "dee", actor: { kind: "system" } });
    expect(await testDb().anonymousId.count({ where: { workspaceId } })).toBe(0);

    await send(key, [anonymous(pageMessage("x", "Again", { timestamp: at(0) }), visitor)]);
    expect(await user(workspaceId, "dee")).toBeNull();
    const fresh = (await user(workspaceId, `anon:${visitor}`))!;
    expect(await testDb().event.count({ where: { workspaceId, endUserId: fresh.id } })).toBe(1);
    await expectRollupsMatchEvents(workspaceId);
  });
});
