import { asTraits } from "./traits";
import { LOCALES, type Locale } from "../onboarding/schemas";

/** "fr-FR", "FR", "fr_CA" → "fr"; languages we have no texts for → null. */
export function supportedLocale(tag: unknown): Locale | null {
  if (typeof tag !== "string") return null;
  const base = tag.trim().toLowerCase().split(/[-_]/)[0] ?? "";
  return (LOCALES as readonly string[]).includes(base) ? (base as Locale) : null;
}

/** The tags of an Accept-Language header, most preferred first ("de-CH,de;q=0.9,en;q=0.8"). */
export function parseAcceptLanguage(header: string | null | undefined): string[] {
  if (!header) return [];
  return header
    .split(",")
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const weight = q ? Number(q.slice(2)) : 1;
      return { tag: (tag ?? "").trim(), weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((t) => t.tag && t.tag !== "*" && t.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index)
    .map((t) => t.tag);
}

export type LocaleSources = {
  traits?: Record<string, unknown> | null;
  /** EndUser.locale, from the SDK's context.locale (e.g. "fr-FR"). */
  userLocale?: string | null;
  /** The widget's ?locale= (the host page's or browser's language). */
  requested?: string | null;
  acceptLanguage?: string | null;
};

/**
 * The language a user sees checklists in: the first of these we have texts for — the user's
 * `locale` trait, their `language` trait (both set by the host, so they win), the locale the
 * SDK reported for them, the widget's `locale` parameter, then the browser's Accept-Language —
 * and English when none is French or German.
 */
export function resolveLocale(sources: LocaleSources): Locale {
  const candidates: unknown[] = [
    sources.traits?.locale,
    sources.traits?.language,
    sources.userLocale,
    sources.requested,
    ...parseAcceptLanguage(sources.acceptLanguage),
  ];
  for (const c of candidates) {
    const locale = supportedLocale(c);
    if (locale) return locale;
  }
  return "en";
}

/** A stored user's traits (read from JSON) and the locale the widget speaks to them in. */
export function userTraitsAndLocale(
  user: { traits: unknown; locale: string | null },
  request: { locale?: string; acceptLanguage?: string | null },
): { traits: Record<string, unknown>; locale: Locale } {
  const traits = asTraits(user.traits);
  const locale = resolveLocale({
    traits,
    userLocale: user.locale,
    requested: request.locale,
    acceptLanguage: request.acceptLanguage,
  });
  return { traits, locale };
}
