import type { WidgetLocale } from "../protocol";

// Every string the widget shows itself; checklist texts come localized from the server.
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
