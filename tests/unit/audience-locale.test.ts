import { describe, expect, it } from "vitest";
import { parseAcceptLanguage, resolveLocale, supportedLocale } from "../../server/audience/locale";

describe("supportedLocale", () => {
  it.each([
    ["fr-FR", "fr"],
    ["FR", "fr"],
    ["de_CH", "de"],
    ["en-GB", "en"],
    [" de ", "de"],
  ])("%s → %s", (tag, locale) => expect(supportedLocale(tag)).toBe(locale));

  it.each([["es-ES"], [""], [null], [42], ["french"]])("%s → null", (tag) => expect(supportedLocale(tag)).toBeNull());
});

describe("parseAcceptLanguage", () => {
  it("orders by q, then by position", () => {
    expect(parseAcceptLanguage("en;q=0.5, de-CH, de;q=0.9, fr;q=0.9")).toEqual(["de-CH", "de", "fr", "en"]);
  });
  it("drops *, q=0 and junk", () => {
    expect(parseAcceptLanguage("*, es;q=0, fr;q=abc, it")).toEqual(["it"]);
    expect(parseAcceptLanguage(null)).toEqual([]);
  });
});

describe("resolveLocale", () => {
  it("the locale trait wins over everything", () => {
    expect(
      resolveLocale({
        traits: { locale: "de-DE", language: "fr" },
        userLocale: "fr-FR",
        requested: "fr",
        acceptLanguage: "fr",
      }),
    ).toBe("de");
  });
  it("then the language trait", () => {
    expect(resolveLocale({ traits: { language: "fr" }, userLocale: "de-DE", requested: "de" })).toBe("fr");
  });
  it("then the locale the SDK reported (EndUser.locale)", () => {
    expect(resolveLocale({ traits: {}, userLocale: "fr-FR", requested: "de", acceptLanguage: "de" })).toBe("fr");
  });
  it("then ?locale=, then Accept-Language", () => {
    expect(resolveLocale({ requested: "de", acceptLanguage: "fr" })).toBe("de");
    expect(resolveLocale({ requested: null, acceptLanguage: "es, fr-CA;q=0.8, de;q=0.5" })).toBe("fr");
  });
  it("skips languages without texts to the next source", () => {
    expect(resolveLocale({ traits: { locale: "es-ES" }, userLocale: "it-IT", requested: "de" })).toBe("de");
  });
  it("falls back to English", () => {
    expect(resolveLocale({})).toBe("en");
    expect(resolveLocale({ traits: { locale: "ja" }, acceptLanguage: "ja, zh;q=0.8" })).toBe("en");
  });
});
