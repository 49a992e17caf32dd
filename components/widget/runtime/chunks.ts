import { backoffDelay } from "./backoff";
import { CHUNK_API, type ChunkFactory, type ChunkRegistry } from "./chunk-api";

// Loads the lazy chunks by name (load("voice")) as classic <script>s from the core's own /sdk/
// directory: the Cairn origin, whichever site embeds the widget. Not before the host page's load
// event (a script requested earlier delays it), unless that takes more than a second. A chunk
// that fails to load is tried again, at its stable URL at once (a core cached from an earlier
// deploy may name a hashed file that is gone), then with backoff up to 5 minutes. Nothing waits
// on a chunk but what it draws. docs/decisions/widget-chunks.md

export type ChunkLoaderOptions = {
  doc: Pick<Document, "createElement" | "head" | "documentElement">;
  /** Chunk name → its hashed file (scripts/build-widget.ts); the stable file is `<name>.js`. */
  files: Record<string, string>;
  /** The /sdk/ directory the core came from, with its trailing slash. */
  base: string;
  /** Puts the registry where chunks call it: window.cairn._c. */
  expose: (registry: ChunkRegistry) => void;
  /** Calls `fn` once the host page has loaded (or has taken long enough). */
  afterPageLoad: (fn: () => void) => void;
  setTimer: (fn: () => void, ms: number) => unknown;
  random: () => number;
};

export class ChunkLoader {
  private ready: Record<string, ChunkFactory> = {};
  private loading: Record<string, Promise<ChunkFactory>> = {};

  constructor(private readonly o: ChunkLoaderOptions) {
    o.expose((name, api, factory) => {
      // A chunk built against another CHUNK_API is ignored, as if it had not loaded.
      if (api === CHUNK_API && typeof factory === "function" && !this.ready[name]) this.ready[name] = factory;
    });
  }

  /** Resolves with the chunk's factory once it has loaded; never rejects. */
  load(name: string): Promise<ChunkFactory> {
    return (this.loading[name] =
      this.loading[name] || new Promise((resolve) => this.o.afterPageLoad(() => this.attempt(name, 1, resolve))));
  }

  private attempt(name: string, n: number, resolve: (f: ChunkFactory) => void): void {
    const { o } = this;
    const file = o.files[name];
    if (!file) return;
    const s = o.doc.createElement("script");
    s.async = true;
    s.src = o.base + (n % 2 ? file : `${name}.js`);
    // The chunk registers while it runs, so by its load event it is either there or broken.
    s.onload = s.onerror = () => {
      const f = this.ready[name];
      if (f) return resolve(f);
      o.setTimer(() => this.attempt(name, n + 1, resolve), n % 2 ? 0 : backoffDelay(n / 2, o.random(), 2000, 300_000));
    };
    (o.doc.head || o.doc.documentElement).appendChild(s);
  }
}
