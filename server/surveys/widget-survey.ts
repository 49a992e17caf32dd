import type { WidgetLocale, WidgetSurvey, WidgetSurveyKind } from "../contract/widget-protocol";
import { localizeSurveyTexts, readSurveyTexts } from "./texts";

/** A recorded display as the widget shows it: the survey's wording in the user's locale. */
export function toWidgetSurvey(
  survey: { id: string; kind: WidgetSurveyKind; texts: unknown },
  displayId: string,
  locale: WidgetLocale,
): WidgetSurvey {
  const texts = localizeSurveyTexts(survey.kind, readSurveyTexts(survey.texts, survey.kind), locale);
  return { displayId, surveyId: survey.id, kind: survey.kind, locale, ...texts };
}
