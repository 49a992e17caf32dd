import type { WidgetChecklist, WidgetChecklistItem } from "../contract/widget-protocol";
import type { Progress } from "./progress";
import type { ChecklistTranslations, CompletionRule, CompletionScope, ItemTranslations, Locale } from "./schemas";

// Texts in the user's language: a French or German field falls back to English when the PM left
// it empty, field by field, so a half-translated checklist still reads whole.

export type LocalizableChecklist = {
  id: string;
  title: string;
  description: string;
  translations: ChecklistTranslations;
  items: LocalizableItem[];
};

export type LocalizableItem = {
  id: string;
  title: string;
  body: string;
  ctaUrl: string | null;
  completion: CompletionRule;
  scope: CompletionScope;
  translations: ItemTranslations;
};

function pick(english: string, translated: string | undefined): string {
  return translated && translated.trim() !== "" ? translated : english;
}

export function localizeItem(
  item: LocalizableItem,
  locale: Locale,
  state: { done: boolean; completedAt: Date | null },
): WidgetChecklistItem {
  const t = locale === "en" ? undefined : item.translations[locale];
  const where = item.completion.where;
  return {
    id: item.id,
    title: pick(item.title, t?.title),
    body: pick(item.body, t?.body),
    ctaUrl: item.ctaUrl,
    completionEvent: item.completion.event,
    completionWhere: where
      ? { key: where.key, op: where.op, ...(where.value !== undefined ? { value: where.value } : {}) }
      : null,
    scope: item.scope,
    done: state.done,
    completedAt: state.completedAt ? state.completedAt.toISOString() : null,
  };
}

/** The checklist as the widget receives it (server/contract/widget-protocol.ts WidgetChecklist). */
export function localizeChecklist(
  checklist: LocalizableChecklist,
  locale: Locale,
  progress: Progress | null,
  dismissed: boolean,
): WidgetChecklist {
  const t = locale === "en" ? undefined : checklist.translations[locale];
  const stateOf = new Map((progress?.items ?? []).map((i) => [i.id, i]));
  return {
    id: checklist.id,
    title: pick(checklist.title, t?.title),
    description: pick(checklist.description, t?.description),
    items: checklist.items.map((item) =>
      localizeItem(item, locale, stateOf.get(item.id) ?? { done: false, completedAt: null }),
    ),
    dismissed,
    completed: progress?.completed ?? false,
  };
}
