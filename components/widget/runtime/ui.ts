import type { Part, Slots } from "./chunk-api";
import { h } from "./dom";

// The DOM side: a <cairn-widget> element appended to <body>, holding a shadow root. Each render
// lays out what the controllers return (checklist/view.ts, the voice chunk's view.ts): one card,
// then the free nodes, then the bottom-right dock. The whole widget is rebuilt from plain data
// on each change (a few dozen nodes).

/** `focus`: a selector inside the widget to move the focus to (else it stays where it was).
 * render returns true when the focus was inside the widget and its element is gone. */
export type Ui = {
  render(parts: (Part | null | undefined)[], rootClass: string, focus?: string | null): boolean;
  destroy(): void;
};

/** `styles`: the core's sheet first, then each chunk's as it arrives (applied on the next render).
 * `escape`: the data-esc zone of the element Escape was pressed in, or null. */
export function createUi(
  doc: Document,
  styles: string[],
  escape: (zone: string | null) => void,
  onFirstLauncher: () => void,
): Ui {
  let hostEl: HTMLElement | null = null;
  let shadow: ShadowRoot | null = null;
  let root: HTMLElement | null = null;
  let last = "";
  let applied = 0;
  // Each part's nodes from the last render, by its key: a part whose key did not change keeps its
  // nodes (and the host page's handles on them) when another part changes or a chunk arrives.
  let built: ({ key: string; slots: Slots } | null)[] = [];
  let launcherShown = false;

  function addSheets(s: ShadowRoot): void {
    for (; applied < styles.length; applied++) {
      const css = styles[applied]!;
      try {
        // A constructed sheet is not subject to CSP's style-src; a <style> element is the fallback.
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(css);
        s.adoptedStyleSheets = [...s.adoptedStyleSheets, sheet];
      } catch {
        s.append(h(doc, "style", {}, [css]));
      }
    }
  }

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
    applied = 0;
    addSheets(shadow);
    root = h(doc, "div", { class: "root", "data-testid": "cairn-root" });
    shadow.append(root);
    // Escape closes what holds the focus: the survey card, the feedback panel, else the checklist.
    shadow.addEventListener("keydown", (e) => {
      if ((e as KeyboardEvent).key === "Escape")
        escape((e.target as Element).closest?.("[data-esc]")?.getAttribute("data-esc") ?? null);
    });
    doc.body.append(hostEl);
    return true;
  }

  return {
    render(parts, rootClass, focus = null) {
      const key = JSON.stringify([rootClass, styles.length, parts.map((p) => p?.key)]);
      if (key === last && !focus) return false;
      if (!mount() || !root || !shadow) return false;
      last = key;
      addSheets(shadow);
      const was = shadow.activeElement as HTMLTextAreaElement | null;
      // The focused element is found again in the new nodes by its data-key, else its id.
      const active = was?.getAttribute("data-key");
      const scrolls = Array.from(root.querySelectorAll(".panel,.fbp"), (el) => el.scrollTop);
      root.className = rootClass;
      const keys = parts.map((p) => (p ? JSON.stringify(p.key) : null));
      const slots = parts.map((p, i) => (!p ? {} : built[i]?.key === keys[i] ? built[i]!.slots : p.build()));
      built = slots.map((s, i) => (keys[i] === null ? null : { key: keys[i]!, slots: s }));
      const card = slots.map((s) => s.card).find(Boolean);
      // Bottom right: the launcher, and the feedback button beside it when placed there (a flex
      // row, so the two never overlap whatever their labels' lengths).
      const dock = slots.map((s) => s.dock).filter((n): n is Node => Boolean(n));
      root.replaceChildren(
        ...[
          card,
          ...slots.flatMap((s) => s.nodes ?? []),
          dock.length > 0 ? h(doc, "div", { class: "dock" }, dock) : null,
        ].filter((n): n is Node => Boolean(n)),
      );
      root.querySelectorAll(".panel,.fbp").forEach((el, i) => (el.scrollTop = scrolls[i] ?? 0));
      const target = root.querySelector<HTMLTextAreaElement>(
        focus ?? (active ? `[data-key="${active.replace(/["\\]/g, "\\$&")}"]` : was?.id ? `#${was.id}` : ":not(*)"),
      );
      target?.focus();
      // Typing in a textarea survives a rebuild (a poll or a tick while the user writes).
      if (!focus && target && was && "selectionStart" in was && "setSelectionRange" in target)
        target.setSelectionRange(was.selectionStart, was.selectionEnd);
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
      built = [];
    },
  };
}
