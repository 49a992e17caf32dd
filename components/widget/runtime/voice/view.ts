import type {
  FeedbackCategory,
  WidgetFeedbackButton,
  WidgetFeedbackItem,
  WidgetSurveyKind,
} from "../../../../server/contract/widget-protocol";
import { closeButton, type El } from "../dom";
import { MAX_TEXT, scaleOf } from "./decisions";
import type { VoiceStringKey } from "./strings";

// The survey card and the feedback button + panel, built from plain view objects like the
// checklist's. Typed text lives in the controllers (drafts), not in the view: typing re-renders
// nothing.

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

export type SurveyHandlers = {
  score: (n: number) => void;
  send: () => void;
  close: () => void;
  draft: (text: string) => void;
};

export type FeedbackHandlers = {
  toggle: () => void;
  close: () => void;
  category: (c: FeedbackCategory) => void;
  send: () => void;
  tab: (tab: "form" | "list") => void;
  draft: (text: string) => void;
};

export type T = (key: VoiceStringKey, vars?: Record<string, string | number>) => string;

const textarea = (
  el: El,
  id: string,
  value: string,
  on: { draft: (text: string) => void },
  attrs: Record<string, string>,
) => {
  const area = el("textarea", {
    id,
    maxlength: MAX_TEXT,
    rows: 3,
    oninput: (e) => on.draft((e.target as HTMLTextAreaElement).value),
    ...attrs,
  }) as HTMLTextAreaElement;
  area.value = value;
  return area;
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
export function buildSurvey(
  el: El,
  v: SurveyView,
  t: T,
  on: SurveyHandlers,
  draft: string,
  docked: boolean,
): HTMLElement {
  const scale = scaleOf(v.kind);
  const first = scale[0];
  const lastScore = scale[scale.length - 1];
  const focusable = v.score ?? first;
  const body =
    v.thanks !== null
      ? [
          el(
            "p",
            { class: "thx", id: "cairn-thx", tabindex: -1, role: "status", "data-testid": "cairn-survey-thanks" },
            [v.thanks],
          ),
        ]
      : [
          scale.length > 0
            ? el(
                "div",
                {
                  class: "scale",
                  role: "radiogroup",
                  "aria-labelledby": "cairn-sq",
                  "data-testid": "cairn-survey-scale",
                  onkeydown: roveScale,
                },
                scale.map((n) =>
                  el(
                    "button",
                    {
                      class: "sn",
                      role: "radio",
                      "aria-checked": n === v.score ? "true" : "false",
                      "aria-label":
                        n === first && v.lowLabel
                          ? `${n}: ${v.lowLabel}`
                          : n === lastScore && v.highLabel
                            ? `${n}: ${v.highLabel}`
                            : null,
                      tabindex: n === focusable ? 0 : -1,
                      "data-key": `s:${n}`,
                      onclick: () => on.score(n),
                    },
                    [String(n)],
                  ),
                ),
              )
            : null,
          scale.length > 0 && (v.lowLabel || v.highLabel)
            ? el("div", { class: "ends", "aria-hidden": "true" }, [
                el("span", {}, [v.lowLabel]),
                el("span", {}, [v.highLabel]),
              ])
            : null,
          v.followUp ? el("p", { class: "fq", id: "cairn-fq" }, [v.followUp]) : null,
          v.followUp || v.kind === "open"
            ? el("div", {}, [
                textarea(el, "cairn-sc", draft, on, {
                  "aria-labelledby": v.followUp ? "cairn-fq" : "cairn-sq",
                  "data-testid": "cairn-survey-comment",
                }),
                el(
                  "button",
                  { class: "send", "data-key": "ssend", "data-testid": "cairn-survey-send", onclick: on.send },
                  [t("send")],
                ),
              ])
            : null,
        ];
  return el(
    "section",
    {
      class: docked ? "card sv" : "card sv low",
      role: "dialog",
      "aria-labelledby": "cairn-sq",
      "data-esc": "s",
      "data-kind": v.kind,
      "data-testid": "cairn-survey",
    },
    [
      el("p", { class: "q", id: "cairn-sq", tabindex: -1 }, [v.question]),
      ...body,
      closeButton(el, t("close"), "cairn-survey-close", on.close),
    ],
  );
}

export function buildFeedbackButton(el: El, v: FeedbackView, on: FeedbackHandlers): HTMLElement {
  return el(
    "button",
    {
      class: `fbb ${v.position}`,
      "aria-expanded": v.open ? "true" : "false",
      "aria-controls": v.open ? "cairn-fb" : null,
      "aria-haspopup": "dialog",
      "data-esc": "f",
      "data-key": "fbb",
      "data-testid": "cairn-feedback-button",
      onclick: on.toggle,
    },
    [v.label],
  );
}

function feedbackList(el: El, v: FeedbackView, t: T, locale: string): HTMLElement {
  const list = v.list;
  if (list === null || list === "loading") return el("p", { class: "desc", role: "status" }, ["…"]);
  if (list === "error") return el("p", { class: "desc", role: "status" }, [t("fbError")]);
  if (list.length === 0) return el("p", { class: "desc", "data-testid": "cairn-feedback-empty" }, [t("fbEmpty")]);
  return el(
    "ul",
    { class: "fl" },
    list.map((item) => {
      const date = new Date(item.createdAt);
      return el("li", { "data-testid": "cairn-feedback-item", "data-status": item.status }, [
        el("p", { class: "ft" }, [item.text]),
        el("p", { class: "meta" }, [
          el("span", { class: "st", "data-testid": "cairn-feedback-status" }, [t(item.status)]),
          item.category ? el("span", {}, [t(item.category)]) : null,
          isNaN(date.getTime()) ? null : el("span", {}, [date.toLocaleDateString(locale)]),
        ]),
        item.roadmapTitle ? el("p", { class: "meta" }, [t("roadmap", { title: item.roadmapTitle })]) : null,
      ]);
    }),
  );
}

export function buildFeedbackPanel(
  el: El,
  v: FeedbackView,
  t: T,
  on: FeedbackHandlers,
  draft: string,
  locale: string,
): HTMLElement {
  const link = (key: "fbMine" | "fbTitle", tab: "form" | "list") =>
    el(
      "button",
      {
        class: "lnk",
        "data-key": key,
        "data-testid": tab === "list" ? "cairn-feedback-mine" : "cairn-feedback-new",
        onclick: () => on.tab(tab),
      },
      [t(key)],
    );
  const body =
    v.tab === "list"
      ? [feedbackList(el, v, t, locale), el("div", { class: "row" }, [link("fbTitle", "form")])]
      : v.tab === "thanks"
        ? [
            el(
              "p",
              { class: "thx", id: "cairn-fthx", tabindex: -1, role: "status", "data-testid": "cairn-feedback-thanks" },
              [t("fbThanks")],
            ),
            el("div", { class: "row" }, [link("fbMine", "list"), link("fbTitle", "form")]),
          ]
        : [
            textarea(el, "cairn-ft", draft, on, {
              "aria-label": t("fbText"),
              placeholder: t("fbText"),
              "data-testid": "cairn-feedback-text",
            }),
            v.categories.length > 0
              ? el(
                  "div",
                  { class: "opts", role: "group", "aria-label": t("fbCat") },
                  v.categories.map((c) =>
                    el(
                      "button",
                      {
                        class: "opt",
                        "aria-pressed": c === v.category ? "true" : "false",
                        "data-key": `c:${c}`,
                        "data-testid": "cairn-feedback-category",
                        "data-category": c,
                        onclick: () => on.category(c),
                      },
                      [t(c)],
                    ),
                  ),
                )
              : null,
            el("div", { class: "row" }, [
              el(
                "button",
                { class: "send", "data-key": "fsend", "data-testid": "cairn-feedback-send", onclick: on.send },
                [t("send")],
              ),
              link("fbMine", "list"),
            ]),
          ];
  return el(
    "section",
    {
      class: `fbp ${v.position}`,
      id: "cairn-fb",
      role: "dialog",
      "aria-labelledby": "cairn-fbt",
      "data-esc": "f",
      "data-testid": "cairn-feedback-panel",
    },
    [
      el("div", { class: "head" }, [
        el("h2", { class: "title", id: "cairn-fbt", tabindex: -1 }, [t(v.tab === "list" ? "fbMine" : "fbTitle")]),
        closeButton(el, t("close"), "cairn-feedback-close", on.close),
      ]),
      ...body,
    ],
  );
}
