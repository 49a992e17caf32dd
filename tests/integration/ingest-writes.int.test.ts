// What a successful ingest stores: events, users and accounts upserted, personas, rollups in the
// same transaction, and nothing twice.
import { beforeEach, describe, expect, it } from "vitest";
import { createPersona } from "../../server/personas/personas";
import { dayNumber } from "../../server/calendar/day-number";
import {
  createWorkspace,
  createWriteKey,
  groupMessage,
  identifyMessage,
  ingest,
  insertFeature,
  pageMessage,
  sendBatch,
  trackMessage,
  type KeyStyle,
  type RawMessage,
} from "../factories";
import { deps, testDb } from "./support/db";
import { totals } from "./support/totals";

let workspaceId: string;
let key: string;

async function freshWorkspace(timeZone = "UTC") {
  const ws = await createWorkspace(testDb(), { timeZone });
  workspaceId = ws.workspace.id;
  // History (timestamps older than 7 days) is sent with the secret key: a write key's window is the last 7 days.
  key = (await createWriteKey(testDb(), workspaceId, { kind: "secret" })).key;
}

beforeEach(() => freshWorkspace());

const user = (externalId: string) =>
  testDb().endUser.findUniqueOrThrow({ where: { workspaceId_externalId: { workspaceId, externalId } } });

describe("passing the write key", () => {
  it.each<KeyStyle>(["basic", "header", "body", "bearer"])("accepts it as %s", async (style) => {
    const reply = await sendBatch(deps(), key, [trackMessage("u-key", "Clicked")], style);
    expect(reply).toMatchObject({ status: 200, body: { success: true, stored: 1 } });
    expect((await totals(testDb(), workspaceId)).events).toBe(1);
  });

  it("accepts writeKey in the body of a single-message call", async () => {
    const reply = await ingest(deps(), "track", trackMessage("u-key", "Clicked"), { key, style: "body" });
    expect(reply).toMatchObject({ status: 200, body: { stored: 1 } });
  });

  it("stores into the key's workspace only, and marks the key used", async () => {
    const other = await createWorkspace(testDb());
    await sendBatch(deps(), key, [trackMessage("u-scope", "Clicked")]);
    expect((await totals(testDb(), other.workspace.id)).events).toBe(0);
    await expect
      .poll(
        async () =>
          (await testDb().apiKey.findFirst({ where: { workspaceId }, select: { lastUsedAt: true } }))?.lastUsedAt,
      )
      .not.toBeNull();
  });
});

