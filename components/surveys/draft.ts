import {
  fromEditable,
  toEditable,
  type ConditionRow,
  type EditableCondition,
} from "@/components/targeting/condition-editor";
import { defaultTexts, type SurveyTexts } from "@/server/surveys/texts";
import type { SurveyKind, SurveyLocale, SurveyOut, TSurveyFormInput } from "@/server/surveys/schemas";

// The survey editor's form state and its conversions to the router's input (validated with the
// same schema before sending).

export const TEXT_FIELDS = [
  "question",
  "lowLabel",
  "highLabel",
  "followUpNegative",
  "followUpNeutral",
  "followUpPositive",
  "thankYou",
] as const;
export type TextField = (typeof TEXT_FIELDS)[number];
export type LocaleTexts = Record<TextField, string>;

export type Draft = {
  name: string;
  kind: SurveyKind;
  texts: Record<SurveyLocale, LocaleTexts>;
  personaIds: string[];
  conditions: ConditionRow[];
  accountConditions: ConditionRow[];
  triggerType: "page_load" | "event";
  triggerEvent: string;
  minDays: string;
  sampling: string;
  recurrence: "once" | "repeat";
  recurrenceDays: string;
  recontactDays: string;
  /** <input type="datetime-local"> values, in the browser's time zone; "" for none. */
  startsAt: string;
  endsAt: string;
};

function fullTexts(t: Partial<Record<TextField, string>> | undefined): LocaleTexts {
  return Object.fromEntries(TEXT_FIELDS.map((f) => [f, t?.[f] ?? ""])) as LocaleTexts;
}

export function textsDraft(texts: SurveyTexts): Draft["texts"] {
  return { en: fullTexts(texts.en), fr: fullTexts(texts.fr), de: fullTexts(texts.de) };
}

export function emptyDraft(kind: SurveyKind = "nps"): Draft {
  return {
    name: "",
    kind,
    texts: textsDraft(defaultTexts(kind)),
    personaIds: [],
    conditions: [],
    accountConditions: [],
    triggerType: "page_load",
    triggerEvent: "",
    minDays: "0",
    sampling: "100",
    recurrence: "once",
    recurrenceDays: "90",
    recontactDays: "30",
    startsAt: "",
    endsAt: "",
  };
}

const pad = (n: number) => String(n).padStart(2, "0");

/** A Date as a datetime-local value in the browser's zone. */
export function toLocalInput(d: Date | null): string {
  if (!d) return "";
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export function draftFromSurvey(s: SurveyOut): Draft {
  return {
    name: s.name,
    kind: s.kind,
    texts: textsDraft(s.texts),
    personaIds: s.targeting.personaIds,
    conditions: s.targeting.conditions.map((c) => toEditable(c as EditableCondition)),
    accountConditions: s.targeting.accountConditions.map((c) => toEditable(c as EditableCondition)),
    triggerType: s.trigger.type,
    triggerEvent: s.trigger.type === "event" ? s.trigger.event : "",
    minDays: String(s.minDaysSinceFirstSeen),
    sampling: String(s.samplingPercent),
    recurrence: s.recurrenceDays === 0 ? "once" : "repeat",
    recurrenceDays: s.recurrenceDays === 0 ? "90" : String(s.recurrenceDays),
    recontactDays: String(s.recontactDays),
    startsAt: toLocalInput(s.startsAt),
    endsAt: toLocalInput(s.endsAt),
  };
}

/** "" → NaN so the schema says "enter a number" instead of reading it as 0. */
const num = (s: string) => (s.trim() === "" ? Number.NaN : Number(s));
const date = (s: string) => (s.trim() === "" ? null : new Date(s));

export function toInput(d: Draft): TSurveyFormInput {
  return {
    name: d.name,
    kind: d.kind,
    texts: { en: d.texts.en, fr: d.texts.fr, de: d.texts.de },
    targeting: {
      personaIds: d.personaIds,
      conditions: d.conditions.map(fromEditable),
      accountConditions: d.accountConditions.map(fromEditable),
    },
    trigger: d.triggerType === "page_load" ? { type: "page_load" } : { type: "event", event: d.triggerEvent },
    minDaysSinceFirstSeen: num(d.minDays),
    samplingPercent: num(d.sampling),
    recurrenceDays: d.recurrence === "once" ? 0 : num(d.recurrenceDays),
    recontactDays: num(d.recontactDays),
    startsAt: date(d.startsAt),
    endsAt: date(d.endsAt),
  };
}

/** The texts as typed, for the live card (localizeSurveyTexts fills the gaps). */
export function draftTexts(d: Draft): SurveyTexts {
  return { en: d.texts.en, fr: d.texts.fr, de: d.texts.de };
}

/** The texts are still the kind's defaults (so a kind change may replace them). */
export function isDefaultTexts(d: Draft): boolean {
  return JSON.stringify(d.texts) === JSON.stringify(textsDraft(defaultTexts(d.kind)));
}
