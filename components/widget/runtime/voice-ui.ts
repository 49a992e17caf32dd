import type { FeedbackCategory, WidgetFeedbackButton, WidgetFeedbackItem, WidgetSurveyKind } from "../../../server/contract/widget-protocol";
import { closeButton, h } from "./dom";
import type { StringKey } from "./i18n";
import { MAX_TEXT, scaleOf } from "./voice";

// The survey card and the feedback button + panel, built from plain view objects like the rest
// of ui.ts. Typed text lives in the app (drafts), not in the view: typing re-renders nothing.

export type SurveyView = {
  kind: WidgetSurveyKind;
  question: string;
  lowLabel: string;
  highLabel: string;
  score: number | null;
  followUp: string | null;
  /** The thank-you text once answered. */
  thanks: string | null;
};

export type FeedbackView = {
  label: string;
  /** bottom-right: in the dock beside the checklist launcher (a flex row, so the two never
   * overlap); bottom-left: alone in that corner; middle-*: a vertical tab on that edge. */
  position: WidgetFeedbackButton["position"];
  categories: FeedbackCategory[];
  open: boolean;
  tab: "form" | "thanks" | "list";
  category: FeedbackCategory | null;
  list: WidgetFeedbackItem[] | "loading" | "error" | null;
};

export type VoiceHandlers = {
  score: (n: number) => void;
  surveySend: () => void;
  surveyClose: () => void;
  draft: (which: "s" | "f", text: string) => void;
  feedbackToggle: () => void;
  feedbackClose: () => void;
  category: (c: FeedbackCategory) => void;
  feedbackSend: () => void;
  feedbackTab: (tab: "form" | "list") => void;
};

type T = (key: StringKey, vars?: Record<string, string | number>) => string;
export type Drafts = { s: string; f: string };

const textarea = (doc: Document, id: string, key: "s" | "f", value: string, on: VoiceHandlers, attrs: Record<string, string>) => {
  const el = h(doc, "textarea", { id, maxlength: MAX_TEXT, rows: 3, oninput: (e) => on.draft(key, (e.target as HTMLTextAreaElement).value), ...attrs }) as HTMLTextAreaElement;
  el.value = value;
  return el;
};

/** Arrow keys, Home and End move the focus along the scale (roving tabindex); Enter or Space
 * (the buttons' own activation) picks the score. */
function roveScale(e: Event): void {
  const ev = e as KeyboardEvent;
  const buttons = Array.from((ev.currentTarget as HTMLElement).querySelectorAll<HTMLElement>("button"));
  const i = buttons.indexOf(ev.target as HTMLElement);
  const last = buttons.length - 1;
  const next = { ArrowRight: i + 1, ArrowDown: i + 1, ArrowLeft: i - 1, ArrowUp: i - 1, Home: 0, End: last }[ev.key];
  if (next === undefined || i < 0) return;
  ev.preventDefault();
  const target = buttons[Math.max(0, Math.min(last, next))]!;
  for (const b of buttons) b.tabIndex = b === target ? 0 : -1;
  target.focus();
}

/** `docked`: something sits in the bottom-right dock, so the card goes above it. */
export function buildSurvey(doc: Document, v: SurveyView, t: T, on: VoiceHandlers, drafts: Drafts, docked: boolean): HTMLElement {
  const scale = scaleOf(v.kind);
  const first = scale[0];
  const lastScore = scale[scale.length - 1];
  const focusable = v.score ?? first;
  const body = v.thanks !== null
    ? [h(doc, "p", { class: "thx", id: "cairn-thx", tabindex: -1, role: "status", "data-testid": "cairn-survey-thanks" }, [v.thanks])]
    : [
        scale.length > 0
          ? h(doc, "div", { class: "scale", role: "radiogroup", "aria-labelledby": "cairn-sq", "data-testid": "cairn-survey-scale", onkeydown: roveScale }, scale.map((n) =>
              h(doc, "button", {
                class: "sn",
                role: "radio",
                "aria-checked": n === v.score ? "true" : "false",
                "aria-label": n === first && v.lowLabel ? `${n}: ${v.lowLabel}` : n === lastScore && v.highLabel ? `${n}: ${v.highLabel}` : null,
                tabindex: n === focusable ? 0 : -1,
                "data-key": `s:${n}`,
                onclick: () => on.score(n),
              }, [String(n)]),
            ))
          : null,
        scale.length > 0 && (v.lowLabel || v.highLabel) ? h(doc, "div", { class: "ends", "aria-hidden": "true" }, [h(doc, "span", {}, [v.lowLabel]), h(doc, "span", {}, [v.highLabel])]) : null,
        v.followUp ? h(doc, "p", { class: "fq", id: "cairn-fq" }, [v.followUp]) : null,
        v.followUp || v.kind === "open"
          ? h(doc, "div", {}, [
              textarea(doc, "cairn-sc", "s", drafts.s, on, { "aria-labelledby": v.followUp ? "cairn-fq" : "cairn-sq", "data-testid": "cairn-survey-comment" }),
              h(doc, "button", { class: "send", "data-key": "ssend", "data-testid": "cairn-survey-send", onclick: on.surveySend }, [t("send")]),
            ])
          : null,
      ];
  return h(doc, "section", { class: docked ? "card sv" : "card sv low", role: "dialog", "aria-labelledby": "cairn-sq", "data-esc": "s", "data-kind": v.kind, "data-testid": "cairn-survey" }, [
    h(doc, "p", { class: "q", id: "cairn-sq", tabindex: -1 }, [v.question]),
    ...body,
    closeButton(doc, t("close"), "cairn-survey-close", on.surveyClose),
  ]);
}