describe("idempotency", () => {
  const mixedBatch = (): RawMessage[] => {
    const t = new Date("2024-05-01T10:00:00Z");
    const later = (min: number) => new Date(t.getTime() + min * 60_000);
    return [
      identifyMessage("u-1", { role: "engineer" }, { timestamp: t }),
      groupMessage("u-1", "acme", { name: "Acme" }, { timestamp: later(1) }),
      trackMessage("u-1", "Report Exported", { timestamp: later(2), properties: { format: "csv" } }),
      trackMessage("u-2", "Report Exported", { timestamp: later(3) }),
      pageMessage("u-2", "Home", { timestamp: later(4) }),
      trackMessage("u-1", "Report Exported", { timestamp: new Date("2024-05-02T10:00:00Z") }),
      pageMessage("u-3", "Pricing", { timestamp: new Date("2024-05-03T10:00:00Z") }),
    ];
  };

  it("the same batch twice stores nothing twice", async () => {
    await insertFeature(testDb(), workspaceId, { matchers: [{ event: "Report Exported" }] });
    const batch = mixedBatch();
    const first = await sendBatch(deps(), key, batch);
    expect(first.body).toMatchObject({ accepted: 7, stored: 7, duplicates: 0 });
    const after1 = await totals(testDb(), workspaceId);
    expect(after1).toEqual({
      events: 7,
      activity: 5,
      users: 3,
      accounts: 1,
      eventDaySum: 5,
      userDaySum: 5,
      featureUserDaySum: 3,
    });

    const second = await sendBatch(deps(), key, batch);
    expect(second.body).toMatchObject({ accepted: 7, stored: 0, duplicates: 7 });
    expect(await totals(testDb(), workspaceId)).toEqual(after1);
  });

  it("an overlapping batch stores only the new messages and adds only them to the rollups", async () => {
    const batch = mixedBatch();
    await sendBatch(deps(), key, batch.slice(0, 5));
    const reply = await sendBatch(deps(), key, batch.slice(2));
    expect(reply.body).toMatchObject({ stored: 2, duplicates: 3 });
    const t = await totals(testDb(), workspaceId);
    expect(t).toMatchObject({ events: 7, activity: 5, eventDaySum: 5, userDaySum: 5 });
  });

  it("a messageId repeated inside one batch is stored once", async () => {
    const m = trackMessage("u-1", "Clicked", { messageId: "dup-in-batch" });
    const reply = await sendBatch(deps(), key, [m, { ...m }, { ...m }]);
    expect(reply.body).toMatchObject({ accepted: 3, stored: 1, duplicates: 2 });
    expect(await totals(testDb(), workspaceId)).toMatchObject({ events: 1, eventDaySum: 1, userDaySum: 1 });
  });

  it("messages without messageId but with a timestamp are deduplicated by content", async () => {
    const m = { type: "track", userId: "u-curl", event: "Clicked", timestamp: "2024-05-01T10:00:00Z" };
    expect((await sendBatch(deps(), key, [m])).body).toMatchObject({ stored: 1 });
    expect((await sendBatch(deps(), key, [m])).body).toMatchObject({ stored: 0, duplicates: 1 });
    expect((await ingest(deps(), "track", m, { key })).body).toMatchObject({ stored: 0, duplicates: 1 });
  });

  it("the same messageId in another workspace is another event", async () => {
    const m = trackMessage("u-1", "Clicked", { messageId: "shared-id" });
    const other = await createWorkspace(testDb());
    const otherKey = (await createWriteKey(testDb(), other.workspace.id)).key;
    expect((await sendBatch(deps(), key, [m])).body.stored).toBe(1);
    expect((await sendBatch(deps(), otherKey, [m])).body.stored).toBe(1);
  });
});

