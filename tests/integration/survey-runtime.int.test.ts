// POST /api/v1/surveys/next end to end through its handler, on the database: authentication and
// validation, the display recorded at pick time and replayed for a retried ask, and every
// eligibility rule with users made by the real ingest (persona, account traits, first seen) and a
// clock injected through the handler's deps.
import { beforeEach, describe, expect, it } from "vitest";
import { OPTIONS } from "../../app/api/v1/surveys/next/route";
import { DAY_MS } from "../../server/calendar/day-number";
import { isSampled } from "../../server/audience/sampling";
import type { ApiDeps } from "../../server/http/deps";
import {
  createWorkspace,
  createWriteKey,
  groupMessage,
  identifyMessage,
  insertPersona,
  sendBatch,
  unique,
} from "../factories";
import { deps, testDb } from "./support/db";
import { answer, askSurvey, dismissal, insertSurvey, sendVoice, type SurveyRowInput } from "./support/voice";

let workspaceId: string;
let key: string;
/** The secret key: users are identified 100 days back, history only a server may send. */
let serverKey: string;
let engineerId: string;
/** The injected clock: every ask and answer happens "now" = clock. */
let clock: Date;
/** When the test users were first seen (their identify's timestamp). */
let firstSeen: Date;

const vdeps = (): ApiDeps => ({ ...deps(), now: () => clock });
const later = (days: number, ms = 0) => {
  clock = new Date(clock.getTime() + days * DAY_MS + ms);
};

beforeEach(async () => {
  const ws = await createWorkspace(testDb());
  workspaceId = ws.workspace.id;
  // Most tests look at one rule at a time: the workspace-wide window is tested on its own.
  await testDb().workspace.update({ where: { id: workspaceId }, data: { recontactDays: 0 } });
  key = (await createWriteKey(testDb(), workspaceId)).key;
  serverKey = (await createWriteKey(testDb(), workspaceId, { kind: "secret" })).key;
  engineerId = (
    await insertPersona(testDb(), workspaceId, {
      name: "Engineer",
      priority: 1,
      rules: [{ key: "role", op: "equals", value: "engineer" }],
    })
  ).id;
  await insertPersona(testDb(), workspaceId, {
    name: "Sales",
    priority: 2,
    rules: [{ key: "role", op: "equals", value: "sales" }],
  });
  firstSeen = new Date(Date.now() - 100 * DAY_MS);
  clock = new Date(Date.now());
});

async function identify(
  userId: string,
  traits: Record<string, unknown> = {},
  opts: { account?: { id: string; traits: Record<string, unknown> }; at?: Date; key?: string } = {},
) {
  const messages = [identifyMessage(userId, traits, { timestamp: opts.at ?? firstSeen })];
  if (opts.account)
    messages.push(groupMessage(userId, opts.account.id, opts.account.traits, { timestamp: opts.at ?? firstSeen }));
  const reply = await sendBatch(deps(), opts.key ?? serverKey, messages);
  expect(reply.status, JSON.stringify(reply.body)).toBe(200);
}

const ask = (userId: string, extra: Record<string, unknown> = {}) => askSurvey(vdeps(), { userId, ...extra }, { key });
const shown = async (userId: string, extra: Record<string, unknown> = {}) => {
  const reply = await ask(userId, extra);
  expect(reply.status, JSON.stringify(reply.body)).toBe(200);
  return reply.body.survey;
};
const survey = (input: SurveyRowInput = {}) => insertSurvey(testDb(), workspaceId, input);
const displays = () => testDb().surveyDisplay.findMany({ where: { workspaceId }, orderBy: { shownAt: "asc" } });
const answerOk = async (userId: string, surveyId: string, displayId: string, extra: Record<string, unknown> = {}) => {
  const reply = await sendVoice(vdeps(), [answer(userId, surveyId, displayId, { score: 9, ...extra })], { key });
  expect(reply.status, JSON.stringify(reply.body)).toBe(200);
  expect(reply.body.stored).toBe(1);
};

