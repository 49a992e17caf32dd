import type { WidgetLocale } from "../../../../server/contract/widget-protocol";
import { fill, type Dictionary } from "../i18n";

// The checklist chunk's strings: the panel's and the role question card's own words (the
// launcher's are the core's, i18n.ts).
const en = {
  count: "{n} of {m} done",
  progress: "Checklist progress",
  allDone: "All done!",
  allDoneBody: "You have completed every step.",
  dismiss: "Hide checklist",
  skip: "Skip",
  done: "Done",
  todo: "To do",
  cta: "Start",
};

export type PanelStringKey = keyof typeof en;
export type PanelTranslate = (key: PanelStringKey, vars?: Record<string, string | number>) => string;

const fr: Dictionary<PanelStringKey> = {
  count: "{n} sur {m} terminées",
  progress: "Progression de la liste",
  allDone: "Tout est fait !",
  allDoneBody: "Vous avez terminé toutes les étapes.",
  dismiss: "Masquer la liste",
  skip: "Passer",
  done: "Terminé",
  todo: "À faire",
  cta: "Commencer",
};

const de: Dictionary<PanelStringKey> = {
  count: "{n} von {m} erledigt",
  progress: "Fortschritt der Checkliste",
  allDone: "Alles erledigt!",
  allDoneBody: "Sie haben alle Schritte abgeschlossen.",
  dismiss: "Checkliste ausblenden",
  skip: "Überspringen",
  done: "Erledigt",
  todo: "Offen",
  cta: "Starten",
};

export const PANEL_DICTIONARIES: Record<WidgetLocale, Dictionary<PanelStringKey>> = { en, fr, de };

export function panelText(locale: WidgetLocale): PanelTranslate {
  return (key, vars) => fill(PANEL_DICTIONARIES[locale][key], vars);
}
