import { describe, expect, it } from "vitest";
import { PANEL_DICTIONARIES, panelText } from "../../components/widget/runtime/checklist/strings";
import { DICTIONARIES, pickLocale, translate } from "../../components/widget/runtime/i18n";

describe("pickLocale", () => {
  it("takes the first supported candidate, by language", () => {
    expect(pickLocale("fr", "de-DE")).toBe("fr");
    expect(pickLocale(null, "de-AT")).toBe("de");
    expect(pickLocale(undefined, "fr_CA")).toBe("fr");
    expect(pickLocale("es", "DE")).toBe("de");
  });
  it("falls back to English", () => {
    expect(pickLocale("es", "pt-BR")).toBe("en");
    expect(pickLocale()).toBe("en");
    expect(pickLocale("", null)).toBe("en");
  });
});

describe("translate", () => {
  it("fills placeholders", () => {
    expect(panelText("en")("count", { n: 2, m: 4 })).toBe("2 of 4 done");
    expect(panelText("fr")("count", { n: 2, m: 4 })).toBe("2 sur 4 terminées");
    expect(panelText("de")("count", { n: 2, m: 4 })).toBe("2 von 4 erledigt");
    expect(translate("de", "allDone")).toBe("Alles erledigt!");
  });
  it("leaves unknown placeholders visible rather than inventing text", () => {
    expect(translate("en", "launcherLabel", { n: 1, m: 4 })).toBe("{title}: 1 of 4 done");
  });
  it("has every string in every locale, with the same placeholders (the core's and the panel's)", () => {
    const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort().join();
    for (const dictionaries of [DICTIONARIES, PANEL_DICTIONARIES] as Record<string, Record<string, string>>[]) {
      for (const key of Object.keys(dictionaries.en!)) {
        for (const locale of ["fr", "de"]) {
          expect(dictionaries[locale]![key], `${locale}.${key}`).toBeTruthy();
          expect(placeholders(dictionaries[locale]![key]!), `${locale}.${key}`).toBe(
            placeholders(dictionaries.en![key]!),
          );
        }
      }
    }
  });
});
