// Entry of /sdk/cairn.js, the core (esbuild bundles it into an IIFE: no global but window.cairn).
import { CairnApp } from "./app";
import type { ChunkRegistry } from "./chunk-api";
import { ChunkLoader } from "./chunks";
import { hostOf, installApi, type Stub } from "./install";

declare const __CAIRN_VERSION__: string;
/** Lazy chunk name → hashed file name, from scripts/build-widget.ts. */
declare const __CAIRN_CHUNKS__: Record<string, string>;

(function () {
  try {
    const w = window as Window & typeof globalThis & { cairn?: Stub };
    const stub: Stub = w.cairn && typeof w.cairn === "object" ? w.cairn : {};
    w.cairn = stub;
    if (stub._r) return;
    const script = document.currentScript as HTMLScriptElement | null;
    const defaultHost = stub._h || hostOf(script?.src) || location.origin;
    // Chunks come from where this script came from, whichever host the API calls go to.
    const chunks = new ChunkLoader({
      doc: document,
      files: __CAIRN_CHUNKS__,
      base: `${hostOf(script?.src) || defaultHost}/sdk/`,
      expose: (registry: ChunkRegistry) => (stub._c = registry),
      afterPageLoad: (fn) => {
        if (document.readyState === "complete") return fn();
        let called = false;
        const once = () => called || ((called = true), fn());
        w.addEventListener("load", once);
        // A host page whose load event hangs on a slow resource must not keep the chunks away.
        w.setTimeout(once, 1000);
      },
      setTimer: (fn, ms) => w.setTimeout(fn, ms),
      random: Math.random,
    });
    const app = new CairnApp({ win: w, version: __CAIRN_VERSION__, defaultHost, chunks });
    installApi(
      stub,
      {
        load: (k, o) => app.load(k, o as { host?: string } | undefined),
        identify: (a, b) => app.identify(a, b),
        group: (a, b) => app.group(a, b),
        track: (a, b) => app.track(a, b),
        page: (a, b, c) => app.page(a, b, c),
        reset: () => app.reset(),
      },
      (e) => console.error("[cairn]", e),
    );
  } catch (e) {
    console.error("[cairn]", e);
  }
})();
