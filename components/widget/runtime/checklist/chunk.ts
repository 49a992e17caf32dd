import type { ChecklistChunk, Kit } from "../chunk-api";
import { freeHeight, hostControls } from "./fit";
import { buildPanel } from "./panel";
import type { ChecklistHandlers } from "./view";

/** Below this the panel's head, progress and first item no longer fit: opened by itself, it
 * collapses rather than open as a sliver. */
export const MIN_PANEL_PX = 200;
const PASSIVE_KEYS = ["Tab", "Shift", "Control", "Alt", "Meta", "CapsLock", "Escape"];

// The checklist chunk's behaviour around its panel: it stands only where it covers no control of
// the host page (fit.ts), is fitted again when the page scrolls, resizes or changes page, and
// collapses when the user works in the host page (a press or a key outside the widget). The
// decisions that outlive the panel (open or not, remembered) are the core's (controller.ts).
export function checklistChunk(kit: Kit): ChecklistChunk {
  let panel: HTMLElement | null = null;
  let on: ChecklistHandlers | null = null;
  let byUser = false;

  function fit(): void {
    if (!panel?.isConnected || !on) return;
    // Measured at its natural height; the scroll position survives the measure.
    const top = panel.scrollTop;
    panel.style.maxHeight = "";
    const box = panel.getBoundingClientRect();
    const room = freeHeight(box, hostControls(kit.doc));
    // Opened from the launcher, the panel shrinks to the room (never below the minimum);
    // opened by itself, it gives way when the room is smaller than that.
    if (room < box.height) {
      if (room >= MIN_PANEL_PX || byUser) panel.style.maxHeight = `${Math.max(room, MIN_PANEL_PX)}px`;
      else return on.noRoom?.();
    }
    panel.scrollTop = top;
  }

  const work = (e: Event) =>
    kit.safely(() => {
      if (!panel?.isConnected) return;
      // Moving the focus (Tab), a modifier alone or a shortcut is not work in the page: a
      // keyboard user tabbing towards the panel keeps it.
      const k = e as KeyboardEvent;
      if (e.type === "keydown" && (PASSIVE_KEYS.includes(k.key) || k.ctrlKey || k.metaKey || k.altKey)) return;
      const widget = (panel.getRootNode() as ShadowRoot).host;
      if (!e.composedPath().includes(widget)) on?.collapse?.();
    });
  kit.doc.addEventListener("pointerdown", work, true);
  kit.doc.addEventListener("keydown", work, true);
  let frame = 0;
  const refit = () => {
    if (frame || !panel?.isConnected) return;
    frame = kit.win.requestAnimationFrame(() => {
      frame = 0;
      kit.safely(fit);
    });
  };
  kit.win.addEventListener("resize", refit, { passive: true });
  kit.doc.addEventListener("scroll", refit, { capture: true, passive: true });

  return {
    build(view, handlers) {
      on = handlers;
      byUser = view.byUser;
      const slots = buildPanel(kit.h, kit.doc.baseURI, view, handlers);
      panel = (slots.nodes?.[0] as HTMLElement | undefined) ?? null;
      return slots;
    },
    fit: () => kit.safely(fit),
  };
}
