import { describe, expect, it } from "vitest";
import { AppError } from "../../server/errors";
import { assertAnswer } from "../../server/voice/answer-rules";
import { clampTime, messageLocale, authorSearchText, type Author } from "../../server/voice/author";
import { ZSurveyNextBody, ZVoiceMessage } from "../../server/voice/schemas";

const fails = (fn: () => void, message: RegExp) => {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    expect((e as AppError).code).toBe("BAD_REQUEST");
    expect((e as AppError).message).toMatch(message);
    return;
  }
  throw new Error("expected a BAD_REQUEST");
};

describe("assertAnswer", () => {
  it("needs a score on the kind's scale for NPS, CSAT and CES", () => {
    expect(() => assertAnswer("nps", 0, null)).not.toThrow();
    expect(() => assertAnswer("nps", 10, "great")).not.toThrow();
    fails(() => assertAnswer("nps", 11, null), /NPS score must be an integer from 0 to 10 \(got 11\)/);
    fails(() => assertAnswer("csat", 0, null), /from 1 to 5/);
    fails(() => assertAnswer("ces", 8, null), /from 1 to 7/);
    fails(() => assertAnswer("ces", 2.5, null), /integer/);
    fails(() => assertAnswer("nps", undefined, "text only"), /NPS answer needs a score from 0 to 10/);
  });

  it("an open question needs a comment and takes no score", () => {
    expect(() => assertAnswer("open", undefined, "More exports")).not.toThrow();
    fails(() => assertAnswer("open", undefined, null), /needs a non-empty comment/);
    fails(() => assertAnswer("open", 5, "x"), /takes no score/);
  });
});

describe("clampTime", () => {
  const shown = new Date("2026-03-01T10:00:00Z");
  const now = new Date("2026-03-01T12:00:00Z");
  it("keeps an offline answer's own time inside [shownAt, now]", () => {
    expect(clampTime("2026-03-01T11:00:00Z", shown, now)).toEqual(new Date("2026-03-01T11:00:00Z"));
    expect(clampTime("2026-03-01T09:00:00Z", shown, now)).toEqual(shown);
    expect(clampTime("2027-01-01T00:00:00Z", shown, now)).toEqual(now);
    expect(clampTime(undefined, shown, now)).toEqual(now);
    expect(clampTime("2020-01-01T00:00:00+02:00", null, now)).toEqual(new Date("2019-12-31T22:00:00Z"));
  });
});

describe("author helpers", () => {
  const author: Author = {
    id: "u1",
    externalId: "ana-42",
    traits: { name: "Ána Ruiz", email: "ana@example.com", locale: "de-DE" },
    accountId: null,
    personaId: null,
    locale: "fr-FR",
    account: { name: "Airtouch GmbH", externalId: "acct-7" },
  };
  it("the locale sent wins, else the user's", () => {
    expect(messageLocale(author, "fr")).toBe("fr");
    expect(messageLocale(author, "es")).toBe("de");
    expect(messageLocale({ ...author, traits: {} }, undefined)).toBe("fr");
  });
  it("search text holds the text, category, author and account", () => {
    expect(authorSearchText(author, "Export is SLOW", "problem")).toBe(
      "export is slow • problem • ana-42 • ana ruiz • ana@example.com • airtouch gmbh",
    );
    const unnamed = {
      ...author,
      traits: { firstName: "Jörg", lastName: "Weiß" },
      account: { name: null, externalId: "acct-7" },
    };
    expect(authorSearchText(unnamed, "Hi", null)).toBe("hi • ana-42 • jorg weiß • acct-7");
  });
});

describe("message schemas", () => {
  const base = { messageId: "m1", userId: "u1", timestamp: "2026-03-01T10:00:00.000Z" };
  it("reads each kind of message", () => {
    expect(
      ZVoiceMessage.parse({ ...base, type: "survey_response", surveyId: "s", displayId: "d", score: 9, comment: "ok" }),
    ).toMatchObject({ score: 9 });
    expect(ZVoiceMessage.parse({ ...base, type: "survey_dismiss", surveyId: "s", displayId: "d" }).type).toBe(
      "survey_dismiss",
    );
    expect(ZVoiceMessage.parse({ ...base, type: "feedback", text: "  hi  ", category: "idea" })).toMatchObject({
      text: "hi",
      category: "idea",
    });
  });
  it("refuses what breaks the contract, saying what", () => {
    const issue = (raw: unknown) => {
      const r = ZVoiceMessage.safeParse(raw);
      return r.success ? null : r.error.issues.map((i) => i.message).join("; ");
    };
    expect(issue({ ...base, type: "vote" })).toMatch(/type must be one of survey_response, survey_dismiss, feedback/);
    expect(
      issue({ ...base, type: "survey_response", surveyId: "s", displayId: "d", score: 9, comment: "x".repeat(5001) }),
    ).toBe("comment is longer than 5,000 characters");
    expect(issue({ ...base, type: "feedback", text: "   " })).toMatch(/text is empty/);
    expect(issue({ ...base, type: "feedback", text: "x".repeat(5001) })).toBe("text is longer than 5,000 characters");
    expect(issue({ ...base, type: "feedback", text: "hi", category: "rant" })).toMatch(
      /category must be one of idea, problem, praise, question/,
    );
    expect(issue({ ...base, type: "feedback", text: "hi", pageUrl: "x".repeat(2001) })).toBe(
      "pageUrl is longer than 2,000 characters",
    );
    expect(issue({ ...base, messageId: "", type: "feedback", text: "hi" })).toBe("messageId is required");
    expect(issue({ ...base, timestamp: "yesterday", type: "feedback", text: "hi" })).toMatch(
      /timestamp must be an ISO-8601/,
    );
  });
  it("a survey ask names the user, a trigger and its messageId", () => {
    expect(
      ZSurveyNextBody.parse({ userId: "u", trigger: { type: "event", event: "Report Exported" }, messageId: "a1" })
        .trigger,
    ).toEqual({ type: "event", event: "Report Exported" });
    expect(ZSurveyNextBody.safeParse({ userId: "u", trigger: { type: "hover" }, messageId: "a1" }).success).toBe(false);
    expect(ZSurveyNextBody.safeParse({ userId: "u", trigger: { type: "page_load" } }).success).toBe(false);
  });
});
