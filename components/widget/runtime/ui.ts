import type { WidgetLocale } from "../protocol";
import { translate, type StringKey } from "./i18n";
import { CSS } from "./styles";

// The DOM side: a <cairn-widget> element appended to <body>, holding a shadow root with the
// role question card, the checklist panel and the launcher. Texts go in through textContent
// only; the view is rebuilt from a plain object on each change (a few dozen nodes).

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
};

export type Handlers = {
  toggle: () => void;
  close: () => void;
  dismiss: () => void;
  answer: (value: string) => void;
  skip: () => void;
};

type Attrs = Record<string, string | number | boolean | null | undefined | ((e: Event) => void)>;

function h(doc: Document, tag: string, attrs: Attrs = {}, children: (Node | string | null | false)[] = []): HTMLElement {
  const el = doc.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (typeof v === "function") el.addEventListener(k.slice(2), v);
    else if (k === "class") el.className = String(v);
    // Through the CSSOM, which a strict Content-Security-Policy allows (a style attribute it refuses).
    else if (k === "style") el.style.cssText = String(v);
    else el.setAttribute(k, v === true ? "" : String(v));
  }
  for (const c of children) if (c !== null && c !== false) el.append(c);
  return el;
}

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

export type Ui = { render(view: View, focus?: "panel" | "launcher" | null): void; destroy(): void };

export function createUi(doc: Document, handlers: Handlers, onFirstLauncher: () => void): Ui {
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
    shadow.addEventListener("keydown", (e) => {
      if ((e as KeyboardEvent).key === "Escape") handlers.close();
    });
    doc.body.append(hostEl);
    return true;
  }

  function build(view: View): Node[] {
    const t = (key: StringKey, vars?: Record<string, string | number>) => translate(view.locale, key, vars);
    const nodes: Node[] = [];
    const cl = view.checklist;
    if (view.card) {
      nodes.push(
        h(doc, "section", { class: cl ? "card" : "card low", role: "region", "aria-labelledby": "cairn-q", "data-testid": "cairn-role-question" }, [
          h(doc, "p", { class: "q", id: "cairn-q" }, [view.card.question]),
          h(doc, "div", { class: "opts" }, view.card.options.map((o) =>
            h(doc, "button", { type: "button", class: "opt", "data-key": `opt:${o.value}`, "data-testid": "cairn-role-option", onclick: () => handlers.answer(o.value) }, [o.label]),
          )),
          h(doc, "button", { type: "button", class: "skip", "data-key": "skip", onclick: handlers.skip }, [t("skip")]),
        ]),
      );
    }
    if (!cl) return nodes;
    const open = view.open && !view.card;
    if (open) {
      const pct = cl.total === 0 ? 0 : Math.round((100 * cl.done) / cl.total);
      nodes.push(
        h(doc, "section", { class: "panel", id: "cairn-panel", role: "dialog", "aria-modal": "false", "aria-labelledby": "cairn-title", "data-testid": "cairn-panel" }, [
          h(doc, "div", { class: "head" }, [
            h(doc, "h2", { class: "title", id: "cairn-title", tabindex: -1 }, [cl.title]),
            h(doc, "button", { type: "button", class: "x", "aria-label": t("dismiss"), title: t("dismiss"), "data-key": "dismiss", "data-testid": "cairn-dismiss", onclick: handlers.dismiss }, ["×"]),
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
    nodes.push(
      h(doc, "button", {
        type: "button",
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
    return nodes;
  }

  return {
    render(view, focus = null) {
      const key = JSON.stringify(view);
      if (key === last && !focus) return;
      if (!mount() || !root || !shadow) return;
      last = key;
      const active = (shadow.activeElement as HTMLElement | null)?.getAttribute("data-key") ?? null;
      const scroller = root.querySelector(".panel");
      const scrollTop = scroller ? scroller.scrollTop : 0;
      root.replaceChildren(...build(view));
      const panel = root.querySelector(".panel");
      if (panel) panel.scrollTop = scrollTop;
      const target =
        focus === "panel" ? root.querySelector<HTMLElement>("#cairn-title")
        : focus === "launcher" ? root.querySelector<HTMLElement>(".launcher")
        : active ? root.querySelector<HTMLElement>(`[data-key="${active.replace(/["\\]/g, "\\$&")}"]`)
        : null;
      target?.focus();
      if (!launcherShown && root.querySelector(".launcher")) {
        launcherShown = true;
        onFirstLauncher();
      }
    },
    destroy() {
      hostEl?.remove();
      hostEl = shadow = root = null;
      last = "";
    },
  };
}
