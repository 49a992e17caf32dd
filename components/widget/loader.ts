import { API_METHODS, hostOf, type Stub } from "./runtime/install";

// /sdk/loader.js: defines window.cairn at once (a stub that queues calls), then injects the
// runtime (/sdk/cairn.<hash>.js, cached for ever) from the host the loader itself came from.
// It works after the snippet (adopting its queue) or alone:
//   <script async src="https://cairn.example.com/sdk/loader.js" data-write-key="cwk_…"></script>

type LoaderWindow = { cairn?: Stub; location: { origin: string } };

export const MAX_QUEUED_CALLS = 1000;

export function runLoader(w: LoaderWindow, d: Document, runtimeFile: string): void {
  const c: Stub = (w.cairn = w.cairn && typeof w.cairn === "object" ? w.cairn : {});
  if (c._l) return;
  c._l = 1;
  const q = (c._q = c._q || []);
  for (const m of API_METHODS) {
    if (typeof c[m] !== "function") {
      c[m] = function () {
        // eslint-disable-next-line prefer-rest-params
        if (q.length < MAX_QUEUED_CALLS) q.push([m, Array.prototype.slice.call(arguments)]);
      };
    }
  }
  const script = d.currentScript as HTMLScriptElement | null;
  const host = c._h || hostOf(script && script.src) || w.location.origin;
  c._h = host;
  const key = script && script.getAttribute("data-write-key");
  if (key && !q.some((call) => call[0] === "load")) q.unshift(["load", [key]]);
  if (c._r) return;
  const inject = (src: string, onError?: () => void) => {
    const s = d.createElement("script");
    s.async = true;
    s.src = src;
    if (onError) s.onerror = onError;
    (d.head || d.documentElement).appendChild(s);
  };
  // A loader cached from an earlier deploy may name a runtime this server no longer has.
  inject(`${host}/sdk/${runtimeFile}`, () => inject(`${host}/sdk/cairn.js`));
}
