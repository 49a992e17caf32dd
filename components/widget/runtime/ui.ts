import type { WidgetLocale } from "../../../server/contract/widget-protocol";
import { closeButton, h } from "./dom";
import { translate, type StringKey } from "./i18n";
import { CSS } from "./styles";
import { buildFeedbackButton, buildFeedbackPanel, buildSurvey, type Drafts, type FeedbackView, type SurveyView, type VoiceHandlers } from "./voice-ui";

// The DOM side: a <cairn-widget> element appended to <body>, holding a shadow root with the
// role question card, the survey card, the checklist panel and launcher, and the feedback button
// and panel. Texts go in through textContent only; the view is rebuilt from a plain object on
// each change (a few dozen nodes).

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

export type View = {
  locale: WidgetLocale;
  card: { question: string; options: { value: string; label: string }[] } | null;
  checklist: ChecklistView | null;
  open: boolean;
  /** The survey card, or null (none, or hidden while a panel is open). */
  survey: SurveyView | null;
  feedback: FeedbackView | null;
};

export type Handlers = VoiceHandlers & {
  toggle: () => void;
  close: () => void;
  dismiss: () => void;
  answer: (value: string) => void;
  skip: () => void;
};

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

/** `focus`: a selector inside the widget to move the focus to (else it stays where it was).
 * render returns true when the focus was inside the widget and its element is gone. */
export type Ui = { render(view: View, focus?: string | null): boolean; destroy(): void };

