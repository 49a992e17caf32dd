// The malformed-input corpus, through every public endpoint's handler, on both databases (the
// integration runner runs this file on SQLite and on PostgreSQL): NUL characters, unpaired UTF-16
// surrogates and dates PostgreSQL cannot store (year 0000, year 10000 and beyond) get a 400 naming
// the field, per message in batches, and never a 500 (the widget retries 5xx, so a 500 would block
// its queue forever). The good messages of the same batch are stored.
import { beforeAll, describe, expect, it } from "vitest";
import {
  createWorkspace,
  createWriteKey,
  identifyMessage,
  ingest,
  pageMessage,
  sendBatch,
  trackMessage,
  unique,
} from "../factories";
import { fetchWidgetState } from "./support/checklists";
import { databaseKind, deps, testDb } from "./support/db";
import { askSurvey, feedbackMessage, fetchUserFeedback, insertSurvey, sendVoice } from "./support/voice";

let workspaceId: string;
let key: string;
let secret: string;

beforeAll(async () => {
  const ws = await createWorkspace(testDb());
  workspaceId = ws.workspace.id;
  key = (await createWriteKey(testDb(), workspaceId)).key;
  secret = (await createWriteKey(testDb(), workspaceId, { kind: "secret" })).key;
  await insertSurvey(testDb(), workspaceId);
});

/** Text PostgreSQL's text and jsonb refuse. */
const BAD_TEXT = {
  nul: "a\u0000b",
  "lone high surrogate": "a\ud800b",
  "lone low surrogate": "\udc00",
} as const;
/** Dates PostgreSQL's timestamp(3) refuses, or that JavaScript cannot even represent. */
const BAD_DATES = ["0000-01-01T00:00:00Z", "0000-12-31T23:59:59.999Z", "9999-12-31T23:59:59Z"];

const counts = async () => ({
  events: await testDb().event.count({ where: { workspaceId } }),
  feedback: await testDb().feedback.count({ where: { workspaceId } }),
  users: await testDb().endUser.count({ where: { workspaceId } }),
});

describe("POST /api/v1/batch and the single calls", () => {
  for (const [what, text] of Object.entries(BAD_TEXT)) {
    it(`${what} in userId, event, traits or page properties: that message is rejected, the rest stored`, async () => {
      const good = trackMessage(unique("u-"), "Good");
      const bad = [
        trackMessage(text, "E"),
        trackMessage("u", text),
        identifyMessage("u", { name: text }),
        pageMessage("u", "Home", { properties: { url: `https://x.test/${text}` } }),
        { ...trackMessage("u", "E"), anonymousId: text, userId: undefined },
      ];
      const reply = await sendBatch(deps(), key, [good, ...bad]);
      expect(reply.status, JSON.stringify(reply.body)).toBe(200);
      expect(reply.body.stored).toBe(1);
      expect(reply.body.rejected?.map((r) => r.index)).toEqual([1, 2, 3, 4, 5]);
      for (const r of reply.body.rejected ?? []) expect(r.error).toMatch(/NUL|surrogate/);
    });
  }

  for (const timestamp of BAD_DATES) {
    it(`timestamp ${timestamp} in one message of a batch: that message is rejected with a reason`, async () => {
      const before = await counts();
      const good = trackMessage(unique("u-"), "Good");
      const reply = await sendBatch(deps(), secret, [good, trackMessage("u", "Old", { timestamp })]);
      expect(reply.status, JSON.stringify(reply.body)).toBe(200);
      expect(reply.body.stored).toBe(1);
      expect(reply.body.rejected).toHaveLength(1);
      expect(reply.body.rejected?.[0]?.error).toMatch(/timestamp/);
      expect((await counts()).events).toBe(before.events + 1);
    });
  }

  it("a single call with such input is a 400, not a 500", async () => {
    for (const body of [
      { userId: "u\u0000", event: "E" },
      { userId: "u", event: "E", timestamp: "0000-01-01T00:00:00Z" },
      { userId: "u", event: "E", properties: { x: "\ud800" } },
    ]) {
      const reply = await ingest(deps(), "track", body, { key: secret });
      expect(reply.status, JSON.stringify(reply.body)).toBe(400);
    }
  });

  it.runIf(databaseKind() === "postgres")(
    "a value the database still refuses costs only its message: the rest of the batch is stored",
    async () => {
      // A trigger stands for whatever the checks before the database might miss: PostgreSQL refuses
      // this one event with a data exception (class 22), as it refused a NUL or a year-0000 date.
      const db = testDb();
      const poison = `poison_${unique().replace(/[^a-z0-9]/g, "")}`;
      await db.$executeRawUnsafe(
        `CREATE FUNCTION ${poison}() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'refused' USING ERRCODE = '22023'; END; $$ LANGUAGE plpgsql`,
      );
      await db.$executeRawUnsafe(
        `CREATE TRIGGER ${poison} BEFORE INSERT ON "Event" FOR EACH ROW WHEN (NEW."name" = '${poison}') EXECUTE FUNCTION ${poison}()`,
      );
      try {
        const before = await counts();
        const reply = await sendBatch(deps(), key, [
          trackMessage(unique("u-"), "Good"),
          trackMessage(unique("u-"), poison),
          trackMessage(unique("u-"), "Good too"),
        ]);
        expect(reply.status, JSON.stringify(reply.body)).toBe(200);
        expect(reply.body.stored).toBe(2);
        expect(reply.body.rejected?.map((r) => r.index)).toEqual([1]);
        expect(reply.body.rejected?.[0]?.error).toMatch(/cannot be stored/);
        expect((await counts()).events).toBe(before.events + 2);
        const alone = await sendBatch(deps(), key, [trackMessage(unique("u-"), poison)]);
        expect(alone.status, JSON.stringify(alone.body)).toBe(400);
      } finally {
        await db.$executeRawUnsafe(`DROP TRIGGER ${poison} ON "Event"`);
        await db.$executeRawUnsafe(`DROP FUNCTION ${poison}()`);
      }
    },
  );

  it("a key with a NUL is an unknown key (401), not a 500", async () => {
    const reply = await ingest(
      deps(),
      "batch",
      { batch: [trackMessage("u", "E")] },
      { key: "cwk_\u0000", style: "body" },
    );
    expect(reply.status, JSON.stringify(reply.body)).toBe(401);
  });
});

