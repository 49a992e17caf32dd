import type { WidgetLocale } from "../contract/widget-protocol";
import { resolveLocale, supportedLocale } from "../audience/locale";
import { feedbackSearchText } from "../feedback/search-text";
import { personFromTraits } from "../feedback/feedback-rows";

/** The EndUser columns a recorded answer or piece of feedback copies (who said it, from where). */
export const AUTHOR_SELECT = {
  id: true,
  externalId: true,
  traits: true,
  accountId: true,
  personaId: true,
  locale: true,
  account: { select: { name: true, externalId: true } },
} as const;

export type Author = {
  id: string;
  externalId: string;
  traits: unknown;
  accountId: string | null;
  personaId: string | null;
  locale: string | null;
  account: { name: string | null; externalId: string } | null;
};

/** The locale the message was written in (the widget sends the one it showed), else the user's. */
export function messageLocale(author: Author, sent: string | undefined): WidgetLocale {
  const traits = author.traits && typeof author.traits === "object" ? (author.traits as Record<string, unknown>) : {};
  return supportedLocale(sent) ?? resolveLocale({ traits, userLocale: author.locale });
}

/** Feedback.searchText for what this author wrote: the same parts as the inbox's
 * rebuildSearchText (server/feedback/rebuild-search-text.ts), so a later tag change rewrites it alike. */
export function authorSearchText(author: Author, text: string, category: string | null): string {
  const person = personFromTraits(author.traits);
  return feedbackSearchText({
    text,
    category,
    author: [author.externalId, person.name, person.email],
    accountName: author.account?.name ?? author.account?.externalId ?? null,
  });
}

/** A message's own time, kept when it was sent late (offline), never before `min` nor after `now`. */
export function clampTime(timestamp: string | undefined, min: Date | null, now: Date): Date {
  const at = timestamp ? new Date(timestamp) : now;
  const t = Math.min(Math.max(at.getTime(), min?.getTime() ?? Number.NEGATIVE_INFINITY), now.getTime());
  return new Date(t);
}
