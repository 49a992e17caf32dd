import type { WidgetState } from "../../../server/contract/widget-protocol";

// The one survey rule the core applies itself: a track call that can bring a survey needs the
// voice chunk (voice/survey-asker.ts decides the rest).

/** Tracking `event` asks for a survey when an active survey is triggered by it. */
export function triggersSurvey(state: WidgetState | null, event: string): boolean {
  return Boolean(state && Array.isArray(state.surveyEvents) && state.surveyEvents.includes(event));
}
