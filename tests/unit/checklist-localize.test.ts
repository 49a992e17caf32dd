import { describe, expect, it } from "vitest";
import { localizeChecklist, type LocalizableChecklist } from "../../server/onboarding/localize";
import { describeCondition, typicalTraits } from "../../server/audience/describe-condition";
import { buildPreview, evaluateTargeting } from "../../server/onboarding/preview";
import { localizeRoleQuestion, roleQuestionFor } from "../../server/onboarding/ask-role";
import { DEFAULT_ROLE_QUESTION, type RoleQuestion } from "../../server/onboarding/schemas";
import { computeProgress } from "../../server/onboarding/progress";

const checklist: LocalizableChecklist = {
  id: "cl",
  title: "Get started",
  description: "Three steps",
  translations: { fr: { title: "Premiers pas", description: "" }, de: { title: "", description: "Drei Schritte" } },
  items: [
    {
      id: "i1",
      title: "Connect",
      body: "Add a source",
      ctaUrl: "/connections",
      completion: { event: "connection_created", where: { key: "source", op: "in", value: ["pg", "mysql"] } },
      scope: "account",
      translations: { fr: { title: "Connecter", body: "Ajoutez une source" } },
    },
    {
      id: "i2",
      title: "Run",
      body: "",
      ctaUrl: null,
      completion: { event: "workflow_run" },
      scope: "user",
      translations: {},
    },
  ],
};

describe("localizeChecklist", () => {
  it("English uses the main fields", () => {
    const w = localizeChecklist(checklist, "en", null, false);
    expect([w.title, w.description, w.items[0]!.title]).toEqual(["Get started", "Three steps", "Connect"]);
  });

  it("falls back to English field by field", () => {
    const fr = localizeChecklist(checklist, "fr", null, false);
    expect([fr.title, fr.description, fr.items[0]!.title, fr.items[0]!.body, fr.items[1]!.title]).toEqual([
      "Premiers pas",
      "Three steps",
      "Connecter",
      "Ajoutez une source",
      "Run",
    ]);
    const de = localizeChecklist(checklist, "de", null, false);
    expect([de.title, de.description]).toEqual(["Get started", "Drei Schritte"]);
  });

  it("carries the completion rule, scope and done state in the wire shape", () => {
    const progress = computeProgress(
      [
        { id: "i1", scope: "account" },
        { id: "i2", scope: "user" },
      ],
      [{ checklistItemId: "i1", subjectKey: "a:acme", completedAt: new Date("2026-01-02T03:04:05.000Z") }],
      { endUserId: "u", accountId: "acme" },
    );
    const w = localizeChecklist(checklist, "en", progress, true);
    expect(w.items[0]).toEqual({
      id: "i1",
      title: "Connect",
      body: "Add a source",
      ctaUrl: "/connections",
      completionEvent: "connection_created",
      completionWhere: { key: "source", op: "in", value: ["pg", "mysql"] },
      scope: "account",
      done: true,
      completedAt: "2026-01-02T03:04:05.000Z",
    });
    expect(w.items[1]).toMatchObject({ completionWhere: null, done: false, completedAt: null });
    expect([w.dismissed, w.completed]).toEqual([true, false]);
  });
});

