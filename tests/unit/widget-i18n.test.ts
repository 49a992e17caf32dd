import { describe, expect, it } from "vitest";
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
    expect(translate("en", "count", { n: 2, m: 4 })).toBe("2 of 4 done");
    expect(translate("fr", "count", { n: 2, m: 4 })).toBe("2 sur 4 terminées");
    expect(translate("de", "count", { n: 2, m: 4 })).toBe("2 von 4 erledigt");
    expect(translate("de", "allDone")).toBe("Alles erledigt!");
  });
  it("leaves unknown placeholders visible rather than inventing text", () => {
    expect(translate("en", "count", { n: 1 })).toBe("1 of {m} done");
  });
  it("has every string in every locale, with the same placeholders", () => {
    const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort().join();
    for (const key of Object.keys(DICTIONARIES.en) as (keyof typeof DICTIONARIES.en)[]) {
      for (const locale of ["fr", "de"] as const) {
        expect(DICTIONARIES[locale][key], `${locale}.${key}`).toBeTruthy();
        expect(placeholders(DICTIONARIES[locale][key]), `${locale}.${key}`).toBe(placeholders(DICTIONARIES.en[key]));
      }
    }
  });
});