describe("authentication and validation", () => {
  it("401 without a key or with an unknown one; nothing recorded", async () => {
    await survey();
    await identify("ana");
    const none = await askSurvey(vdeps(), { userId: "ana" });
    expect(none).toMatchObject({
      status: 401,
      body: { error: { code: "UNAUTHORIZED", message: expect.stringMatching(/Missing write key/) } },
    });
    expect((await askSurvey(vdeps(), { userId: "ana" }, { key: "cwk_nope" })).status).toBe(401);
    expect(await displays()).toHaveLength(0);
  });

  it("400 for malformed JSON or a body that is not an ask, saying what is wrong", async () => {
    const malformed = await askSurvey(vdeps(), '{"userId": "ana",', { key, keyIn: "header" });
    expect(malformed).toMatchObject({
      status: 400,
      body: { error: { code: "BAD_REQUEST", message: expect.stringMatching(/Malformed JSON/) } },
    });
    const noTrigger = await askSurvey(vdeps(), JSON.stringify({ writeKey: key, userId: "ana", messageId: "a1" }));
    expect(noTrigger.status).toBe(400);
    expect(noTrigger.body.error!.message).toMatch(/^Invalid survey request: trigger/);
    const noUser = await askSurvey(vdeps(), { trigger: { type: "page_load" } }, { key });
    expect(noUser.body.error!.message).toMatch(/userId is required/);
    const array = await askSurvey(vdeps(), JSON.stringify([]), { key, keyIn: "header" });
    expect(array.status).toBe(400);
    const big = await askSurvey(vdeps(), { userId: "x", pad: "y".repeat(20_000) }, { key });
    expect(big.status).toBe(413);
  });

  it("accepts text/plain or JSON bodies, the key in the body or a header, with CORS and no caching", async () => {
    await identify("ana");
    for (const opts of [{ keyIn: "body" as const }, { keyIn: "header" as const, contentType: "application/json" }]) {
      const reply = await askSurvey(vdeps(), { userId: "ana" }, { key, ...opts });
      expect(reply.status).toBe(200);
      expect(reply.body).toEqual({ survey: null });
      expect(reply.headers.get("access-control-allow-origin")).toBe("*");
      expect(reply.headers.get("cache-control")).toBe("no-store");
    }
    const pre = OPTIONS();
    expect(pre.status).toBe(204);
    expect(pre.headers.get("access-control-allow-methods")).toContain("POST");
  });
});

