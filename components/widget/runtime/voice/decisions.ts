import type {
  FeedbackCategory,
  VoiceMessage,
  WidgetSurvey,
  WidgetSurveyKind,
} from "../../../../server/contract/widget-protocol";
import { scoreTone } from "../../../../server/contract/score-tone";

// Pure decisions of the survey card and the feedback form: which scale a kind has and which
// message a card leaves behind when it is answered, closed or abandoned with the page. The
// controllers beside this file do the side effects; when to ask is the core's (survey-asker.ts).

export const MAX_TEXT = 5000;

/** The score range of each scale kind; an open survey has none. */
export const SCALES: Record<Exclude<WidgetSurveyKind, "open">, [number, number]> = {
  nps: [0, 10],
  csat: [1, 5],
  ces: [1, 7],
};

export function scaleOf(kind: WidgetSurveyKind): number[] {
  if (kind === "open") return [];
  const [lo, hi] = SCALES[kind];
  return Array.from({ length: hi - lo + 1 }, (_, i) => lo + i);
}

/** The survey on screen. `score` is null until one is picked; `done` once a message left. */
export type SurveyCard = { survey: WidgetSurvey; score: number | null; thanks: boolean; done: boolean };

/** The follow-up question for the picked score (none before a score, none for open surveys). */
export function followUpOf(card: SurveyCard): string | null {
  const { survey, score } = card;
  return survey.kind === "open" || score === null ? null : survey.followUp[scoreTone(survey.kind, score)] || null;
}

/** Whether the focused element of the host page takes typing (the survey card then appears
 * without taking the focus from it). */
export function isTyping(el: { tagName: string; type?: string; isContentEditable?: boolean } | null): boolean {
  if (!el) return false;
  if (el.isContentEditable || el.tagName === "TEXTAREA" || el.tagName === "SELECT") return true;
  return (
    el.tagName === "INPUT" &&
    !/^(button|submit|reset|checkbox|radio|range|color|file|image|hidden)$/.test(el.type ?? "")
  );
}

/** How a card ends: Send, the close button (or Escape), or the page going away. */
export type Ending = "send" | "close" | "pagehide";

type Meta = { messageId: string; userId: string; userHash?: string; timestamp: string };

/**
 * What the card sends as it ends, or null:
 * - send: the answer (score and/or the comment, trimmed, at most MAX_TEXT); an open survey with
 *   no text sends nothing (the Send button is disabled then);
 * - close or pagehide after a score: the score alone — a picked score is an answer;
 * - close without a score: a dismissal; pagehide without a score: nothing (the user did not refuse,
 *   they left — the display the server recorded stands);
 * - once something was sent: nothing more.
 */
export function endingMessage(card: SurveyCard, how: Ending, meta: Meta, comment = ""): VoiceMessage | null {
  if (card.done) return null;
  const { surveyId, displayId, kind, locale } = card.survey;
  const base = { ...meta, surveyId, displayId };
  // A draft comment goes with the score when the page goes away (the user did not discard it); closing the card keeps the score only.
  const text = how === "close" ? "" : comment.trim().slice(0, MAX_TEXT);
  if (kind === "open" ? text === "" : card.score === null) {
    return how === "close" ? { type: "survey_dismiss", ...base } : null;
  }
  const m: VoiceMessage = { type: "survey_response", ...base, locale };
  if (card.score !== null && kind !== "open") m.score = card.score;
  if (text) m.comment = text;
  return m;
}

export function feedbackMessage(
  meta: Meta,
  text: string,
  category: FeedbackCategory | null,
  pageUrl: string,
  locale: string,
): VoiceMessage | null {
  const t = text.trim().slice(0, MAX_TEXT);
  if (!t) return null;
  const m: VoiceMessage = { type: "feedback", ...meta, text: t, pageUrl: pageUrl.slice(0, 2000), locale };
  if (category) m.category = category;
  return m;
}