describe("preview as a persona", () => {
  const engineer = {
    id: "p-eng",
    name: "Data engineer",
    rules: [{ key: "role", op: "in" as const, value: ["data engineer", "analytics engineer"] }],
  };
  const names = new Map([
    ["p-eng", "Data engineer"],
    ["p-sales", "Sales"],
  ]);

  it("typical traits come from the persona's rules", () => {
    expect(
      typicalTraits([...engineer.rules, { key: "plan", op: "equals", value: "pro" }, { key: "beta", op: "exists" }]),
    ).toEqual({
      role: "data engineer",
      plan: "pro",
      beta: "(any value)",
    });
  });

  it("yes when the persona is targeted and the segment holds on traits it fixes", () => {
    const r = evaluateTargeting(
      { personaIds: ["p-eng"], conditions: [{ key: "role", op: "contains", value: "engineer" }] },
      engineer,
      names,
    );
    expect(r.targeted).toBe("yes");
  });

  it("no when another persona is targeted", () => {
    const r = evaluateTargeting({ personaIds: ["p-sales"], conditions: [] }, engineer, names);
    expect(r).toEqual({ targeted: "no", reasons: ["Targets only Sales, not Data engineer."] });
  });

  it("depends when a condition is on a trait the persona does not fix", () => {
    const r = evaluateTargeting(
      { personaIds: [], conditions: [{ key: "plan", op: "equals", value: "pro" }] },
      engineer,
      names,
    );
    expect(r.targeted).toBe("depends");
    expect(r.reasons[1]).toBe("Segment: plan equals pro — depends on each user's traits.");
  });

  it("users without a persona: only untargeted-by-persona checklists", () => {
    expect(evaluateTargeting({ personaIds: [], conditions: [] }, null, names).targeted).toBe("yes");
    expect(evaluateTargeting({ personaIds: ["p-eng"], conditions: [] }, null, names).targeted).toBe("no");
  });

  it("buildPreview renders the localized panel with nothing done", () => {
    const p = buildPreview({
      checklist: { ...checklist, targeting: { personaIds: [], conditions: [] }, holdoutPercent: 10 },
      persona: engineer,
      personaNames: names,
      locale: "fr",
    });
    expect(p).toMatchObject({
      persona: { id: "p-eng", name: "Data engineer" },
      locale: "fr",
      targeted: "yes",
      holdoutPercent: 10,
    });
    expect(p.checklist.title).toBe("Premiers pas");
    expect(p.checklist.items.every((i) => !i.done)).toBe(true);
  });

  it("describes conditions for people", () => {
    expect(describeCondition({ key: "role", op: "in", value: ["a", "b"] })).toBe("role is one of a, b");
    expect(describeCondition({ key: "beta", op: "exists" })).toBe("beta is set");
  });
});

describe("roleQuestionFor", () => {
  const config: RoleQuestion = {
    enabled: true,
    trait: "role",
    question: { en: "Your role?", fr: "Votre rôle ?", de: "" },
    options: [
      { value: "data engineer", label: { en: "Data engineer", fr: "Ingénieur données", de: "Dateningenieur" } },
      { value: "sales", label: { en: "Sales", fr: "", de: "Vertrieb" } },
    ],
  };

  it("asks users without the trait, in their language, English where untranslated", () => {
    expect(roleQuestionFor(config, {}, "fr")).toEqual({
      trait: "role",
      question: "Votre rôle ?",
      options: [
        { value: "data engineer", label: "Ingénieur données" },
        { value: "sales", label: "Sales" },
      ],
    });
    expect(roleQuestionFor(config, { role: "" }, "de")?.question).toBe("Your role?");
  });

  it("does not ask users who have the trait, or when disabled", () => {
    expect(roleQuestionFor(config, { role: "sales" }, "en")).toBeNull();
    expect(roleQuestionFor({ ...config, enabled: false }, {}, "en")).toBeNull();
    expect(roleQuestionFor(DEFAULT_ROLE_QUESTION, {}, "en")).toBeNull();
  });

  it("localizeRoleQuestion previews a form as typed: blank options dropped, value as last-resort label", () => {
    const form = {
      trait: "role",
      question: { en: "Role?", fr: "", de: "" },
      options: [
        { value: "a", label: { en: "", fr: "", de: "" } },
        { value: " ", label: { en: "x", fr: "", de: "" } },
        { value: "b", label: { en: "B", fr: "Bé", de: "" } },
      ],
    };
    expect(localizeRoleQuestion(form, "fr")).toEqual({
      trait: "role",
      question: "Role?",
      options: [
        { value: "a", label: "a" },
        { value: "b", label: "Bé" },
      ],
    });
    expect(localizeRoleQuestion({ ...form, options: form.options.slice(0, 2) }, "en")).toBeNull();
  });
});
