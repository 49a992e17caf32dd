import {
  fromEditable,
  toEditable,
  type ConditionRow,
  type EditableCondition,
} from "@/components/targeting/condition-editor";
import type { LocalizableChecklist } from "@/server/onboarding/localize";
import {
  DEFAULT_LOOK_BACK_DAYS,
  type ChecklistOut,
  type CompletionScope,
  type TChecklistFormInput,
  type Targeting,
} from "@/server/onboarding/schemas";

// The editor's form state and its conversions: to the router's input (validated with the same
// schema before sending) and to what the live preview renders.

export type TextPair = { title: string; body: string };
export type ItemDraft = {
  /** React key; stable across reorders. */
  key: string;
  id?: string;
  title: string;
  body: string;
  ctaUrl: string;
  event: string;
  filter: boolean;
  where: ConditionRow;
  scope: CompletionScope;
  precursorEvent: string;
  fr: TextPair;
  de: TextPair;
};

export type Draft = {
  title: string;
  description: string;
  personaIds: string[];
  conditions: ConditionRow[];
  holdoutPercent: string;
  goalEvent: string;
  lookBackDays: string;
  fr: { title: string; description: string };
  de: { title: string; description: string };
  items: ItemDraft[];
};

let keys = 0;
export const newKey = () => `item-${++keys}`;

export function emptyItem(): ItemDraft {
  return {
    key: newKey(),
    title: "",
    body: "",
    ctaUrl: "",
    event: "",
    filter: false,
    where: { key: "", op: "equals", text: "" },
    scope: "user",
    precursorEvent: "",
    fr: { title: "", body: "" },
    de: { title: "", body: "" },
  };
}

export function emptyDraft(): Draft {
  return {
    title: "",
    description: "",
    personaIds: [],
    conditions: [],
    holdoutPercent: "0",
    goalEvent: "",
    lookBackDays: String(DEFAULT_LOOK_BACK_DAYS),
    fr: { title: "", description: "" },
    de: { title: "", description: "" },
    items: [emptyItem()],
  };
}

export function draftFromChecklist(c: ChecklistOut): Draft {
  const last = c.items[c.items.length - 1]?.completion.event ?? null;
  return {
    title: c.title,
    description: c.description,
    personaIds: c.targeting.personaIds,
    conditions: c.targeting.conditions.map((x) => toEditable(x as EditableCondition)),
    holdoutPercent: String(c.holdoutPercent),
    // The stored goal is the last item's event unless one was chosen: show that as "default", so
    // it keeps following the last item through edits.
    goalEvent: c.goalEvent && c.goalEvent !== last ? c.goalEvent : "",
    lookBackDays: String(c.lookBackDays),
    fr: { title: c.translations.fr?.title ?? "", description: c.translations.fr?.description ?? "" },
    de: { title: c.translations.de?.title ?? "", description: c.translations.de?.description ?? "" },
    items: c.items.map((i) => ({
      key: newKey(),
      id: i.id,
      title: i.title,
      body: i.body,
      ctaUrl: i.ctaUrl ?? "",
      event: i.completion.event,
      filter: Boolean(i.completion.where),
      where: i.completion.where
        ? toEditable(i.completion.where as EditableCondition)
        : { key: "", op: "equals", text: "" },
      scope: i.scope,
      precursorEvent: i.precursorEvent ?? "",
      fr: { title: i.translations.fr?.title ?? "", body: i.translations.fr?.body ?? "" },
      de: { title: i.translations.de?.title ?? "", body: i.translations.de?.body ?? "" },
    })),
  };
}

const pair = (p: { title: string; body?: string; description?: string }) =>
  Object.values(p).some((v) => v && v.trim() !== "") ? p : undefined;

export function toInput(d: Draft): TChecklistFormInput {
  const holdout = d.holdoutPercent.trim() === "" ? 0 : Number(d.holdoutPercent);
  return {
    title: d.title,
    description: d.description,
    targeting: { personaIds: d.personaIds, conditions: d.conditions.map(fromEditable) },
    holdoutPercent: holdout,
    translations: { fr: pair(d.fr), de: pair(d.de) } as TChecklistFormInput["translations"],
    goalEvent: d.goalEvent,
    lookBackDays: d.lookBackDays.trim() === "" ? 0 : Number(d.lookBackDays),
    items: d.items.map((i) => ({
      ...(i.id ? { id: i.id } : {}),
      title: i.title,
      body: i.body,
      ctaUrl: i.ctaUrl,
      completion: { event: i.event, ...(i.filter ? { where: fromEditable(i.where) } : {}) },
      scope: i.scope,
      precursorEvent: i.precursorEvent,
      translations: { fr: pair(i.fr), de: pair(i.de) } as { fr?: TextPair; de?: TextPair },
    })),
  };
}

/** What the live preview renders: the draft as typed, even before it validates. */
export function toPreviewChecklist(
  d: Draft,
  id = "draft",
): LocalizableChecklist & { targeting: Targeting; holdoutPercent: number } {
  const holdout = Number(d.holdoutPercent);
  return {
    id,
    title: d.title,
    description: d.description,
    translations: { fr: d.fr, de: d.de },
    targeting: {
      personaIds: d.personaIds,
      conditions: d.conditions.filter((c) => c.key.trim() !== "").map(fromEditable),
    },
    holdoutPercent: Number.isFinite(holdout) ? holdout : 0,
    items: d.items.map((i) => ({
      id: i.id ?? i.key,
      title: i.title,
      body: i.body,
      ctaUrl: i.ctaUrl.trim() || null,
      completion: { event: i.event },
      scope: i.scope,
      translations: { fr: i.fr, de: i.de },
    })),
  };
}
