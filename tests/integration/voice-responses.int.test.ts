// POST /api/v1/responses end to end through its handler: every refusal has its status and message
// and writes nothing, each message of a batch gets its own verdict, answers and feedback are stored
// with who sent them, and repeats (sequential or concurrent) are stored once.
import { beforeEach, describe, expect, it } from "vitest";
import { OPTIONS } from "../../app/api/v1/responses/route";
import { MAX_BATCH_MESSAGES, MAX_BODY_BYTES } from "../../server/ingest/schemas";
import { DAY_MS } from "../../server/calendar/day-number";
import type { ApiDeps } from "../../server/http/deps";
import { createWorkspace, createWriteKey, groupMessage, identifyMessage, insertPersona, sendBatch } from "../factories";
import { deps, testDb } from "./support/db";
import {
  answer,
  askSurvey,
  dismissal,
  feedbackMessage,
  insertSurvey,
  sendVoice,
  type SurveyRowInput,
} from "./support/voice";

let workspaceId: string;
let key: string;
let clock: Date;
let npsId: string;
let personaId: string;

const vdeps = (): ApiDeps => ({ ...deps(), now: () => clock });
const send = (batch: unknown[] | string, opts: { key?: string | null } = {}) =>
  sendVoice(vdeps(), batch, { key: opts.key === null ? undefined : (opts.key ?? key) });
const survey = (input: SurveyRowInput = {}) => insertSurvey(testDb(), workspaceId, input);

beforeEach(async () => {
  const ws = await createWorkspace(testDb());
  workspaceId = ws.workspace.id;
  await testDb().workspace.update({ where: { id: workspaceId }, data: { recontactDays: 0 } });
  key = (await createWriteKey(testDb(), workspaceId)).key;
  personaId = (
    await insertPersona(testDb(), workspaceId, {
      name: "Engineer",
      rules: [{ key: "role", op: "equals", value: "engineer" }],
    })
  ).id;
  clock = new Date(Date.now());
  npsId = (await survey({ recurrenceDays: 1 })).id;
  const at = new Date(clock.getTime() - 30 * DAY_MS);
  // History (30 days back) comes from a server: the secret key.
  const serverKey = (await createWriteKey(testDb(), workspaceId, { kind: "secret" })).key;
  const reply = await sendBatch(deps(), serverKey, [
    identifyMessage("ana", { role: "engineer", name: "Ana Ruiz", email: "ana@acme.test" }, { timestamp: at }),
    groupMessage("ana", "acme", { name: "Acme Corp", plan: "pro" }, { timestamp: at }),
    identifyMessage("ben", { name: "Ben" }, { timestamp: at }),
  ]);
  expect(reply.status).toBe(200);
});

/** A display of `surveyId` recorded for `userId` through /surveys/next (the only survey it can pick). */
async function displayFor(userId: string, surveyId = npsId): Promise<string> {
  const reply = await askSurvey(vdeps(), { userId }, { key });
  expect(reply.body.survey?.surveyId, JSON.stringify(reply.body)).toBe(surveyId);
  return reply.body.survey!.displayId;
}

const counts = async () => ({
  responses: await testDb().surveyResponse.count({ where: { workspaceId } }),
  feedback: await testDb().feedback.count({ where: { workspaceId } }),
  users: await testDb().endUser.count({ where: { workspaceId } }),
});
const endUser = (externalId: string) =>
  testDb().endUser.findUnique({ where: { workspaceId_externalId: { workspaceId, externalId } } });

async function refused(batch: unknown[] | string, status: number, message: RegExp, opts: { key?: string | null } = {}) {
  const before = await counts();
  const reply = await send(batch, opts);
  expect(reply.status, JSON.stringify(reply.body)).toBe(status);
  expect(reply.body.error?.message).toMatch(message);
  expect(await counts()).toEqual(before);
  return reply;
}

