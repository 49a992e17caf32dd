import type { WidgetSurveyKind } from "../../components/widget/protocol";
import { ZSurveyTargeting, ZSurveyTrigger, type SurveyRule, type SurveyStatus } from "./eligibility";

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

export type SurveyRuleRow = {
  id: string;
  kind: WidgetSurveyKind;
  status: SurveyStatus;
  texts: unknown;
  targeting: unknown;
  trigger: unknown;
  minDaysSinceFirstSeen: number;
  samplingPercent: number;
  recurrenceDays: number;
  recontactDays: number;
  startsAt: Date | null;
  endsAt: Date | null;
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
