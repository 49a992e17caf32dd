// Airtouch embeds Cairn like any outside site: it pastes the install snippet's HTML (from
// components/widget/snippet.ts, the same HTML the Install page gives customers) into <head>, then
// talks to `window.cairn` only. The app is rendered on the client, so the snippet is inserted at
// run time; scripts inserted through innerHTML never run, hence each <script> is re-created.
import { snippet } from "@/components/widget/snippet";

const MARK = "data-airtouch-cairn-snippet";
/** How long the app waits for a snippet without an inline stub to define window.cairn. */
const READY_TIMEOUT_MS = 3_000;

function hasCairn(): boolean {
  const c = (window as unknown as { cairn?: unknown }).cairn;
  return typeof c === "object" && c !== null;
}

/**
 * Puts the snippet into <head> once per page load. Resolves as soon as window.cairn exists (an
 * inline stub defines it at once), or when the snippet's external scripts have loaded or failed,
 * or after a short timeout: Cairn being down must never keep Airtouch from rendering.
 */
export function injectCairnSnippet(host: string, writeKey: string): Promise<void> {
  const pending: Promise<void>[] = [];
  if (!document.querySelector(`[${MARK}]`)) {
    const template = document.createElement("template");
    template.innerHTML = snippet(host, writeKey);
    for (const node of Array.from(template.content.childNodes)) {
      if (node instanceof HTMLScriptElement) {
        const script = document.createElement("script");
        for (const attr of Array.from(node.attributes)) script.setAttribute(attr.name, attr.value);
        script.setAttribute(MARK, "");
        if (node.src) {
          pending.push(
            new Promise((resolve) => {
              script.addEventListener("load", () => resolve());
              script.addEventListener("error", () => resolve());
            }),
          );
        } else {
          script.text = node.text;
        }
        document.head.appendChild(script);
      } else if (node instanceof Element) {
        const copy = node.cloneNode(true) as Element;
        copy.setAttribute(MARK, "");
        document.head.appendChild(copy);
      }
    }
  }
  if (hasCairn() || pending.length === 0) return Promise.resolve();
  const timeout = new Promise<void>((resolve) => setTimeout(resolve, READY_TIMEOUT_MS));
  return Promise.race([Promise.all(pending).then(() => undefined), timeout]);
}