describe("end users", () => {
  it("upserts users, merging traits (latest wins, shallow) and widening firstSeen/lastSeen", async () => {
    const t0 = new Date("2024-05-01T10:00:00Z");
    const t1 = new Date("2024-05-03T10:00:00Z");
    const t2 = new Date("2024-05-05T10:00:00Z");
    await sendBatch(deps(), key, [
      identifyMessage("u-1", { plan: "free", role: "pm", company: { name: "Acme", size: 10 } }, { timestamp: t1 }),
    ]);
    // An older event arriving later moves firstSeen back; a newer identify overrides plan.
    await sendBatch(deps(), key, [
      trackMessage("u-1", "Clicked", { timestamp: t0 }),
      identifyMessage("u-1", { plan: "pro", company: { name: "Acme Inc" }, seats: null }, { timestamp: t2 }),
    ]);
    const u = await user("u-1");
    expect(u.traits).toEqual({ plan: "pro", role: "pm", company: { name: "Acme Inc" }, seats: null });
    expect(u.firstSeenAt.toISOString()).toBe(t0.toISOString());
    expect(u.lastSeenAt.toISOString()).toBe(t2.toISOString());
    expect(u.firstSeenDay).toBe(dayNumber(t0));
    expect(u.lastSeenDay).toBe(dayNumber(t2));
    expect(await testDb().endUser.count({ where: { workspaceId } })).toBe(1);
  });

  it("merges traits whose keys need quoting, alike on both databases", async () => {
    const odd = {
      "a.b": 1,
      'say "hi"': "x",
      "": "empty key",
      $: [1, { z: false }],
      "emoji 🎉": true,
      "back\\slash": 1.5,
    };
    await sendBatch(deps(), key, [identifyMessage("u-keys", odd)]);
    await sendBatch(deps(), key, [identifyMessage("u-keys", { 'say "hi"': "y", "a.b": null, extra: {} })]);
    expect((await user("u-keys")).traits).toEqual({ ...odd, 'say "hi"': "y", "a.b": null, extra: {} });
  });

  it("within one batch, traits merge in time order whatever the order of arrival", async () => {
    await sendBatch(deps(), key, [
      identifyMessage("u-1", { plan: "enterprise" }, { timestamp: "2024-05-02T00:00:00Z" }),
      identifyMessage("u-1", { plan: "free", role: "pm" }, { timestamp: "2024-05-01T00:00:00Z" }),
    ]);
    expect((await user("u-1")).traits).toEqual({ plan: "enterprise", role: "pm" });
  });

  it("keys anonymous visitors as anon:<anonymousId> and reads traits from context", async () => {
    await sendBatch(deps(), key, [
      {
        type: "page",
        anonymousId: "a-42",
        name: "Home",
        messageId: "anon-1",
        context: { traits: { source: "ads" }, locale: "de-DE" },
      },
    ]);
    const u = await user("anon:a-42");
    expect(u.traits).toEqual({ source: "ads" });
    expect(u.locale).toBe("de-DE");
  });

  it("counts days in the workspace's time zone", async () => {
    await freshWorkspace("America/Los_Angeles");
    const at = new Date("2024-01-15T07:30:00Z"); // 23:30 on the 14th in California
    await sendBatch(deps(), key, [trackMessage("u-tz", "Clicked", { timestamp: at })]);
    const event = await testDb().event.findFirstOrThrow({ where: { workspaceId } });
    expect(event.day).toBe(dayNumber(new Date("2024-01-14T12:00:00Z")));
    expect((await user("u-tz")).firstSeenDay).toBe(event.day);
    expect(await testDb().eventDay.findMany({ where: { workspaceId }, select: { day: true, count: true } })).toEqual([
      { day: event.day, count: 1 },
    ]);
  });
});

describe("accounts", () => {
  it("creates accounts from group calls and links the user and later events", async () => {
    await sendBatch(deps(), key, [
      groupMessage("u-1", "acme", { name: "Acme", plan: "growth" }, { timestamp: "2024-05-01T10:00:00Z" }),
    ]);
    await sendBatch(deps(), key, [
      trackMessage("u-1", "Clicked", { timestamp: "2024-05-02T10:00:00Z" }),
      groupMessage("u-9", "acme", { plan: "enterprise" }, { timestamp: "2024-05-03T10:00:00Z" }),
    ]);
    const account = await testDb().account.findFirstOrThrow({ where: { workspaceId, externalId: "acme" } });
    expect(account.name).toBe("Acme");
    expect(account.traits).toEqual({ name: "Acme", plan: "enterprise" });
    expect(account.firstSeenAt.toISOString()).toBe("2024-05-01T10:00:00.000Z");
    expect(account.lastSeenAt.toISOString()).toBe("2024-05-03T10:00:00.000Z");
    expect((await user("u-1")).accountId).toBe(account.id);
    expect((await user("u-9")).accountId).toBe(account.id);
    const clicked = await testDb().event.findFirstOrThrow({ where: { workspaceId, name: "Clicked" } });
    expect(clicked.accountId).toBe(account.id);
    const userDay = await testDb().userDay.findFirstOrThrow({ where: { workspaceId, endUserId: clicked.endUserId } });
    expect(userDay.accountId).toBe(account.id);
  });

  it("takes the account from context.groupId", async () => {
    await sendBatch(deps(), key, [trackMessage("u-ctx", "Clicked", { context: { groupId: "globex" } })]);
    const account = await testDb().account.findFirstOrThrow({ where: { workspaceId, externalId: "globex" } });
    expect((await user("u-ctx")).accountId).toBe(account.id);
    expect((await testDb().event.findFirstOrThrow({ where: { workspaceId } })).accountId).toBe(account.id);
  });
});

