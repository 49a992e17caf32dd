import type { ScoreTone, WidgetSurveyKind } from "./widget-protocol";

// Shared by the widget (which follow-up to ask) and the server (verbatims by tone in reports and
// the inbox), so both read a score the same way. NPS: detractor 0–6, passive 7–8, promoter 9–10.
// CSAT (1–5): 1–2, 3, 4–5 — "satisfied" is 4–5 as in the CSAT formula. CES (1–7, 7 = easiest):
// 1–3, 4, 5–7.
const NEUTRAL: Record<Exclude<WidgetSurveyKind, "open">, [number, number]> = { nps: [7, 8], csat: [3, 3], ces: [4, 4] };

export function scoreTone(kind: WidgetSurveyKind, score: number): ScoreTone {
  if (kind === "open") return "neutral";
  const [lo, hi] = NEUTRAL[kind];
  return score < lo ? "negative" : score > hi ? "positive" : "neutral";
}