describe("the request", () => {
  it("401 without a key or with an unknown one", async () => {
    const display = await displayFor("ana");
    await refused([answer("ana", npsId, display, { score: 9 })], 401, /Missing write key/, { key: null });
    await refused([answer("ana", npsId, display, { score: 9 })], 401, /Unknown or revoked write key/, {
      key: "cwk_nope",
    });
  });

  it("400 for malformed JSON or a body without a batch array", async () => {
    await refused('{"batch": [', 400, /Malformed JSON/);
    await refused(JSON.stringify({ writeKey: key, messages: [] }), 400, /"batch" array/);
  });

  it(`413 over ${MAX_BODY_BYTES / 1024} KB or ${MAX_BATCH_MESSAGES} messages`, async () => {
    await refused(
      [feedbackMessage("ana", "x".repeat(4000))].concat(
        Array.from({ length: 130 }, () => feedbackMessage("ana", "y".repeat(4000))),
      ),
      413,
      /larger than 512 KB/,
    );
    await refused(
      Array.from({ length: MAX_BATCH_MESSAGES + 1 }, () => feedbackMessage("ana", "hi")),
      413,
      /at most 500 messages/,
    );
  });

  it("accepts the widget's text/plain body, answers with CORS, and OPTIONS is a preflight", async () => {
    const reply = await sendVoice(vdeps(), [feedbackMessage("ana", "Nice")], {
      key,
      contentType: "text/plain;charset=UTF-8",
    });
    expect(reply.status).toBe(200);
    expect(reply.headers.get("access-control-allow-origin")).toBe("*");
    expect(OPTIONS().status).toBe(204);
  });

  it("an empty batch is accepted with nothing stored", async () => {
    expect((await send([])).body).toEqual({ success: true, accepted: 0, stored: 0, duplicates: 0, rejected: [] });
  });
});

describe("survey answers refused", () => {
  it("a score off the kind's scale, a missing or fractional score → 400 naming the scale", async () => {
    const display = await displayFor("ana");
    await refused(
      [answer("ana", npsId, display, { score: 11 })],
      400,
      /NPS score must be an integer from 0 to 10 \(got 11\)/,
    );
    await refused([answer("ana", npsId, display, { score: -1 })], 400, /from 0 to 10/);
    await refused([answer("ana", npsId, display, { score: 7.5 })], 400, /integer/);
    await refused(
      [answer("ana", npsId, display, { comment: "no score" })],
      400,
      /NPS answer needs a score from 0 to 10/,
    );
    await refused([answer("ana", npsId, display, { score: "9" })], 400, /score must be a number/);
    await testDb().survey.update({ where: { id: npsId }, data: { kind: "csat" } });
    await refused([answer("ana", npsId, display, { score: 6 })], 400, /CSAT score must be an integer from 1 to 5/);
    await testDb().survey.update({ where: { id: npsId }, data: { kind: "ces" } });
    await refused([answer("ana", npsId, display, { score: 0 })], 400, /CES score must be an integer from 1 to 7/);
  });

  it("an unknown survey → 404", async () => {
    const display = await displayFor("ana");
    await refused([answer("ana", "no-such-survey", display, { score: 9 })], 404, /Unknown survey "no-such-survey"/);
  });

  it("an answer without a display → 404", async () => {
    await refused(
      [answer("ana", npsId, "no-such-display", { score: 9 })],
      404,
      /Unknown display "no-such-display".*answer without display/,
    );
  });

  it("an oversized comment is refused, not truncated", async () => {
    const display = await displayFor("ana");
    await refused(
      [answer("ana", npsId, display, { score: 9, comment: "x".repeat(5001) })],
      400,
      /comment is longer than 5,000 characters/,
    );
    const ok = await send([answer("ana", npsId, display, { score: 9, comment: "x".repeat(5000) })]);
    expect(ok.body.stored).toBe(1);
  });

  it("a display shown to another user, or of another survey → 409; an unknown user → 404", async () => {
    const display = await displayFor("ana");
    await refused([answer("ben", npsId, display, { score: 9 })], 409, /was shown to another user than "ben"/);
    const other = await survey({ status: "paused" });
    await refused([answer("ana", other.id, display, { score: 9 })], 409, /is of another survey/);
    await refused([answer("ghost", npsId, display, { score: 9 })], 404, /Unknown user "ghost"/);
  });

  it("a second answer to a display → 409, the first one kept", async () => {
    const display = await displayFor("ana");
    expect((await send([answer("ana", npsId, display, { score: 9 })])).body.stored).toBe(1);
    await refused([answer("ana", npsId, display, { score: 2 })], 409, /already answered: one response per display/);
    expect((await testDb().surveyResponse.findUniqueOrThrow({ where: { displayId: display } })).score).toBe(9);
  });

  it("a survey asked once, answered through another display → 409", async () => {
    const once = await survey({ kind: "csat", status: "paused" });
    const ana = await endUser("ana");
    const [d1, d2] = await Promise.all(
      [1, 2].map((i) =>
        testDb().surveyDisplay.create({
          data: { workspaceId, surveyId: once.id, endUserId: ana!.id, shownAt: new Date(clock.getTime() - i * 1000) },
        }),
      ),
    );
    expect((await send([answer("ana", once.id, d1!.id, { score: 4 })])).body.stored).toBe(1);
    await refused(
      [answer("ana", once.id, d2!.id, { score: 5 })],
      409,
      /already answered survey .*, which is asked once/,
    );
  });

  it("an open question needs a comment and takes no score", async () => {
    await testDb().survey.update({ where: { id: npsId }, data: { kind: "open" } });
    const display = await displayFor("ana");
    await refused([answer("ana", npsId, display, { comment: "   " })], 400, /open survey needs a non-empty comment/);
    await refused([answer("ana", npsId, display, { score: 3, comment: "x" })], 400, /takes no score/);
    expect((await send([answer("ana", npsId, display, { comment: "More exports" })])).body.stored).toBe(1);
  });

  it("each message has its own verdict; when all are refused the first refusal's status answers", async () => {
    const display = await displayFor("ana");
    const good = feedbackMessage("ana", "Works well");
    const bad = answer("ana", npsId, display, { score: 42 });
    const mixed = await send([good, bad]);
    expect(mixed.status).toBe(200);
    expect(mixed.body).toMatchObject({ success: true, accepted: 1, stored: 1, duplicates: 0 });
    expect(mixed.body.rejected).toEqual([
      { index: 1, messageId: bad.messageId, status: 400, error: expect.stringMatching(/from 0 to 10/) },
    ]);

    const allBad = await refused(
      [answer("ana", "nope", display, { score: 9 }), bad, { type: "vote", messageId: "v1" }],
      404,
      /No message accepted \(3 refused\); the first: Unknown survey "nope"/,
    );
    expect(allBad.body.error!.code).toBe("NOT_FOUND");
    expect(allBad.body.error!.issues!.map((i) => i.path)).toEqual(["batch.0", "batch.1", "batch.2"]);
    expect(allBad.body.error!.issues![2]!.message).toMatch(
      /type must be one of survey_response, survey_dismiss, feedback/,
    );
  });
});

