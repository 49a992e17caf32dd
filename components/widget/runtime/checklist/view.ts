import type { WidgetLocale, WidgetRoleQuestion } from "../../../../server/contract/widget-protocol";
import { h } from "../dom";
import type { StringKey } from "../i18n";

// The launcher, drawn by the core at first paint, and the view the checklist chunk draws the
// panel and the role question card from (panel.ts). Texts go in through textContent only.
export type ChecklistView = {
  id: string;
  title: string;
  description: string;
  items: { id: string; title: string; body: string; ctaUrl: string | null; done: boolean }[];
  done: number;
  total: number;
  completed: boolean;
  dismissed: boolean;
};

export type ChecklistScreen = {
  locale: WidgetLocale;
  card: Pick<WidgetRoleQuestion, "question" | "options"> | null;
  checklist: ChecklistView | null;
  open: boolean;
  /** Something sits in the bottom-right dock: the role question card goes above it. */
  docked: boolean;
  /** The user opened the panel from the launcher (else it opened by itself). */
  byUser: boolean;
};

export type ChecklistHandlers = {
  toggle: () => void;
  dismiss: () => void;
  answer: (value: string) => void;
  skip: () => void;
  /** The pointer or the focus entered the panel (a panel that opened by itself then stays). */
  hold?: () => void;
  /** The user works in the host page: the panel collapses to the launcher. */
  collapse?: () => void;
  /** The panel opened by itself but the host page leaves it no room. */
  noRoom?: () => void;
};

export type Translate = (key: StringKey, vars?: Record<string, string | number>) => string;

/** The launcher: opens and closes the panel; a dismissed checklist shrinks it to its badge. */
export function buildLauncher(
  doc: Document,
  view: ChecklistScreen,
  cl: ChecklistView,
  t: Translate,
  toggle: () => void,
): HTMLElement {
  const open = view.open && !view.card;
  const compact = cl.dismissed && !open;
  return h(
    doc,
    "button",
    {
      class: compact ? "launcher compact" : "launcher",
      "aria-expanded": open ? "true" : "false",
      "aria-controls": open ? "cairn-panel" : null,
      "aria-haspopup": "dialog",
      "aria-label": `${compact ? `${t("reopen")}. ` : ""}${t("launcherLabel", { title: cl.title, n: cl.done, m: cl.total })}`,
      "data-key": "launcher",
      "data-testid": "cairn-launcher",
      onclick: toggle,
    },
    [
      compact ? null : h(doc, "span", {}, [cl.completed ? t("allDone") : t("launcher")]),
      h(doc, "span", { class: "badge", "aria-hidden": "true" }, [`${cl.done}/${cl.total}`]),
    ],
  );
}
