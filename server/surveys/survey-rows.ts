import type { z } from "zod";
import { readSurveyTexts } from "./texts";
import { SURVEY_RULE_SELECT, type SurveyRuleRow } from "./survey-rule";
import {
  ZSurveyTargetingInput,
  ZSurveyTriggerInput,
  type SurveyKind,
  type SurveyOut,
  type TSurveyInput,
} from "./schemas";

// Survey rows ↔ the router's shapes: the JSON columns are parsed leniently on the way out (a row
// written by an older version reads as "everyone" / "page load" rather than failing the page).

export const SURVEY_SELECT = {
  ...SURVEY_RULE_SELECT,
  name: true,
  createdAt: true,
  updatedAt: true,
  _count: { select: { displays: true } },
} as const;

type SurveyRow = Omit<SurveyRuleRow, "kind" | "status"> & {
  name: string;
  kind: SurveyKind;
  status: SurveyOut["status"];
  createdAt: Date;
  updatedAt: Date;
  _count: { displays: number };
};

const EMPTY_TARGETING: z.infer<typeof ZSurveyTargetingInput> = {
  personaIds: [],
  conditions: [],
  accountConditions: [],
};

export function readSurveyTargeting(json: unknown): z.infer<typeof ZSurveyTargetingInput> {
  const parsed = ZSurveyTargetingInput.safeParse(json ?? {});
  return parsed.success ? parsed.data : EMPTY_TARGETING;
}

export function readSurveyTrigger(json: unknown): z.infer<typeof ZSurveyTriggerInput> {
  const parsed = ZSurveyTriggerInput.safeParse(json);
  return parsed.success ? parsed.data : { type: "page_load" };
}

export function readSurvey(row: SurveyRow): SurveyOut {
  const { _count, texts, targeting, trigger, ...rest } = row;
  return {
    ...rest,
    texts: readSurveyTexts(texts, row.kind),
    targeting: readSurveyTargeting(targeting),
    trigger: readSurveyTrigger(trigger),
    displays: _count.displays,
  };
}

/** The columns an input writes (status, workspace and texts excepted). */
export function surveyData(input: TSurveyInput) {
  return {
    name: input.name,
    kind: input.kind,
    targeting: input.targeting,
    trigger: input.trigger,
    minDaysSinceFirstSeen: input.minDaysSinceFirstSeen,
    samplingPercent: input.samplingPercent,
    recurrenceDays: input.recurrenceDays,
    recontactDays: input.recontactDays,
    startsAt: input.startsAt,
    endsAt: input.endsAt,
  };
}