describe("survey answers stored", () => {
  it("stores the answer with the author's account, persona and locale, and its comment as inbox feedback", async () => {
    const display = await displayFor("ana");
    const shownAt = clock;
    clock = new Date(clock.getTime() + 60 * 60_000);
    // Answered offline 10 minutes after the display, sent an hour later: keeps its own time.
    const answeredAt = new Date(shownAt.getTime() + 10 * 60_000);
    const reply = await send([
      answer("ana", npsId, display, {
        score: 9,
        comment: "  Fast and clear  ",
        locale: "fr-FR",
        timestamp: answeredAt.toISOString(),
      }),
    ]);
    expect(reply.body).toEqual({ success: true, accepted: 1, stored: 1, duplicates: 0, rejected: [] });
    const ana = (await endUser("ana"))!;
    expect(ana.personaId).toBe(personaId);
    const response = await testDb().surveyResponse.findUniqueOrThrow({ where: { displayId: display } });
    expect(response).toMatchObject({
      surveyId: npsId,
      endUserId: ana.id,
      accountId: ana.accountId,
      personaId,
      score: 9,
      comment: "Fast and clear",
      locale: "fr",
      createdAt: answeredAt,
    });
    const feedback = await testDb().feedback.findUniqueOrThrow({ where: { surveyResponseId: response.id } });
    expect(feedback).toMatchObject({
      source: "survey",
      text: "Fast and clear",
      status: "new",
      endUserId: ana.id,
      accountId: ana.accountId,
      personaId,
      locale: "fr",
      createdAt: answeredAt,
      searchText: "fast and clear • ana • ana ruiz • ana@acme.test • acme corp",
    });
  });

  it("the answer's time is kept inside [shown, now]; no comment, no feedback", async () => {
    const display = await displayFor("ana");
    const before = new Date(clock.getTime() - DAY_MS).toISOString();
    await send([answer("ana", npsId, display, { score: 3, timestamp: before })]);
    const response = await testDb().surveyResponse.findUniqueOrThrow({ where: { displayId: display } });
    expect(response.createdAt).toEqual(clock);
    expect(response.comment).toBeNull();
    expect(response.locale).toBe("en");
    expect(await testDb().feedback.count({ where: { workspaceId } })).toBe(0);
  });

  it("the same batch twice is stored once", async () => {
    const display = await displayFor("ana");
    const batch = [
      answer("ana", npsId, display, { score: 10, comment: "Love it" }),
      feedbackMessage("ben", "Dark mode please", { category: "idea" }),
    ];
    expect((await send(batch)).body).toMatchObject({ accepted: 2, stored: 2, duplicates: 0 });
    expect((await send(batch)).body).toEqual({ success: true, accepted: 2, stored: 0, duplicates: 2, rejected: [] });
    expect(await counts()).toMatchObject({ responses: 1, feedback: 2 });
  });

  it("concurrent copies of one answer store one response and one feedback, with no error", async () => {
    const display = await displayFor("ana");
    const message = answer("ana", npsId, display, { score: 8, comment: "Good" });
    const replies = await Promise.all([1, 2, 3, 4].map(() => send([message])));
    for (const r of replies) expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(replies.reduce((n, r) => n + (r.body.stored ?? 0), 0)).toBe(1);
    expect(await counts()).toMatchObject({ responses: 1, feedback: 1 });
  });
});