describe("personas at ingest", () => {
  it("assigns the persona on identify and changes it when the trait changes", async () => {
    const db = testDb();
    const engineer = await createPersona({
      db,
      workspaceId,
      input: { name: "Engineer", description: "", rules: [{ key: "role", op: "contains", value: "engineer" }] },
    });
    const manager = await createPersona({
      db,
      workspaceId,
      input: { name: "Manager", description: "", rules: [{ key: "role", op: "equals", value: "manager" }] },
    });
    await Promise.all([engineer.done, manager.done]);

    await sendBatch(deps(), key, [trackMessage("u-p", "Clicked")]);
    expect((await user("u-p")).personaId).toBeNull();

    await sendBatch(deps(), key, [identifyMessage("u-p", { role: "Data Engineer" })]);
    expect((await user("u-p")).personaId).toBe(engineer.persona.id);

    await ingest(deps(), "identify", identifyMessage("u-p", { role: "MANAGER" }), { key });
    expect((await user("u-p")).personaId).toBe(manager.persona.id);

    await sendBatch(deps(), key, [identifyMessage("u-p", { role: "designer" })]);
    expect((await user("u-p")).personaId).toBeNull();
  });
});

describe("rollups", () => {
  it("EventDay, UserDay and FeatureUserDay follow the stored track and page events", async () => {
    const csv = await insertFeature(testDb(), workspaceId, {
      matchers: [{ event: "Report Exported", where: { key: "format", op: "equals", value: "csv" } }],
    });
    const d1 = "2024-05-01T09:00:00Z";
    const d2 = "2024-05-02T09:00:00Z";
    const batch = [
      trackMessage("u-1", "Report Exported", { timestamp: d1, properties: { format: "CSV" } }),
      trackMessage("u-1", "Report Exported", { timestamp: d1, properties: { format: "pdf" } }),
      trackMessage("u-1", "Report Exported", { timestamp: d2, properties: { format: "csv" } }),
      trackMessage("u-2", "Report Exported", { timestamp: d2, properties: { format: "csv" } }),
      pageMessage("u-2", "Home", { timestamp: d1 }),
      pageMessage("u-2", "Home", { timestamp: d1 }),
      identifyMessage("u-2", { plan: "pro" }, { timestamp: d1 }),
      groupMessage("u-2", "acme", {}, { timestamp: d1 }),
    ];
    await sendBatch(deps(), key, batch);
    const db = testDb();
    const [day1, day2] = [dayNumber(new Date(d1)), dayNumber(new Date(d2))];
    const u1 = (await user("u-1")).id;
    const u2 = (await user("u-2")).id;

    const eventDays = await db.eventDay.findMany({
      where: { workspaceId },
      select: { day: true, name: true, count: true },
      orderBy: [{ day: "asc" }, { name: "asc" }],
    });
    expect(eventDays).toEqual([
      { day: day1, name: "$page", count: 2 },
      { day: day1, name: "Report Exported", count: 2 },
      { day: day2, name: "Report Exported", count: 2 },
    ]);
    const userDays = await db.userDay.findMany({
      where: { workspaceId },
      select: { day: true, endUserId: true, eventCount: true },
    });
    expect(new Set(userDays.map((r) => `${r.day}|${r.endUserId}|${r.eventCount}`))).toEqual(
      new Set([`${day1}|${u1}|2`, `${day1}|${u2}|2`, `${day2}|${u1}|1`, `${day2}|${u2}|1`]),
    );
    const featureDays = await db.featureUserDay.findMany({
      where: { workspaceId },
      select: { featureId: true, day: true, endUserId: true, count: true },
    });
    expect(new Set(featureDays.map((r) => `${r.featureId}|${r.day}|${r.endUserId}|${r.count}`))).toEqual(
      new Set([`${csv.id}|${day1}|${u1}|1`, `${csv.id}|${day2}|${u1}|1`, `${csv.id}|${day2}|${u2}|1`]),
    );

    const t = await totals(db, workspaceId);
    expect(t.eventDaySum).toBe(t.activity);
    expect(t.userDaySum).toBe(t.activity);
    expect(t.activity).toBe(6);
  });
});
