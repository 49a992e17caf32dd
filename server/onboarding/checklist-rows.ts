import {
  ZChecklistTranslations,
  ZCompletionRule,
  ZItemTranslations,
  type ChecklistOut,
  type TChecklistInput,
  type TChecklistItemInput,
} from "./schemas";
import { readTargeting } from "../audience/targeting";
import { resolveGoalEvent } from "./goal-event";

// Between checklist rows and the router's shapes: what is selected, how stored JSON is read back,
// and what an input writes.

export const CHECKLIST_ITEM_SELECT = {
  id: true,
  position: true,
  title: true,
  body: true,
  ctaUrl: true,
  completion: true,
  scope: true,
  precursorEvent: true,
  translations: true,
} as const;

export const CHECKLIST_SELECT = {
  id: true,
  title: true,
  description: true,
  status: true,
  targeting: true,
  holdoutPercent: true,
  translations: true,
  goalEvent: true,
  lookBackDays: true,
  createdAt: true,
  updatedAt: true,
  items: { select: CHECKLIST_ITEM_SELECT, orderBy: { position: "asc" } },
} as const;

type ItemRow = {
  id: string;
  position: number;
  title: string;
  body: string;
  ctaUrl: string | null;
  completion: unknown;
  scope: "user" | "account";
  precursorEvent: string | null;
  translations: unknown;
};

type ChecklistRow = Omit<ChecklistOut, "targeting" | "translations" | "items"> & {
  targeting: unknown;
  translations: unknown;
  items: ItemRow[];
};

/** A rule that no longer parses shows as such instead of failing the whole page. */
const UNREADABLE_RULE = { event: "(unreadable completion rule)" };

export function readItem(row: ItemRow): ChecklistOut["items"][number] {
  const completion = ZCompletionRule.safeParse(row.completion);
  const translations = ZItemTranslations.safeParse(row.translations ?? {});
  return {
    ...row,
    completion: completion.success ? completion.data : UNREADABLE_RULE,
    translations: translations.success ? translations.data : {},
  };
}

export function readChecklist(row: ChecklistRow): ChecklistOut {
  const translations = ZChecklistTranslations.safeParse(row.translations ?? {});
  return {
    ...row,
    targeting: readTargeting(row.targeting),
    translations: translations.success ? translations.data : {},
    items: row.items.map(readItem),
  };
}

export function checklistData(input: TChecklistInput) {
  return {
    title: input.title,
    description: input.description,
    targeting: input.targeting,
    holdoutPercent: input.holdoutPercent,
    translations: input.translations,
    goalEvent: resolveGoalEvent(input.goalEvent, input.items),
    lookBackDays: input.lookBackDays,
  };
}

export function itemData(item: TChecklistItemInput, position: number) {
  return {
    position,
    title: item.title,
    body: item.body,
    ctaUrl: item.ctaUrl,
    completion: item.completion,
    scope: item.scope,
    precursorEvent: item.precursorEvent,
    translations: item.translations,
  };
}