describe("dismissals", () => {
  it("record when the survey was closed; again, or after an answer, is a duplicate", async () => {
    const display = await displayFor("ana");
    const at = new Date(clock.getTime() + 5_000);
    clock = new Date(clock.getTime() + 60_000);
    expect((await send([dismissal("ana", npsId, display, { timestamp: at.toISOString() })])).body).toMatchObject({
      stored: 1,
    });
    expect((await testDb().surveyDisplay.findUniqueOrThrow({ where: { id: display } })).dismissedAt).toEqual(at);
    expect((await send([dismissal("ana", npsId, display)])).body).toMatchObject({ stored: 0, duplicates: 1 });
    expect((await testDb().surveyDisplay.findUniqueOrThrow({ where: { id: display } })).dismissedAt).toEqual(at);

    clock = new Date(clock.getTime() + 2 * DAY_MS);
    const answered = await displayFor("ana");
    await send([answer("ana", npsId, answered, { score: 7 })]);
    expect((await send([dismissal("ana", npsId, answered)])).body).toMatchObject({ stored: 0, duplicates: 1 });
    expect((await testDb().surveyDisplay.findUniqueOrThrow({ where: { id: answered } })).dismissedAt).toBeNull();
  });

  it("are refused for an unknown survey or display, or another user's display", async () => {
    const display = await displayFor("ana");
    await refused([dismissal("ana", "nope", display)], 404, /Unknown survey/);
    await refused([dismissal("ana", npsId, "nope")], 404, /Unknown display/);
    await refused([dismissal("ben", npsId, display)], 409, /another user/);
    expect((await testDb().surveyDisplay.findUniqueOrThrow({ where: { id: display } })).dismissedAt).toBeNull();
  });
});

