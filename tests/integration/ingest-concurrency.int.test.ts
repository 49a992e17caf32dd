// 2,000 messages split into requests sent at once (Promise.all of handleIngest). On PostgreSQL
// the transactions really interleave (a pool of connections), so lost updates or doubled rows in
// the upserts and rollups would show here; on SQLite the same test checks the writer queue.
import { describe, expect, it } from "vitest";
import { dayNumber } from "../../server/calendar/day-number";
import {
  createWorkspace,
  createWriteKey,
  identifyMessage,
  insertFeature,
  pageMessage,
  sendBatch,
  trackMessage,
  type RawMessage,
} from "../factories";
import { deps, testDb } from "./support/db";
import { totals } from "./support/totals";

const TOTAL = 2000;
const REQUESTS = 8;
const USERS = 120;
const start = Date.parse("2024-06-01T08:00:00Z");

/** Deterministic traffic: every user in every request, five days, a feature with a filter. */
function traffic(): { messages: RawMessage[]; perUserDay: Map<string, number>; csvExports: number } {
  const messages: RawMessage[] = [];
  const perUserDay = new Map<string, number>();
  let csvExports = 0;
  for (let i = 0; i < TOTAL; i++) {
    const userId = `user-${i % USERS}`;
    const timestamp = new Date(start + (i % 5) * 86_400_000 + i * 1000);
    const messageId = `race-${i}`;
    let m: RawMessage;
    if (i % 4 === 0) m = pageMessage(userId, "Dashboard", { timestamp, messageId });
    else {
      const format = i % 3 === 0 ? "csv" : "pdf";
      if (format === "csv") csvExports += 1;
      m = trackMessage(userId, "Report Exported", { timestamp, messageId, properties: { format } });
    }
    messages.push(m);
    const k = `${dayNumber(timestamp)}|${userId}`;
    perUserDay.set(k, (perUserDay.get(k) ?? 0) + 1);
  }
  return { messages, perUserDay, csvExports };
}

/** Request r gets messages r, r+8, r+16…: every request touches every user. */
function split(messages: RawMessage[], parts: number): RawMessage[][] {
  return Array.from({ length: parts }, (_, r) => messages.filter((_, i) => i % parts === r));
}

async function setup() {
  const ws = await createWorkspace(testDb());
  const workspaceId = ws.workspace.id;
  // History (timestamps older than 7 days) is sent with the secret key: a write key's window is the last 7 days.
  const key = (await createWriteKey(testDb(), workspaceId, { kind: "secret" })).key;
  await insertFeature(testDb(), workspaceId, {
    matchers: [{ event: "Report Exported", where: { key: "format", op: "equals", value: "csv" } }],
  });
  return { workspaceId, key };
}

async function expectExactly(workspaceId: string, t: ReturnType<typeof traffic>) {
  expect(await totals(testDb(), workspaceId)).toEqual({
    events: TOTAL,
    activity: TOTAL,
    users: USERS,
    accounts: 0,
    eventDaySum: TOTAL,
    userDaySum: TOTAL,
    featureUserDaySum: t.csvExports,
  });
  const rows = await testDb().userDay.findMany({
    where: { workspaceId },
    select: { day: true, eventCount: true, endUserId: true },
  });
  const users = await testDb().endUser.findMany({ where: { workspaceId }, select: { id: true, externalId: true } });
  const external = new Map(users.map((u) => [u.id, u.externalId]));
  const actual = new Map(rows.map((r) => [`${r.day}|${external.get(r.endUserId)}`, r.eventCount]));
  expect(actual).toEqual(t.perUserDay);
}

describe(`${TOTAL} messages in ${REQUESTS} concurrent requests`, () => {
  it("stores every event once, with exact rollups", async () => {
    const { workspaceId, key } = await setup();
    const t = traffic();
    const replies = await Promise.all(split(t.messages, REQUESTS).map((batch) => sendBatch(deps(), key, batch)));
    expect(replies.map((r) => r.status)).toEqual(Array(REQUESTS).fill(200));
    expect(replies.reduce((n, r) => n + r.body.stored!, 0)).toBe(TOTAL);
    await expectExactly(workspaceId, t);
  });

  it("the same messages sent twice at once are still stored once", async () => {
    const { workspaceId, key } = await setup();
    const t = traffic();
    const batches = split(t.messages, REQUESTS);
    const replies = await Promise.all([...batches, ...batches].map((batch) => sendBatch(deps(), key, batch)));
    expect(replies.map((r) => r.status)).toEqual(Array(REQUESTS * 2).fill(200));
    expect(replies.reduce((n, r) => n + r.body.stored!, 0)).toBe(TOTAL);
    expect(replies.reduce((n, r) => n + r.body.duplicates!, 0)).toBe(TOTAL);
    await expectExactly(workspaceId, t);

    // …and a third, sequential replay changes nothing either.
    for (const batch of batches) expect((await sendBatch(deps(), key, batch)).body.stored).toBe(0);
    await expectExactly(workspaceId, t);
  });

  it("concurrent identifies of one user lose no trait", async () => {
    const { workspaceId, key } = await setup();
    const replies = await Promise.all(
      Array.from({ length: REQUESTS }, (_, r) =>
        sendBatch(deps(), key, [
          identifyMessage("shared-user", { [`trait${r}`]: r }),
          trackMessage("shared-user", "Clicked"),
        ]),
      ),
    );
    expect(replies.every((r) => r.status === 200)).toBe(true);
    const user = await testDb().endUser.findUniqueOrThrow({
      where: { workspaceId_externalId: { workspaceId, externalId: "shared-user" } },
    });
    expect(user.traits).toEqual(Object.fromEntries(Array.from({ length: REQUESTS }, (_, r) => [`trait${r}`, r])));
    expect(await totals(testDb(), workspaceId)).toMatchObject({
      users: 1,
      events: REQUESTS * 2,
      userDaySum: REQUESTS,
      eventDaySum: REQUESTS,
    });
  });
});
