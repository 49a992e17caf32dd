import { describe, expect, it } from "vitest";
import type { WidgetState, WidgetSurvey } from "../../server/contract/widget-protocol";
import type { FetchLike } from "../../components/widget/runtime/queue";
import { triggersSurvey } from "../../components/widget/runtime/survey-trigger";
import { askNextSurvey } from "../../components/widget/runtime/voice/survey-ask";
import { canAsk, type Screen } from "../../components/widget/runtime/voice/survey-asker";
import {
  endingMessage,
  feedbackMessage,
  followUpOf,
  isTyping,
  MAX_TEXT,
  scaleOf,
  type SurveyCard,
} from "../../components/widget/runtime/voice/decisions";

const survey = (kind: WidgetSurvey["kind"] = "nps"): WidgetSurvey => ({
  displayId: "disp-1",
  surveyId: "surv-1",
  kind,
  locale: "fr",
  question: "Recommanderiez-vous Airtouch ?",
  lowLabel: kind === "open" ? "" : "Pas du tout",
  highLabel: kind === "open" ? "" : "Très probable",
  followUp:
    kind === "open"
      ? { negative: "", neutral: "", positive: "" }
      : { negative: "Pourquoi ?", neutral: "Que manque-t-il ?", positive: "Qu'aimez-vous ?" },
  thankYou: "Merci !",
});
const card = (over: Partial<SurveyCard> = {}): SurveyCard => ({
  survey: survey(),
  score: null,
  thanks: false,
  done: false,
  ...over,
});
const meta = { messageId: "m-1", userId: "u-1", timestamp: "2026-11-24T10:00:00.000Z" };
const ids = { surveyId: "surv-1", displayId: "disp-1" };

describe("endingMessage: what a survey card sends as it ends", () => {
  it("Send: the score and the comment (trimmed), in the survey's locale", () => {
    expect(endingMessage(card({ score: 9 }), "send", meta, "  Les synchros rapides \n")).toEqual({
      type: "survey_response",
      ...meta,
      ...ids,
      locale: "fr",
      score: 9,
      comment: "Les synchros rapides",
    });
  });
  it("Send with an empty comment: the score alone", () => {
    expect(endingMessage(card({ score: 3 }), "send", meta, "   ")).toEqual({
      type: "survey_response",
      ...meta,
      ...ids,
      locale: "fr",
      score: 3,
    });
  });
  it("keeps at most 5,000 characters of comment", () => {
    const m = endingMessage(card({ score: 0 }), "send", meta, "x".repeat(MAX_TEXT + 10));
    expect(m?.type === "survey_response" && m.comment?.length).toBe(MAX_TEXT);
  });
  it("close after a score: the score alone (a picked score is an answer), without what was typed", () => {
    expect(endingMessage(card({ score: 7 }), "close", meta, "half a sentence")).toEqual({
      type: "survey_response",
      ...meta,
      ...ids,
      locale: "fr",
      score: 7,
    });
  });
  it("pagehide after a score: the score alone", () => {
    expect(endingMessage(card({ score: 10 }), "pagehide", meta)).toEqual({
      type: "survey_response",
      ...meta,
      ...ids,
      locale: "fr",
      score: 10,
    });
  });
  it("close without a score: a dismissal", () => {
    expect(endingMessage(card(), "close", meta)).toEqual({ type: "survey_dismiss", ...meta, ...ids });
  });
  it("pagehide with a draft comment: sent with the score; closing the card keeps the score only", () => {
    expect(endingMessage(card({ score: 3 }), "pagehide", meta, " slow syncs ")).toEqual({
      type: "survey_response",
      ...meta,
      ...ids,
      locale: "fr",
      score: 3,
      comment: "slow syncs",
    });
    expect(endingMessage(card({ score: 3 }), "close", meta, "slow syncs")).toEqual({
      type: "survey_response",
      ...meta,
      ...ids,
      locale: "fr",
      score: 3,
    });
  });

  it("pagehide without a score: nothing (the user left; the recorded display stands)", () => {
    expect(endingMessage(card(), "pagehide", meta)).toBeNull();
  });
  it("after the answer went (thank-you on screen): nothing, whatever ends the card", () => {
    for (const how of ["send", "close", "pagehide"] as const)
      expect(endingMessage(card({ score: 9, done: true }), how, meta, "again")).toBeNull();
  });
  it("open question: Send carries the text and no score; Send without text sends nothing; close is a dismissal", () => {
    const open = card({ survey: survey("open") });
    expect(endingMessage(open, "send", meta, "Une API GraphQL")).toEqual({
      type: "survey_response",
      ...meta,
      ...ids,
      locale: "fr",
      comment: "Une API GraphQL",
    });
    expect(endingMessage(open, "send", meta, "  ")).toBeNull();
    expect(endingMessage(open, "close", meta, "typed, not sent")).toEqual({ type: "survey_dismiss", ...meta, ...ids });
    expect(endingMessage(open, "pagehide", meta)).toBeNull();
    expect(endingMessage(open, "pagehide", meta, "half a thought")).toEqual({
      type: "survey_response",
      ...meta,
      ...ids,
      locale: "fr",
      comment: "half a thought",
    });
  });
});

