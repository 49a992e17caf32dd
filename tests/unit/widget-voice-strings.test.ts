import { describe, expect, it } from "vitest";
import { FEEDBACK_CATEGORIES, type WidgetFeedbackStatus } from "../../server/contract/widget-protocol";
import { statusLabel, translate, VOICE_DICTIONARIES } from "../../components/widget/runtime/voice/strings";

// The voice chunk's own strings (the core's are in widget-i18n.test.ts).

describe("voice strings", () => {
  it("has every string in every locale, with the same placeholders", () => {
    const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort().join();
    for (const key of Object.keys(VOICE_DICTIONARIES.en) as (keyof typeof VOICE_DICTIONARIES.en)[]) {
      for (const locale of ["fr", "de"] as const) {
        expect(VOICE_DICTIONARIES[locale][key], `${locale}.${key}`).toBeTruthy();
        expect(placeholders(VOICE_DICTIONARIES[locale][key]), `${locale}.${key}`).toBe(
          placeholders(VOICE_DICTIONARIES.en[key]),
        );
      }
    }
  });
});

describe("voice-of-customer strings", () => {
  it("names every public feedback status in every locale, and differently", () => {
    const statuses: WidgetFeedbackStatus[] = [
      "received",
      "under_review",
      "planned",
      "in_progress",
      "shipped",
      "closed",
    ];
    for (const locale of ["en", "fr", "de"] as const) {
      const labels = statuses.map((s) => statusLabel(locale, s));
      expect(
        labels.every((l) => l && !l.includes("_")),
        locale,
      ).toBe(true);
      expect(new Set(labels).size, locale).toBe(statuses.length);
    }
    expect(statusLabel("en", "under_review")).toBe("Under review");
    expect(statusLabel("fr", "shipped")).toBe("Livré");
    expect(statusLabel("de", "in_progress")).toBe("In Arbeit");
  });
  it("names every feedback category in every locale", () => {
    for (const locale of ["en", "fr", "de"] as const) {
      for (const c of FEEDBACK_CATEGORIES) expect(translate(locale, c), `${locale}.${c}`).not.toBe(c);
    }
    expect(FEEDBACK_CATEGORIES.map((c) => translate("de", c))).toEqual(["Idee", "Problem", "Lob", "Frage"]);
  });
  it("fills the roadmap title", () => {
    expect(translate("fr", "roadmap", { title: "Mode sombre" })).toBe("Sur la feuille de route : Mode sombre");
  });
});
