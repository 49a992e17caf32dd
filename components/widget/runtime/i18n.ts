import type { WidgetLocale } from "../../../server/contract/widget-protocol";

// The core's strings (the launcher's) and the locale rules every chunk shares; a chunk brings its
// own strings (checklist/strings.ts, voice/strings.ts). Checklist and survey texts come localized
// from the server.
const en = {
  launcher: "Get started",
  allDone: "All done!",
  reopen: "Show checklist",
  launcherLabel: "{title}: {n} of {m} done",
};

export type StringKey = keyof typeof en;
export type Dictionary<K extends string = StringKey> = Record<K, string>;

const fr: Dictionary = {
  launcher: "Premiers pas",
  allDone: "Tout est fait !",
  reopen: "Afficher la liste",
  launcherLabel: "{title} : {n} sur {m} terminées",
};

const de: Dictionary = {
  launcher: "Erste Schritte",
  allDone: "Alles erledigt!",
  reopen: "Checkliste anzeigen",
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