describe("the display", () => {
  it("an unknown user gets no survey and nothing is created", async () => {
    await survey();
    expect(await shown("nobody")).toBeNull();
    expect(await displays()).toHaveLength(0);
    expect(await testDb().endUser.count({ where: { workspaceId } })).toBe(0);
  });

  it("is recorded when picked and returned localized, with the display's id", async () => {
    const s = await survey({
      texts: { en: { question: "Recommend us?" }, fr: { question: "Vous nous recommanderiez ?" } },
    });
    await identify("ana", { role: "engineer", locale: "fr" }, { account: { id: "acme", traits: { plan: "pro" } } });
    const got = await shown("ana", { messageId: "ask-1" });
    const [row] = await displays();
    const user = await testDb().endUser.findUniqueOrThrow({
      where: { workspaceId_externalId: { workspaceId, externalId: "ana" } },
    });
    expect(row).toMatchObject({
      surveyId: s.id,
      endUserId: user.id,
      accountId: user.accountId,
      messageId: "ask-1",
      shownAt: clock,
      dismissedAt: null,
    });
    expect(user.accountId).not.toBeNull();
    expect(got).toEqual({
      displayId: row!.id,
      surveyId: s.id,
      kind: "nps",
      locale: "fr",
      question: "Vous nous recommanderiez ?",
      lowLabel: "Pas du tout probable",
      highLabel: "Très probable",
      followUp: {
        negative: "Désolés de l'apprendre. Quelle est la raison principale de votre note ?",
        neutral: "Merci ! Que pourrions-nous améliorer en priorité ?",
        positive: "Super ! Qu'appréciez-vous le plus ?",
      },
      thankYou: "Merci ! Votre réponse nous aide à progresser.",
    });
  });

  it("the widget's locale counts for a user whose language is not known; open surveys have no scale", async () => {
    await survey({ kind: "open" });
    await identify("ben");
    const got = await shown("ben", { locale: "de-DE" });
    expect(got).toMatchObject({
      kind: "open",
      locale: "de",
      question: "Wie können wir besser werden?",
      lowLabel: "",
      highLabel: "",
      followUp: { negative: "", neutral: "", positive: "" },
    });
  });

  it("a retried ask (same messageId) gets the same display, even once the rules refuse", async () => {
    const s = await survey({ recontactDays: 30 });
    await identify("ana");
    const first = await shown("ana", { messageId: "ask-retry" });
    expect(first?.surveyId).toBe(s.id);
    later(0, 5_000);
    expect(await shown("ana", { messageId: "ask-retry" })).toEqual(first);
    // Another ask now is inside the survey's recontact window.
    expect(await shown("ana")).toBeNull();
    await testDb().survey.update({ where: { id: s.id }, data: { status: "paused" } });
    expect(await shown("ana", { messageId: "ask-retry" })).toEqual(first);
    expect(await displays()).toHaveLength(1);
  });

  it("concurrent copies of one ask record one display", async () => {
    await survey({ recontactDays: 30 });
    await identify("ana");
    const replies = await Promise.all([1, 2, 3].map(() => ask("ana", { messageId: "ask-race" })));
    for (const r of replies) expect(r.status, JSON.stringify(r.body)).toBe(200);
    const ids = new Set(replies.map((r) => r.body.survey?.displayId));
    expect(ids.size).toBe(1);
    expect(await displays()).toHaveLength(1);
  });

  it("a messageId already used for another user's ask is a 409", async () => {
    await survey();
    await identify("ana");
    await identify("ben");
    expect(await shown("ana", { messageId: "ask-shared" })).not.toBeNull();
    const reply = await ask("ben", { messageId: "ask-shared" });
    expect(reply.status).toBe(409);
    expect(reply.body.error!.message).toMatch(/another user's survey/);
  });
});

describe("eligibility on the database", () => {
  it("persona targeting", async () => {
    await survey({ targeting: { personaIds: [engineerId] } });
    await identify("eng", { role: "engineer" });
    await identify("sal", { role: "sales" });
    await identify("none");
    expect(await shown("sal")).toBeNull();
    expect(await shown("none")).toBeNull();
    expect(await shown("eng")).not.toBeNull();
  });

  it("user trait and account trait (plan) targeting; no account fails an account condition", async () => {
    await survey({
      targeting: {
        conditions: [{ key: "country", op: "equals", value: "FR" }],
        accountConditions: [{ key: "plan", op: "in", value: ["enterprise", "scale"] }],
      },
    });
    await identify("big", { country: "FR" }, { account: { id: unique("acc-"), traits: { plan: "enterprise" } } });
    await identify("small", { country: "FR" }, { account: { id: unique("acc-"), traits: { plan: "free" } } });
    await identify("alone", { country: "FR" });
    await identify("abroad", { country: "DE" }, { account: { id: unique("acc-"), traits: { plan: "scale" } } });
    expect(await shown("small")).toBeNull();
    expect(await shown("alone")).toBeNull();
    expect(await shown("abroad")).toBeNull();
    expect(await shown("big")).not.toBeNull();
  });

  it("an event trigger fires on that event only, a page-load survey on page loads only", async () => {
    const onEvent = await survey({ trigger: { type: "event", event: "Report Exported" } });
    await identify("ana");
    expect(await shown("ana")).toBeNull();
    expect(await shown("ana", { trigger: { type: "event", event: "report exported" } })).toBeNull();
    expect((await shown("ana", { trigger: { type: "event", event: "Report Exported" } }))?.surveyId).toBe(onEvent.id);

    const onLoad = await survey();
    await identify("ben");
    expect(await shown("ben", { trigger: { type: "event", event: "Anything" } })).toBeNull();
    expect((await shown("ben"))?.surveyId).toBe(onLoad.id);
  });

  it("minimum days since first seen (exactly that age is old enough)", async () => {
    await survey({ minDaysSinceFirstSeen: 7 });
    clock = new Date(firstSeen.getTime() + 7 * DAY_MS - 1);
    await identify("ana");
    expect(await shown("ana")).toBeNull();
    later(0, 1);
    expect(await shown("ana")).not.toBeNull();
  });

  it("sampling 0 % shows nobody, 100 % everybody", async () => {
    const none = await survey({ samplingPercent: 0 });
    await identify("ana");
    expect(await shown("ana")).toBeNull();
    await testDb().survey.update({ where: { id: none.id }, data: { samplingPercent: 100 } });
    expect(await shown("ana")).not.toBeNull();
  });

  it("sampling is stable per (survey, user): the database agrees with the pure bucket", async () => {
    const s = await survey({ samplingPercent: 50 });
    const users = ["u1", "u2", "u3", "u4", "u5", "u6"];
    for (const u of users) await identify(u);
    const rows = await testDb().endUser.findMany({ where: { workspaceId }, select: { id: true, externalId: true } });
    for (const u of users) {
      const id = rows.find((r) => r.externalId === u)!.id;
      expect(Boolean(await shown(u)), u).toBe(isSampled(s.id, id, 50));
    }
  });

  it("asked once: never again after an answer, but back after a dismissal once its window passes", async () => {
    const s = await survey({ recurrenceDays: 0, recontactDays: 10 });
    await identify("ana");
    await identify("ben");
    const toAna = (await shown("ana"))!;
    await answerOk("ana", s.id, toAna.displayId);
    const toBen = (await shown("ben"))!;
    const dismissed = await sendVoice(vdeps(), [dismissal("ben", s.id, toBen.displayId)], { key });
    expect(dismissed.body.stored).toBe(1);
    later(9);
    expect(await shown("ben")).toBeNull();
    later(1);
    expect(await shown("ana")).toBeNull();
    expect(await shown("ben")).not.toBeNull();
    later(400);
    expect(await shown("ana")).toBeNull();
  });

  it("recurrence: asked again N days after the last answer, not before", async () => {
    const s = await survey({ recurrenceDays: 30, recontactDays: 0 });
    await identify("ana");
    const first = (await shown("ana"))!;
    await answerOk("ana", s.id, first.displayId);
    later(30, -1);
    expect(await shown("ana")).toBeNull();
    later(0, 1);
    const second = await shown("ana");
    expect(second?.surveyId).toBe(s.id);
    expect(second?.displayId).not.toBe(first.displayId);
  });

  it("per-survey recontact: a display, even unanswered, holds this survey back for its window", async () => {
    await survey({ recurrenceDays: 30, recontactDays: 10 });
    await identify("ana");
    expect(await shown("ana")).not.toBeNull();
    later(10, -1);
    expect(await shown("ana")).toBeNull();
    later(0, 1);
    expect(await shown("ana")).not.toBeNull();
  });

  it("the workspace recontact window holds every other survey back after any display", async () => {
    await testDb().workspace.update({ where: { id: workspaceId }, data: { recontactDays: 14 } });
    const a = await survey({ startsAt: new Date(clock.getTime() - 2 * DAY_MS) });
    const b = await survey({ startsAt: new Date(clock.getTime() - DAY_MS) });
    const c = await survey({ trigger: { type: "event", event: "Checkout" } });
    await identify("ana");
    const toA = (await shown("ana"))!;
    expect(toA.surveyId).toBe(a.id);
    await answerOk("ana", a.id, toA.displayId);
    later(1);
    expect(await shown("ana")).toBeNull();
    expect(await shown("ana", { trigger: { type: "event", event: "Checkout" } })).toBeNull();
    later(13);
    // a is asked once and was answered; b started after a, so it is next.
    expect((await shown("ana"))?.surveyId).toBe(b.id);
    later(14);
    expect((await shown("ana", { trigger: { type: "event", event: "Checkout" } }))?.surveyId).toBe(c.id);
  });

  it("draft, paused, ended, not started yet and past its end: never shown", async () => {
    await survey({ status: "draft" });
    await survey({ status: "paused" });
    await survey({ status: "ended" });
    await survey({ startsAt: new Date(clock.getTime() + 1) });
    await survey({ endsAt: clock });
    await identify("ana");
    expect(await shown("ana")).toBeNull();
    expect(await displays()).toHaveLength(0);
    const live = await survey({ startsAt: clock, endsAt: new Date(clock.getTime() + 1) });
    expect((await shown("ana"))?.surveyId).toBe(live.id);
  });
});

describe("tenancy", () => {
  it("another workspace's key sees none of this workspace's surveys, users or displays", async () => {
    const s = await survey();
    await identify("shared");
    const mine = (await shown("shared", { messageId: "ask-a" }))!;
    expect(mine.surveyId).toBe(s.id);

    const other = await createWorkspace(testDb());
    const otherKey = (await createWriteKey(testDb(), other.workspace.id)).key;
    const otherServerKey = (await createWriteKey(testDb(), other.workspace.id, { kind: "secret" })).key;
    // Not known there yet, then known there, but workspace B has no survey.
    expect((await askSurvey(vdeps(), { userId: "shared", messageId: "ask-a" }, { key: otherKey })).body).toEqual({
      survey: null,
    });
    await identify("shared", {}, { key: otherServerKey });
    expect((await askSurvey(vdeps(), { userId: "shared", messageId: "ask-a" }, { key: otherKey })).body).toEqual({
      survey: null,
    });
    expect(await testDb().surveyDisplay.count({ where: { workspaceId: other.workspace.id } })).toBe(0);

    // Nor can it answer or dismiss A's display.
    const answered = await sendVoice(vdeps(), [answer("shared", s.id, mine.displayId, { score: 10 })], {
      key: otherKey,
    });
    expect(answered.status).toBe(404);
    expect(answered.body.error!.message).toMatch(/Unknown survey/);
    const dismissedThere = await sendVoice(vdeps(), [dismissal("shared", s.id, mine.displayId)], { key: otherKey });
    expect(dismissedThere.status).toBe(404);
    expect(await testDb().surveyResponse.count({ where: { surveyId: s.id } })).toBe(0);
    expect((await testDb().surveyDisplay.findUniqueOrThrow({ where: { id: mine.displayId } })).dismissedAt).toBeNull();
  });
});

describe("two asks at once", () => {
  it("two tabs asking with different messageIds get one display between them (the user's row is locked)", async () => {
    const s = await survey({ trigger: { type: "event", event: "Checkout" }, recontactDays: 30 });
    await identify("twin-tabs");
    const asks = await Promise.all(
      [1, 2, 3].map(() =>
        askSurvey(vdeps(), { userId: "twin-tabs", trigger: { type: "event", event: "Checkout" } }, { key }),
      ),
    );
    expect(asks.map((a) => a.status)).toEqual([200, 200, 200]);
    expect(asks.filter((a) => a.body.survey !== null)).toHaveLength(1);
    expect(await testDb().surveyDisplay.count({ where: { surveyId: s.id } })).toBe(1);
  });
});

describe("cost", () => {
  it("a page load with nothing to show takes 4 Prisma operations (the key lookup included); a display 8", async () => {
    let count = 0;
    const counted = testDb().$extends({
      query: {
        $allModels: {
          $allOperations({ args, query }) {
            count += 1;
            return query(args);
          },
        },
      },
    }) as unknown as ApiDeps["db"];
    const countedDeps: ApiDeps = { ...vdeps(), db: counted };
    await survey({ trigger: { type: "event", event: "Checkout" } });
    await identify("ana");
    // touchApiKey writes at most once a minute: mark the key as just used so it does not.
    await testDb().apiKey.updateMany({ where: { workspaceId }, data: { lastUsedAt: new Date() } });
    count = 0;
    expect((await askSurvey(countedDeps, { userId: "ana" }, { key })).body.survey).toBeNull();
    expect(count).toBe(4);
    count = 0;
    expect(
      (await askSurvey(countedDeps, { userId: "ana", trigger: { type: "event", event: "Checkout" } }, { key })).body
        .survey,
    ).not.toBeNull();
    expect(count).toBe(8);
  });
});
