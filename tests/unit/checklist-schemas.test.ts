import { describe, expect, it } from "vitest";
import { isSafeCtaUrl, ZChecklistInput, ZRoleQuestion, ZWidgetStateQuery } from "../../server/onboarding/schemas";
import { resolveGoalEvent } from "../../server/onboarding/goal-event";

const item = { title: "Connect", completion: { event: "connection_created" } };

describe("ZChecklistInput", () => {
  it("fills defaults: draft-ready, everyone, no holdout, a 30-day look-back", () => {
    const parsed = ZChecklistInput.parse({ title: " Welcome ", items: [item] });
    expect(parsed).toEqual({
      title: "Welcome",
      description: "",
      targeting: { personaIds: [], conditions: [] },
      holdoutPercent: 0,
      translations: {},
      goalEvent: null,
      lookBackDays: 30,
      items: [
        {
          title: "Connect",
          body: "",
          ctaUrl: null,
          completion: { event: "connection_created" },
          scope: "user",
          precursorEvent: null,
          translations: {},
        },
      ],
    });
  });

  it.each([
    [{ holdoutPercent: 51 }, "holdoutPercent"],
    [{ holdoutPercent: -1 }, "holdoutPercent"],
    [{ holdoutPercent: 12.5 }, "holdoutPercent"],
    [{ items: [] }, "items"],
    [{ title: "" }, "title"],
    [{ items: [{ ...item, ctaUrl: "javascript:alert(1)" }] }, "items.0.ctaUrl"],
    [{ items: [{ ...item, completion: { event: "" } }] }, "items.0.completion.event"],
    [
      { items: [{ ...item, completion: { event: "e", where: { key: "k", op: "in", value: "x" } } }] },
      "items.0.completion.where.value",
    ],
    [
      {
        items: [
          { ...item, id: "a" },
          { ...item, id: "a" },
        ],
      },
      "items.1.id",
    ],
    [{ targeting: { personaIds: ["p", "p"] } }, "targeting.personaIds"],
  ])("refuses %j at %s", (patch, path) => {
    const result = ZChecklistInput.safeParse({ title: "T", items: [item], ...patch });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path.join("."))).toContain(path);
  });

  it("empty optional texts become null", () => {
    const parsed = ZChecklistInput.parse({
      title: "T",
      goalEvent: " ",
      items: [{ ...item, ctaUrl: "", precursorEvent: "" }],
    });
    expect([parsed.goalEvent, parsed.items[0]!.ctaUrl, parsed.items[0]!.precursorEvent]).toEqual([null, null, null]);
  });
});

describe("isSafeCtaUrl", () => {
  it.each(["https://app.example.com/x", "http://localhost:3000/", "/settings/connections", "/"])("allows %s", (url) =>
    expect(isSafeCtaUrl(url)).toBe(true),
  );
  it.each([
    "javascript:alert(1)",
    "data:text/html,x",
    "//evil.example",
    "/\\evil.example",
    "mailto:x@y",
    "relative/path",
    "https://",
  ])("refuses %s", (url) => expect(isSafeCtaUrl(url)).toBe(false));
});

describe("resolveGoalEvent", () => {
  it("is the chosen event, else the last item's", () => {
    expect(resolveGoalEvent("workflow_saved", [{ completion: { event: "a" } }])).toBe("workflow_saved");
    expect(resolveGoalEvent(null, [{ completion: { event: "a" } }, { completion: { event: "b" } }])).toBe("b");
    expect(resolveGoalEvent(null, [])).toBeNull();
  });
});

describe("ZRoleQuestion", () => {
  const base = {
    enabled: true,
    trait: "role",
    question: { en: "Role?" },
    options: [
      { value: "a", label: { en: "A" } },
      { value: "b", label: { en: "B" } },
    ],
  };
  it("accepts a valid question and fills empty translations", () => {
    expect(ZRoleQuestion.parse(base).question).toEqual({ en: "Role?", fr: "", de: "" });
  });
  it("needs two options when enabled, distinct values, a plain trait name", () => {
    expect(ZRoleQuestion.safeParse({ ...base, options: base.options.slice(0, 1) }).success).toBe(false);
    expect(ZRoleQuestion.safeParse({ ...base, enabled: false, options: [] }).success).toBe(true);
    expect(
      ZRoleQuestion.safeParse({ ...base, options: [base.options[0], { value: "A", label: { en: "A2" } }] }).success,
    ).toBe(false);
    expect(ZRoleQuestion.safeParse({ ...base, trait: "role name" }).success).toBe(false);
  });
});

describe("ZWidgetStateQuery", () => {
  it("needs a userId, keeps the locale, ignores other parameters", () => {
    expect(ZWidgetStateQuery.parse({ userId: " u1 ", locale: "fr-FR", _: "123" })).toEqual({
      userId: "u1",
      locale: "fr-FR",
    });
    expect(ZWidgetStateQuery.safeParse({ locale: "fr" }).error?.issues[0]?.message).toBe("userId is required");
    expect(ZWidgetStateQuery.safeParse({ userId: "" }).success).toBe(false);
  });
});

describe("look-back", () => {
  const item = { title: "Connect", completion: { event: "connection_created" } };
  it("takes 0 to 365 whole days, and says what is wrong otherwise", () => {
    expect(ZChecklistInput.parse({ title: "A", items: [item], lookBackDays: 0 }).lookBackDays).toBe(0);
    expect(ZChecklistInput.parse({ title: "A", items: [item], lookBackDays: 365 }).lookBackDays).toBe(365);
    const messages = (v: number) =>
      ZChecklistInput.safeParse({ title: "A", items: [item], lookBackDays: v }).error?.issues.map((i) => i.message);
    expect(messages(366)).toEqual(["Look back at most 365 days"]);
    expect(messages(-1)).toEqual(["Use 0 to complete items from new events only"]);
    expect(messages(1.5)).toEqual(["Use a whole number of days"]);
  });
});