export function buildFeedbackButton(doc: Document, v: FeedbackView, on: VoiceHandlers): HTMLElement {
  return h(doc, "button", {
    class: `fbb ${v.position}`,
    "aria-expanded": v.open ? "true" : "false",
    "aria-controls": v.open ? "cairn-fb" : null,
    "aria-haspopup": "dialog",
    "data-esc": "f",
    "data-key": "fbb",
    "data-testid": "cairn-feedback-button",
    onclick: on.feedbackToggle,
  }, [v.label]);
}

function feedbackList(doc: Document, v: FeedbackView, t: T, locale: string): HTMLElement {
  const list = v.list;
  if (list === null || list === "loading") return h(doc, "p", { class: "desc", role: "status" }, ["…"]);
  if (list === "error") return h(doc, "p", { class: "desc", role: "status" }, [t("fbError")]);
  if (list.length === 0) return h(doc, "p", { class: "desc", "data-testid": "cairn-feedback-empty" }, [t("fbEmpty")]);
  return h(doc, "ul", { class: "fl" }, list.map((item) => {
    const date = new Date(item.createdAt);
    return h(doc, "li", { "data-testid": "cairn-feedback-item", "data-status": item.status }, [
      h(doc, "p", { class: "ft" }, [item.text]),
      h(doc, "p", { class: "meta" }, [
        h(doc, "span", { class: "st", "data-testid": "cairn-feedback-status" }, [t(item.status)]),
        item.category ? h(doc, "span", {}, [t(item.category)]) : null,
        isNaN(date.getTime()) ? null : h(doc, "span", {}, [date.toLocaleDateString(locale)]),
      ]),
      item.roadmapTitle ? h(doc, "p", { class: "meta" }, [t("roadmap", { title: item.roadmapTitle })]) : null,
    ]);
  }));
}

export function buildFeedbackPanel(doc: Document, v: FeedbackView, t: T, on: VoiceHandlers, drafts: Drafts, locale: string): HTMLElement {
  const link = (key: "fbMine" | "fbTitle", tab: "form" | "list") =>
    h(doc, "button", { class: "lnk", "data-key": key, "data-testid": tab === "list" ? "cairn-feedback-mine" : "cairn-feedback-new", onclick: () => on.feedbackTab(tab) }, [t(key)]);
  const body =
    v.tab === "list"
      ? [feedbackList(doc, v, t, locale), h(doc, "div", { class: "row" }, [link("fbTitle", "form")])]
      : v.tab === "thanks"
        ? [h(doc, "p", { class: "thx", id: "cairn-fthx", tabindex: -1, role: "status", "data-testid": "cairn-feedback-thanks" }, [t("fbThanks")]), h(doc, "div", { class: "row" }, [link("fbMine", "list"), link("fbTitle", "form")])]
        : [
            textarea(doc, "cairn-ft", "f", drafts.f, on, { "aria-label": t("fbText"), placeholder: t("fbText"), "data-testid": "cairn-feedback-text" }),
            v.categories.length > 0
              ? h(doc, "div", { class: "opts", role: "group", "aria-label": t("fbCat") }, v.categories.map((c) =>
                  h(doc, "button", { class: "opt", "aria-pressed": c === v.category ? "true" : "false", "data-key": `c:${c}`, "data-testid": "cairn-feedback-category", "data-category": c, onclick: () => on.category(c) }, [t(c)]),
                ))
              : null,
            h(doc, "div", { class: "row" }, [
              h(doc, "button", { class: "send", "data-key": "fsend", "data-testid": "cairn-feedback-send", onclick: on.feedbackSend }, [t("send")]),
              link("fbMine", "list"),
            ]),
          ];
  return h(doc, "section", { class: `fbp ${v.position}`, id: "cairn-fb", role: "dialog", "aria-labelledby": "cairn-fbt", "data-esc": "f", "data-testid": "cairn-feedback-panel" }, [
    h(doc, "div", { class: "head" }, [
      h(doc, "h2", { class: "title", id: "cairn-fbt", tabindex: -1 }, [t(v.tab === "list" ? "fbMine" : "fbTitle")]),
      closeButton(doc, t("close"), "cairn-feedback-close", on.feedbackClose),
    ]),
    ...body,
  ]);
}
