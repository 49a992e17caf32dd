import type { WidgetLocale } from "../../../server/contract/widget-protocol";

// The core's strings (checklist, launcher, role question) and the locale rules every chunk
// shares; a chunk brings its own strings (voice/strings.ts). Checklist and survey texts come
// localized from the server.
const en = {
  launcher: "Get started",
  count: "{n} of {m} done",
  progress: "Checklist progress",
  allDone: "All done!",
  allDoneBody: "You have completed every step.",
  dismiss: "Hide checklist",
  reopen: "Show checklist",
  skip: "Skip",
  done: "Done",
  todo: "To do",
  cta: "Start",
  launcherLabel: "{title}: {n} of {m} done",
};

export type StringKey = keyof typeof en;
export type Dictionary<K extends string = StringKey> = Record<K, string>;

const fr: Dictionary = {
  launcher: "Premiers pas",
  count: "{n} sur {m} terminées",
  progress: "Progression de la liste",
  allDone: "Tout est fait !",
  allDoneBody: "Vous avez terminé toutes les étapes.",
  dismiss: "Masquer la liste",
  reopen: "Afficher la liste",
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

/** A template with its {placeholders} filled; unknown ones stay visible rather than invent text. */
export function fill(template: string, vars: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

export function translate(locale: WidgetLocale, key: StringKey, vars?: Record<string, string | number>): string {
  return fill(DICTIONARIES[locale][key], vars);
}
