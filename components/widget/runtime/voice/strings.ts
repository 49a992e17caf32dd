import type { WidgetFeedbackStatus, WidgetLocale } from "../../../../server/contract/widget-protocol";
import { fill, type Dictionary } from "../i18n";

// The voice chunk's strings: the survey card's and the feedback panel's own words.
const en = {
  close: "Close",
  send: "Send",
  fbTitle: "Send us feedback",
  fbText: "What's on your mind?",
  fbCat: "Category",
  idea: "Idea",
  problem: "Problem",
  praise: "Praise",
  question: "Question",
  fbThanks: "Thank you! We read everything you send.",
  fbMine: "Your feedback",
  fbEmpty: "You have not sent any feedback yet.",
  fbError: "Your feedback could not be loaded. Please try again later.",
  roadmap: "On the roadmap: {title}",
  received: "Received",
  under_review: "Under review",
  planned: "Planned",
  in_progress: "In progress",
  shipped: "Shipped",
  closed: "Closed",
};

export type VoiceStringKey = keyof typeof en;

const fr: Dictionary<VoiceStringKey> = {
  close: "Fermer",
  send: "Envoyer",
  fbTitle: "Donnez-nous votre avis",
  fbText: "Qu'aimeriez-vous nous dire ?",
  fbCat: "Catégorie",
  idea: "Idée",
  problem: "Problème",
  praise: "Compliment",
  question: "Question",
  fbThanks: "Merci ! Nous lisons tout ce que vous nous envoyez.",
  fbMine: "Vos retours",
  fbEmpty: "Vous n'avez encore rien envoyé.",
  fbError: "Impossible de charger vos retours. Réessayez plus tard.",
  roadmap: "Sur la feuille de route : {title}",
  received: "Reçu",
  under_review: "En cours d'examen",
  planned: "Prévu",
  in_progress: "En cours",
  shipped: "Livré",
  closed: "Clos",
};

const de: Dictionary<VoiceStringKey> = {
  close: "Schließen",
  send: "Senden",
  fbTitle: "Feedback geben",
  fbText: "Was möchten Sie uns sagen?",
  fbCat: "Kategorie",
  idea: "Idee",
  problem: "Problem",
  praise: "Lob",
  question: "Frage",
  fbThanks: "Danke! Wir lesen alles, was Sie uns schicken.",
  fbMine: "Ihr Feedback",
  fbEmpty: "Sie haben noch kein Feedback gesendet.",
  fbError: "Ihr Feedback konnte nicht geladen werden. Bitte versuchen Sie es später erneut.",
  roadmap: "Auf der Roadmap: {title}",
  received: "Erhalten",
  under_review: "Wird geprüft",
  planned: "Geplant",
  in_progress: "In Arbeit",
  shipped: "Veröffentlicht",
  closed: "Geschlossen",
};

export const VOICE_DICTIONARIES: Record<WidgetLocale, Dictionary<VoiceStringKey>> = { en, fr, de };

export function translate(locale: WidgetLocale, key: VoiceStringKey, vars?: Record<string, string | number>): string {
  return fill(VOICE_DICTIONARIES[locale][key], vars);
}

/** A feedback item's public status, in words (the status values are keys of the dictionaries). */
export function statusLabel(locale: WidgetLocale, status: WidgetFeedbackStatus): string {
  return translate(locale, status);
}
