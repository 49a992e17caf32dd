// The widget's one DOM helper: an element with attributes, listeners and children. Texts go in
// as text nodes only (never HTML).

export type Attrs = Record<string, string | number | boolean | null | undefined | ((e: Event) => void)>;
export type Child = Node | string | null | false;

export function h(doc: Document, tag: string, attrs: Attrs = {}, children: Child[] = []): HTMLElement {
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

/** `h` bound to the page's document: what the core hands its chunks (Kit.h), so that they build
 * with the core's helper instead of bundling their own. */
export type El = (tag: string, attrs?: Attrs, children?: Child[]) => HTMLElement;

/** The × of a panel or card; `testId` doubles as the key that keeps its focus across rebuilds. */
export function closeButton(el: El, label: string, testId: string, onclick: () => void): HTMLElement {
  return el(
    "button",
    { class: "x", "aria-label": label, title: label, "data-key": testId, "data-testid": testId, onclick },
    ["×"],
  );
}
