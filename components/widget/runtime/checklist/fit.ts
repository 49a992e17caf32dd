// Where the checklist panel may stand without covering the host page's controls. The panel is
// pinned to the bottom right above the launcher; it may grow upwards only until it would sit
// over a button, link or field of the host page in its column. A user can always click what
// the host shows, whatever state the panel is in (issue: "the checklist blocks Run now").

export type Box = { left: number; top: number; right: number; bottom: number };

const GAP_PX = 8;

/** The tallest the panel may be (px) so that it covers none of `controls`, given its column
 * (`panel.left..right`) and its pinned bottom edge; 0 when a control sits at its very bottom. */
export function freeHeight(panel: Pick<Box, "left" | "right" | "bottom">, controls: readonly Box[]): number {
  let ceiling = 0;
  for (const c of controls) {
    const overlapsColumn = c.right > panel.left - GAP_PX && c.left < panel.right + GAP_PX;
    if (!overlapsColumn || c.top >= panel.bottom || c.bottom <= c.top) continue;
    ceiling = Math.max(ceiling, c.bottom + GAP_PX);
  }
  return Math.max(0, Math.floor(panel.bottom - ceiling));
}

const CONTROLS = [
  "a[href]",
  "button",
  "input:not([type=hidden])",
  "select",
  "textarea",
  "summary",
  "[contenteditable]:not([contenteditable=false])",
  "[role=button]",
  "[role=link]",
  "[role=tab]",
  "[role=menuitem]",
  "[role=checkbox]",
  "[role=switch]",
].join(",");

/** The host page's visible controls, by their boxes on screen (the widget's own live in its
 * shadow root, which the query does not enter). */
export function hostControls(doc: Document): Box[] {
  const view = doc.defaultView;
  const height = view?.innerHeight ?? 0;
  const boxes: Box[] = [];
  for (const el of Array.from(doc.querySelectorAll(CONTROLS))) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0 || r.bottom <= 0 || r.top >= height) continue;
    if (view?.getComputedStyle(el).visibility === "hidden") continue;
    boxes.push({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
  }
  return boxes;
}