describe("POST /api/v1/responses", () => {
  for (const [what, text] of Object.entries(BAD_TEXT)) {
    it(`${what} in feedback text, userId, pageUrl or messageId: that message is refused (400), the rest stored`, async () => {
      const before = await counts();
      const reply = await sendVoice(
        deps(),
        [
          feedbackMessage(unique("u-"), "fine"),
          feedbackMessage("u", text),
          feedbackMessage(text, "hello"),
          feedbackMessage("u", "hello", { pageUrl: `https://x.test/${text}` }),
          feedbackMessage("u", "hello", { messageId: text }),
          feedbackMessage("u", "hello", { locale: text }),
        ],
        { key },
      );
      expect(reply.status, JSON.stringify(reply.body)).toBe(200);
      expect(reply.body.stored).toBe(1);
      expect(reply.body.rejected?.map((r) => [r.index, r.status])).toEqual([
        [1, 400],
        [2, 400],
        [3, 400],
        [4, 400],
        [5, 400],
      ]);
      expect((await counts()).feedback).toBe(before.feedback + 1);
    });
  }

  it("a year-0000 timestamp on one message is refused with a reason, the rest stored", async () => {
    const reply = await sendVoice(
      deps(),
      [feedbackMessage(unique("u-"), "fine"), feedbackMessage("u", "old", { timestamp: "0000-01-01T00:00:00Z" })],
      { key: secret },
    );
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    expect(reply.body.rejected?.[0]).toMatchObject({
      index: 1,
      status: 400,
      error: expect.stringMatching(/timestamp/),
    });
  });

  it("a batch whose only message is malformed is a 400", async () => {
    const reply = await sendVoice(deps(), [feedbackMessage("u", "a\u0000")], { key });
    expect(reply.status, JSON.stringify(reply.body)).toBe(400);
  });
});

describe("POST /api/v1/surveys/next", () => {
  for (const [what, text] of Object.entries(BAD_TEXT)) {
    it(`${what} in userId, messageId, locale or the trigger's event: 400`, async () => {
      for (const body of [
        { userId: text },
        { userId: "u", messageId: text },
        { userId: "u", locale: text },
        { userId: "u", trigger: { type: "event", event: text } },
      ]) {
        const reply = await askSurvey(deps(), body, { key });
        expect(reply.status, `${JSON.stringify(body)} → ${JSON.stringify(reply.body)}`).toBe(400);
        expect(reply.body.error?.message).toMatch(/NUL|surrogate/);
      }
    });
  }
});

describe("GET /api/v1/widget and GET /api/v1/feedback", () => {
  for (const [what, text] of Object.entries(BAD_TEXT)) {
    it(`${what} in userId or locale: 400`, async () => {
      for (const query of [{ userId: text }, { userId: "u", locale: text }] as Record<string, string>[]) {
        const state = await fetchWidgetState(deps(), query, { key });
        // URLSearchParams turns an unpaired surrogate into U+FFFD, which is storable text.
        if (what !== "nul" && state.status === 200) continue;
        expect(state.status, JSON.stringify(state.body)).toBe(400);
      }
      const list = await fetchUserFeedback(deps(), { userId: text }, { key });
      if (what === "nul") expect(list.status, JSON.stringify(list.body)).toBe(400);
      else expect(list.status).toBeLessThan(500);
    });
  }
});