describe("feedback", () => {
  it("is stored with the author's account and persona, the page, category, locale and search text", async () => {
    const message = feedbackMessage("ana", "  The export to CSV fails on big tables  ", {
      category: "problem",
      pageUrl: "https://app.acme.test/reports?id=4",
      locale: "de",
    });
    expect((await send([message])).body.stored).toBe(1);
    const ana = (await endUser("ana"))!;
    const row = await testDb().feedback.findFirstOrThrow({
      where: { workspaceId, messageId: message.messageId as string },
    });
    expect(row).toMatchObject({
      source: "widget",
      text: "The export to CSV fails on big tables",
      category: "problem",
      status: "new",
      endUserId: ana.id,
      accountId: ana.accountId,
      personaId,
      pageUrl: "https://app.acme.test/reports?id=4",
      locale: "de",
      surveyResponseId: null,
      searchText: "the export to csv fails on big tables • problem • ana • ana ruiz • ana@acme.test • acme corp",
    });
    expect(row.accountId).not.toBeNull();
  });

  it("bad input → 400 with what is wrong, nothing stored", async () => {
    await refused([feedbackMessage("ana", "   ")], 400, /text is empty/);
    await refused([feedbackMessage("ana", "x".repeat(5001))], 400, /text is longer than 5,000 characters/);
    await refused(
      [feedbackMessage("ana", "hi", { category: "rant" })],
      400,
      /category must be one of idea, problem, praise, question/,
    );
    await refused(
      [feedbackMessage("ana", "hi", { pageUrl: "https://x.test/" + "p".repeat(2000) })],
      400,
      /pageUrl is longer than 2,000 characters/,
    );
    await refused([feedbackMessage("", "hi")], 400, /userId is required/);
    await refused([{ ...feedbackMessage("ana", "hi"), messageId: undefined }], 400, /messageId is required/);
  });

  it("from a user not identified yet creates the user; their identify fills them in later", async () => {
    const sentAt = new Date(clock.getTime() - 60_000);
    const message = feedbackMessage("newbie", "Where is the API key?", {
      category: "question",
      timestamp: sentAt.toISOString(),
    });
    expect((await send([message])).body.stored).toBe(1);
    const created = (await endUser("newbie"))!;
    expect(created).toMatchObject({
      traits: {},
      accountId: null,
      personaId: null,
      firstSeenAt: sentAt,
      lastSeenAt: sentAt,
    });
    const row = await testDb().feedback.findFirstOrThrow({
      where: { workspaceId, messageId: message.messageId as string },
    });
    expect(row.endUserId).toBe(created.id);

    const identified = [
      identifyMessage("newbie", { role: "engineer", name: "Nora Newbie" }),
      groupMessage("newbie", "acme-early", { name: "Acme Early", plan: "pro" }),
    ];
    expect((await sendBatch(deps(), key, identified)).status).toBe(200);
    const filled = await endUser("newbie");
    expect(filled).toMatchObject({ id: created.id, traits: { role: "engineer", name: "Nora Newbie" }, personaId });
    // The feedback sent before the identify now carries the persona and account it settled, and
    // the inbox finds it by the author's name.
    const claimed = await testDb().feedback.findFirstOrThrow({
      where: { workspaceId, messageId: message.messageId as string },
    });
    expect(claimed).toMatchObject({ personaId, accountId: filled!.accountId });
    expect(claimed.accountId).not.toBeNull();
    expect(claimed.searchText).toContain("nora newbie");
    expect(claimed.searchText).toContain("acme early");
  });

  it("concurrent copies of one message, and concurrent messages of one new user, store once each", async () => {
    const message = feedbackMessage("racer", "Same text");
    const replies = await Promise.all([1, 2, 3].map(() => send([message])));
    for (const r of replies) expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(replies.reduce((n, r) => n + (r.body.stored ?? 0), 0)).toBe(1);
    const others = await Promise.all([1, 2, 3].map((i) => send([feedbackMessage("racer-2", `Message ${i}`)])));
    for (const r of others) expect(r.body.stored, JSON.stringify(r.body)).toBe(1);
    expect(await testDb().endUser.count({ where: { workspaceId, externalId: { in: ["racer", "racer-2"] } } })).toBe(2);
    expect(await testDb().feedback.count({ where: { workspaceId } })).toBe(4);
  });

  it("another workspace's key writes to its own workspace only", async () => {
    const other = await createWorkspace(testDb());
    const otherKey = (await createWriteKey(testDb(), other.workspace.id)).key;
    expect((await send([feedbackMessage("ana", "From B")], { key: otherKey })).body.stored).toBe(1);
    expect(await testDb().feedback.count({ where: { workspaceId } })).toBe(0);
    const there = await testDb().endUser.findUniqueOrThrow({
      where: { workspaceId_externalId: { workspaceId: other.workspace.id, externalId: "ana" } },
    });
    expect(there.accountId).toBeNull();
  });
});
