import { API_METHODS, type Stub } from "./runtime/install";

// What a host pastes into its pages. One inline <script>: it defines window.cairn at once (a stub
// that queues calls), records the write key, and loads /sdk/loader.js asynchronously, which
// loads the runtime. Calls made before any of that arrives wait in the queue, in order.

/** JSON for inside an inline <script>: no "</script>" or "<!--" can close or confuse it. */
function inlineJson(value: string): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

export function normalizeHost(host: string): string {
  return host.trim().replace(/\/+$/, "");
}

/** The snippet's JavaScript alone (for a CSP nonce'd script, next/script, or a tag manager),
 * laid out on short lines so that a person can read what they paste. */
export function snippetCode(host: string, writeKey: string): string {
  const methods = JSON.stringify(API_METHODS).replace(/,/g, ", ");
  return [
    `(function (w, d, h, k) {`,
    `  var c = (w.cairn = w.cairn || {});`,
    `  if (c._s) return;`,
    `  c._s = 1;`,
    `  var q = (c._q = c._q || []);`,
    `  c._h = c._h || h;`,
    `  // Calls made before the widget arrives wait in this queue, in order (at most 1,000).`,
    `  ${methods}.forEach(function (m) {`,
    `    c[m] = c[m] || function () { q.length < 1e3 && q.push([m, [].slice.call(arguments)]); };`,
    `  });`,
    `  c.load(k, { host: h });`,
    `  var s = d.createElement("script");`,
    `  s.async = !0;`,
    `  s.src = h + "/sdk/loader.js";`,
    `  (d.head || d.documentElement).appendChild(s);`,
    `})(window, document, ${inlineJson(normalizeHost(host))}, ${inlineJson(writeKey)});`,
  ].join("\n");
}

/** The exact HTML to paste before </head> (or anywhere in <body>). */
export function snippet(host: string, writeKey: string): string {
  return [
    `<!-- Cairn: onboarding checklists, in-app surveys (NPS, CSAT, CES) and the feedback button.`,
    `     Defines window.cairn at once, then loads the widget asynchronously (under 1 KB, then the`,
    `     runtime). Nothing shows until you call cairn.identify(userId, traits) for the signed-in user;`,
    `     cairn.track(event, properties) then ticks checklist items and triggers surveys. -->`,
    `<script>`,
    snippetCode(host, writeKey),
    `</script>`,
  ].join("\n");
}

type StubWindow = { cairn?: Stub };
type StubDocument = {
  createElement(tag: "script"): { async: boolean; src: string };
  head: { appendChild(n: unknown): unknown } | null;
  documentElement: { appendChild(n: unknown): unknown };
};

/** The snippet as a function, for the React wrapper (same behaviour; tests compare the two). */
export function installStub(w: StubWindow, d: StubDocument, host: string, writeKey: string): void {
  const c: Stub = (w.cairn = w.cairn || {});
  if (c._s) return;
  c._s = 1;
  const q = (c._q = c._q || []);
  const h = normalizeHost(host);
  c._h = c._h || h;
  for (const m of API_METHODS) {
    c[m] =
      c[m] ||
      function () {
        // eslint-disable-next-line prefer-rest-params
        if (q.length < 1e3) q.push([m, Array.prototype.slice.call(arguments)]);
      };
  }
  (c.load as (k: string, o: { host: string }) => void)(writeKey, { host: h });
  const s = d.createElement("script");
  s.async = true;
  s.src = `${h}/sdk/loader.js`;
  (d.head || d.documentElement).appendChild(s);
}
