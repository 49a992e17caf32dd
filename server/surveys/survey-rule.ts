import type { WidgetSurveyKind } from "../contract/widget-protocol";
import { ZSurveyTargeting, ZSurveyTrigger, type SurveyRule } from "./eligibility";

/** The Survey columns the eligibility rules and the widget read. */
export const SURVEY_RULE_SELECT = {
  id: true,
  kind: true,
  status: true,
  texts: true,
  targeting: true,
  trigger: true,
  minDaysSinceFirstSeen: true,
  samplingPercent: true,
  recurrenceDays: true,
  recontactDays: true,
  startsAt: true,
  endsAt: true,
} as const;

/** A Survey row as SURVEY_RULE_SELECT reads it: the rule's fields, with its JSON not parsed yet. */
export type SurveyRuleRow = Omit<SurveyRule, "targeting" | "trigger"> & {
  kind: WidgetSurveyKind;
  texts: unknown;
  targeting: unknown;
  trigger: unknown;
};

export type RuntimeSurvey = SurveyRule & { kind: WidgetSurveyKind; texts: unknown };

/** A stored survey with its JSON parsed for the rules; null when its targeting or trigger does not
 * parse (written outside the editor): such a survey is never shown rather than shown to everyone. */
export function readSurveyRule(row: SurveyRuleRow): RuntimeSurvey | null {
  const targeting = ZSurveyTargeting.safeParse(row.targeting ?? {});
  const trigger = ZSurveyTrigger.safeParse(row.trigger);
  if (!targeting.success || !trigger.success) return null;
  return { ...row, targeting: targeting.data, trigger: trigger.data };
}