describe("followUpOf and scaleOf", () => {
  it("asks the follow-up of the score's tone (NPS 0–6 / 7–8 / 9–10), none before a score or for open questions", () => {
    expect(followUpOf(card())).toBeNull();
    expect(followUpOf(card({ score: 6 }))).toBe("Pourquoi ?");
    expect(followUpOf(card({ score: 7 }))).toBe("Que manque-t-il ?");
    expect(followUpOf(card({ score: 9 }))).toBe("Qu'aimez-vous ?");
    expect(followUpOf(card({ survey: survey("csat"), score: 3 }))).toBe("Que manque-t-il ?");
    expect(followUpOf(card({ survey: survey("ces"), score: 5 }))).toBe("Qu'aimez-vous ?");
    expect(followUpOf(card({ survey: survey("open"), score: 5 }))).toBeNull();
  });
  it("has NPS 0–10, CSAT 1–5, CES 1–7 and no scale for open questions", () => {
    expect(scaleOf("nps")).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(scaleOf("csat")).toEqual([1, 2, 3, 4, 5]);
    expect(scaleOf("ces")).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(scaleOf("open")).toEqual([]);
  });
});

describe("when the widget asks for a survey", () => {
  const state = (surveyEvents: string[]) => ({ surveyEvents }) as unknown as WidgetState;
  it("a tracked event asks only when an active survey is triggered by that exact name", () => {
    expect(triggersSurvey(state(["workflow_run", "export_done"]), "workflow_run")).toBe(true);
    expect(triggersSurvey(state(["workflow_run"]), "Workflow_Run")).toBe(false);
    expect(triggersSurvey(state(["workflow_run"]), "workflow_started")).toBe(false);
    expect(triggersSurvey(state([]), "workflow_run")).toBe(false);
    expect(triggersSurvey(null, "workflow_run")).toBe(false);
    // A server from before surveys: no list at all.
    expect(triggersSurvey({} as WidgetState, "workflow_run")).toBe(false);
  });
  it("asks only when nothing is open: no card, no ask in flight, no panel, no role question", () => {
    const free: Screen = { card: false, asking: false, panel: false, feedback: false, roleQuestion: false };
    expect(canAsk(free)).toBe(true);
    for (const k of Object.keys(free) as (keyof Screen)[]) expect(canAsk({ ...free, [k]: true }), k).toBe(false);
  });
  it("does not take the focus from a field the user is typing in", () => {
    expect(isTyping({ tagName: "INPUT", type: "text" })).toBe(true);
    expect(isTyping({ tagName: "INPUT", type: "email" })).toBe(true);
    expect(isTyping({ tagName: "TEXTAREA" })).toBe(true);
    expect(isTyping({ tagName: "DIV", isContentEditable: true })).toBe(true);
    expect(isTyping({ tagName: "INPUT", type: "checkbox" })).toBe(false);
    expect(isTyping({ tagName: "BUTTON" })).toBe(false);
    expect(isTyping({ tagName: "BODY" })).toBe(false);
    expect(isTyping(null)).toBe(false);
  });
});