export function createUi(doc: Document, handlers: Handlers, drafts: () => Drafts, onFirstLauncher: () => void): Ui {
  let hostEl: HTMLElement | null = null;
  let shadow: ShadowRoot | null = null;
  let root: HTMLElement | null = null;
  let last = "";
  let launcherShown = false;

  function mount(): boolean {
    if (!doc.body) return false;
    if (root && hostEl) {
      // A host that rewrote <body> took us out: go back in.
      if (!hostEl.isConnected) doc.body.append(hostEl);
      return true;
    }
    hostEl = doc.createElement("cairn-widget");
    // Inline !important beats any host rule that would hide or move the element itself.
    hostEl.style.cssText = "all:initial !important;display:block !important";
    shadow = hostEl.attachShadow({ mode: "open" });
    try {
      // A constructed sheet is not subject to CSP's style-src; a <style> element is the fallback.
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(CSS);
      shadow.adoptedStyleSheets = [sheet];
    } catch {
      shadow.append(h(doc, "style", {}, [CSS]));
    }
    root = h(doc, "div", { class: "root", "data-testid": "cairn-root" });
    shadow.append(root);
    // Escape closes what holds the focus: the survey card, the feedback panel, else the checklist.
    shadow.addEventListener("keydown", (e) => {
      if ((e as KeyboardEvent).key !== "Escape") return;
      const zone = (e.target as Element).closest?.("[data-esc]")?.getAttribute("data-esc");
      if (zone === "s") handlers.surveyClose();
      else if (zone === "f") handlers.feedbackClose();
      else handlers.close();
    });
    doc.body.append(hostEl);
    return true;
  }

  function build(view: View): Node[] {
    const t = (key: StringKey, vars?: Record<string, string | number>) => translate(view.locale, key, vars);
    const nodes: Node[] = [];
    const cl = view.checklist;
    const fb = view.feedback;
    const docked = Boolean(cl || fb?.position === "bottom-right");
    if (view.survey) nodes.push(buildSurvey(doc, view.survey, t, handlers, drafts(), docked));
    else if (view.card) {
      nodes.push(
        h(doc, "section", { class: docked ? "card" : "card low", role: "region", "aria-labelledby": "cairn-q", "data-testid": "cairn-role-question" }, [
          h(doc, "p", { class: "q", id: "cairn-q" }, [view.card.question]),
          h(doc, "div", { class: "opts" }, view.card.options.map((o) =>
            h(doc, "button", { class: "opt", "data-key": `opt:${o.value}`, "data-testid": "cairn-role-option", onclick: () => handlers.answer(o.value) }, [o.label]),
          )),
          h(doc, "button", { class: "skip", "data-key": "skip", onclick: handlers.skip }, [t("skip")]),
        ]),
      );
    }
    if (fb) {
      if (fb.open) nodes.push(buildFeedbackPanel(doc, fb, t, handlers, drafts(), view.locale));
      if (fb.position !== "bottom-right") nodes.push(buildFeedbackButton(doc, fb, handlers));
    }
    // Bottom right: the launcher, and the feedback button beside it when placed there (a flex
    // row, so the two never overlap whatever their labels' lengths).
    const dock = h(doc, "div", { class: "dock" }, [fb?.position === "bottom-right" ? buildFeedbackButton(doc, fb, handlers) : null]);
    if (cl) addChecklist(cl);
    if (docked) nodes.push(dock);
    return nodes;

    function addChecklist(cl: ChecklistView): void {
      const open = view.open && !view.card;
      if (open) {
        const pct = cl.total === 0 ? 0 : Math.round((100 * cl.done) / cl.total);
        nodes.push(
          h(doc, "section", { class: "panel", id: "cairn-panel", role: "dialog", "aria-labelledby": "cairn-title", "data-testid": "cairn-panel" }, [
            h(doc, "div", { class: "head" }, [
              h(doc, "h2", { class: "title", id: "cairn-title", tabindex: -1 }, [cl.title]),
              closeButton(doc, t("dismiss"), "cairn-dismiss", handlers.dismiss),
            ]),
            cl.description ? h(doc, "p", { class: "desc" }, [cl.description]) : null,
            h(doc, "div", { class: "bar", role: "progressbar", "aria-label": t("progress"), "aria-valuemin": 0, "aria-valuemax": cl.total, "aria-valuenow": cl.done }, [
              h(doc, "div", { class: "fill", style: `width:${pct}%` }),
            ]),
            h(doc, "p", { class: "count", "data-testid": "cairn-count" }, [t("count", { n: cl.done, m: cl.total })]),
            cl.completed
              ? h(doc, "div", { class: "alldone", role: "status", "data-testid": "cairn-all-done" }, [h(doc, "strong", {}, [t("allDone")]), t("allDoneBody")])
              : null,
            h(doc, "ul", { class: "items" }, cl.items.map((item) => {
              const href = item.done ? null : safeHref(item.ctaUrl, doc.baseURI);
              return h(doc, "li", { class: item.done ? "item done" : "item", "data-testid": "cairn-item", "data-item-id": item.id, "data-done": item.done ? "true" : "false" }, [
                h(doc, "span", { class: "check", "aria-hidden": "true" }, [item.done ? "✓" : ""]),
                h(doc, "div", {}, [
                  h(doc, "p", { class: "it" }, [item.title, h(doc, "span", { class: "sr" }, [` (${t(item.done ? "done" : "todo")})`])]),
                  item.body ? h(doc, "p", { class: "ib" }, [item.body]) : null,
                  href ? h(doc, "a", { class: "cta", href, "data-key": `cta:${item.id}` }, [t("cta")]) : null,
                ]),
              ]);
            })),
          ]),
        );
      }
      const compact = cl.dismissed && !open;
      dock.append(
        h(doc, "button", {
          class: compact ? "launcher compact" : "launcher",
          "aria-expanded": open ? "true" : "false",
          "aria-controls": open ? "cairn-panel" : null,
          "aria-haspopup": "dialog",
          "aria-label": `${compact ? `${t("reopen")}. ` : ""}${t("launcherLabel", { title: cl.title, n: cl.done, m: cl.total })}`,
          "data-key": "launcher",
          "data-testid": "cairn-launcher",
          onclick: handlers.toggle,
        }, [
          compact ? null : h(doc, "span", {}, [cl.completed ? t("allDone") : t("launcher")]),
          h(doc, "span", { class: "badge", "aria-hidden": "true" }, [`${cl.done}/${cl.total}`]),
        ]),
      );
    }
  }

  return {
    render(view, focus = null) {
      const key = JSON.stringify(view);
      if (key === last && !focus) return false;
      if (!mount() || !root || !shadow) return false;
      last = key;
      const was = shadow.activeElement as HTMLTextAreaElement | null;
      // The focused element is found again in the new nodes by its data-key, else its id.
      const active = was?.getAttribute("data-key");
      const scrolls = Array.from(root.querySelectorAll(".panel,.fbp"), (el) => el.scrollTop);
      // A feedback tab on the right edge moves the cards and the panel off it.
      root.className = `root fb-${view.feedback?.position}`;
      root.replaceChildren(...build(view));
      root.querySelectorAll(".panel,.fbp").forEach((el, i) => (el.scrollTop = scrolls[i] ?? 0));
      const target = root.querySelector<HTMLTextAreaElement>(
        focus ?? (active ? `[data-key="${active.replace(/["\\]/g, "\\$&")}"]` : was?.id ? `#${was.id}` : ":not(*)"),
      );
      target?.focus();
      // Typing in a textarea survives a rebuild (a poll or a tick while the user writes).
      if (!focus && target && was && "selectionStart" in was && "setSelectionRange" in target) target.setSelectionRange(was.selectionStart, was.selectionEnd);
      if (!launcherShown && root.querySelector(".launcher")) {
        launcherShown = true;
        onFirstLauncher();
      }
      return Boolean(was && !target);
    },
    destroy() {
      hostEl?.remove();
      hostEl = shadow = root = null;
      last = "";
    },
  };
}
