import type { Slots } from "../chunk-api";
import { closeButton, type El } from "../dom";
import { panelText } from "./strings";
import type { ChecklistHandlers, ChecklistScreen } from "./view";

// The checklist chunk's nodes: the role question card and the checklist panel, from the view the
// core decided (controller.ts). The core draws the launcher.

/** Only links a person could mean: http(s), mailto, or relative to the host page. */
export function safeHref(url: string | null, base: string): string | null {
  if (!url) return null;
  try {
    const u = new URL(url, base);
    return u.protocol === "http:" || u.protocol === "https:" || u.protocol === "mailto:" ? u.href : null;
  } catch {
    return null;
  }
}

/** `base`: the host page's base URL, which relative call-to-action links resolve against. */
export function buildPanel(el: El, base: string, view: ChecklistScreen, handlers: ChecklistHandlers): Slots {
  const t = panelText(view.locale);
  const slots: Slots = {};
  const rq = view.card;
  if (rq) {
    slots.card = el(
      "section",
      {
        class: view.docked ? "card" : "card low",
        role: "region",
        "aria-labelledby": "cairn-q",
        "data-testid": "cairn-role-question",
      },
      [
        el("p", { class: "q", id: "cairn-q" }, [rq.question]),
        el(
          "div",
          { class: "opts" },
          rq.options.map((o) =>
            el(
              "button",
              {
                class: "opt",
                "data-key": `opt:${o.value}`,
                "data-testid": "cairn-role-option",
                onclick: () => handlers.answer(o.value),
              },
              [o.label],
            ),
          ),
        ),
        el("button", { class: "skip", "data-key": "skip", onclick: handlers.skip }, [t("skip")]),
      ],
    );
  }
  const cl = view.checklist;
  if (!cl || !view.open || rq) return slots;
  const pct = cl.total === 0 ? 0 : Math.round((100 * cl.done) / cl.total);
  slots.nodes = [
    el(
      "section",
      {
        class: "panel",
        id: "cairn-panel",
        role: "dialog",
        "aria-labelledby": "cairn-title",
        "data-testid": "cairn-panel",
        onpointerenter: handlers.hold,
        onfocusin: handlers.hold,
      },
      [
        el("div", { class: "head" }, [
          el("h2", { class: "title", id: "cairn-title", tabindex: -1 }, [cl.title]),
          closeButton(el, t("dismiss"), "cairn-dismiss", handlers.dismiss),
        ]),
        cl.description ? el("p", { class: "desc" }, [cl.description]) : null,
        el(
          "div",
          {
            class: "bar",
            role: "progressbar",
            "aria-label": t("progress"),
            "aria-valuemin": 0,
            "aria-valuemax": cl.total,
            "aria-valuenow": cl.done,
          },
          [el("div", { class: "fill", style: `width:${pct}%` })],
        ),
        el("p", { class: "count", "data-testid": "cairn-count" }, [t("count", { n: cl.done, m: cl.total })]),
        cl.completed
          ? el("div", { class: "alldone", role: "status", "data-testid": "cairn-all-done" }, [
              el("strong", {}, [t("allDone")]),
              t("allDoneBody"),
            ])
          : null,
        el(
          "ul",
          { class: "items" },
          cl.items.map((item) => {
            const href = item.done ? null : safeHref(item.ctaUrl, base);
            return el(
              "li",
              {
                class: item.done ? "item done" : "item",
                "data-testid": "cairn-item",
                "data-item-id": item.id,
                "data-done": item.done ? "true" : "false",
              },
              [
                el("span", { class: "check", "aria-hidden": "true" }, [item.done ? "✓" : ""]),
                el("div", {}, [
                  el("p", { class: "it" }, [
                    item.title,
                    el("span", { class: "sr" }, [` (${t(item.done ? "done" : "todo")})`]),
                  ]),
                  item.body ? el("p", { class: "ib" }, [item.body]) : null,
                  href ? el("a", { class: "cta", href, "data-key": `cta:${item.id}` }, [t("cta")]) : null,
                ]),
              ],
            );
          }),
        ),
      ],
    ),
  ];
  return slots;
}
