import type { WidgetFeedbackStatus, WidgetLocale } from "../../../server/contract/widget-protocol";

// Every string the widget shows itself; checklist and survey texts come localized from the server.
const en = {
  launcher: "Get started",
  count: "{n} of {m} done",
  progress: "Checklist progress",
  allDone: "All done!",
  allDoneBody: "You have completed every step.",
  dismiss: "Hide checklist",
  reopen: "Show checklist",
  close: "Close",
  skip: "Skip",
  done: "Done",
  todo: "To do",
  cta: "Start",
  launcherLabel: "{title}: {n} of {m} done",
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

export type StringKey = keyof typeof en;
type Dictionary = Record<StringKey, string>;

const fr: Dictionary = {
  launcher: "Premiers pas",
  count: "{n} sur {m} terminées",
  progress: "Progression de la liste",
  allDone: "Tout est fait !",
  allDoneBody: "Vous avez terminé toutes les étapes.",
  dismiss: "Masquer la liste",
  reopen: "Afficher la liste",
  close: "Fermer",
  skip: "Passer",
  done: "Terminé",
  todo: "À faire",
  cta: "Commencer",
  launcherLabel: "{title} : {n} sur {m} terminées",
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

const de: Dictionary = {
  launcher: "Erste Schritte",
  count: "{n} von {m} erledigt",
  progress: "Fortschritt der Checkliste",
  allDone: "Alles erledigt!",
  allDoneBody: "Sie haben alle Schritte abgeschlossen.",
  dismiss: "Checkliste ausblenden",
  reopen: "Checkliste anzeigen",
  close: "Schließen",
  skip: "Überspringen",
  done: "Erledigt",
  todo: "Offen",
  cta: "Starten",
  launcherLabel: "{title}: {n} von {m} erledigt",
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

export const DICTIONARIES: Record<WidgetLocale, Dictionary> = { en, fr, de };

/** The first candidate (a WidgetLocale or a BCP 47 tag like "fr-CA") we have strings for. */
export function pickLocale(...candidates: (string | null | undefined)[]): WidgetLocale {
  for (const c of candidates) {
    const base = (c ?? "").toLowerCase().split(/[-_]/)[0];
    if (base === "en" || base === "fr" || base === "de") return base;
  }
  return "en";
}

export function translate(locale: WidgetLocale, key: StringKey, vars: Record<string, string | number> = {}): string {
  return DICTIONARIES[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** A feedback item's public status, in words (the status values are keys of the dictionaries). */
export function statusLabel(locale: WidgetLocale, status: WidgetFeedbackStatus): string {
  return translate(locale, status);
}