describe("feedbackMessage", () => {
  it("carries the text, the category, the page and the locale", () => {
    expect(feedbackMessage(meta, " Dark mode, please ", "idea", "https://app.test/workflows?x=1", "de")).toEqual({
      type: "feedback",
      ...meta,
      text: "Dark mode, please",
      category: "idea",
      pageUrl: "https://app.test/workflows?x=1",
      locale: "de",
    });
  });
  it("leaves the category out when none was picked, and sends nothing without text", () => {
    expect(feedbackMessage(meta, "Slow page", null, "https://app.test/", "en")).not.toHaveProperty("category");
    expect(feedbackMessage(meta, " \n ", "problem", "https://app.test/", "en")).toBeNull();
  });
});

describe("askNextSurvey", () => {
  type Reply = number | "network" | { status: number; body: unknown };
  function server(replies: Reply[]) {
    const bodies: { url: string; contentType: string; body: Record<string, unknown> }[] = [];
    const fetch: FetchLike = async (url, init) => {
      bodies.push({ url, contentType: init.headers["Content-Type"]!, body: JSON.parse(init.body) });
      const r = replies.shift() ?? { status: 200, body: { survey: null } };
      if (r === "network") throw new TypeError("Failed to fetch");
      const { status, body } = typeof r === "number" ? { status: r, body: {} } : r;
      return { status, headers: { get: () => null }, json: async () => body };
    };
    return { fetch, bodies };
  }
  const waits: number[] = [];
  const opts = (fetch: FetchLike) => ({ fetch, wait: async (ms: number) => void waits.push(ms), random: () => 0 });
  const request = {
    userId: "u-1",
    trigger: { type: "event" as const, event: "workflow_run" },
    locale: "en",
    messageId: "ask-1",
  };

  it("posts text/plain JSON with the write key in the body and returns the survey", async () => {
    const s = server([{ status: 200, body: { survey: survey() } }]);
    expect(await askNextSurvey("https://cairn.test/api/v1/surveys/next", "cwk_1", request, opts(s.fetch))).toEqual(
      survey(),
    );
    expect(s.bodies[0]).toEqual({
      url: "https://cairn.test/api/v1/surveys/next",
      contentType: "text/plain;charset=UTF-8",
      body: { ...request, writeKey: "cwk_1" },
    });
  });
  it("retries a lost reply with the same messageId (the server then returns the same display)", async () => {
    const s = server(["network", 503, { status: 200, body: { survey: survey() } }]);
    expect((await askNextSurvey("u", "k", request, opts(s.fetch)))?.displayId).toBe("disp-1");
    expect(s.bodies.map((b) => b.body.messageId)).toEqual(["ask-1", "ask-1", "ask-1"]);
  });
  it("gives up after three attempts, and at once on a 4xx or when no survey is eligible", async () => {
    const down = server(["network", "network", "network", "network"]);
    expect(await askNextSurvey("u", "k", request, opts(down.fetch))).toBeNull();
    expect(down.bodies).toHaveLength(3);
    const refused = server([400]);
    expect(await askNextSurvey("u", "k", request, opts(refused.fetch))).toBeNull();
    expect(refused.bodies).toHaveLength(1);
    const none = server([{ status: 200, body: { survey: null } }]);
    expect(await askNextSurvey("u", "k", request, opts(none.fetch))).toBeNull();
    const junk = server([{ status: 200, body: { survey: { nope: 1 } } }]);
    expect(await askNextSurvey("u", "k", request, opts(junk.fetch))).toBeNull();
  });
});
