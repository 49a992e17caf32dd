import { describe, expect, it } from "vitest";
import { CHUNK_API, type ChunkFactory, type ChunkRegistry } from "../../components/widget/runtime/chunk-api";
import { ChunkLoader } from "../../components/widget/runtime/chunks";

type FakeScript = { async: boolean; src: string; onload: (() => void) | null; onerror: (() => void) | null };

/** A page that records injected scripts and timers; `registry` is what window.cairn._c would be. */
function fakePage() {
  const injected: FakeScript[] = [];
  const timers: { fn: () => void; ms: number }[] = [];
  let registry: ChunkRegistry = () => {};
  const loader = new ChunkLoader({
    doc: {
      createElement: () => ({ async: false, src: "", onload: null, onerror: null }),
      head: { appendChild: (s: FakeScript) => injected.push(s) },
      documentElement: null,
    } as never,
    files: { voice: "voice.0123456789.js" },
    base: "https://cairn.test/sdk/",
    expose: (r) => (registry = r),
    afterPageLoad: (fn) => fn(),
    setTimer: (fn, ms) => timers.push({ fn, ms }),
    random: () => 0.5,
  });
  /** The last script ran: `register` says what it registered, then its load event fires. */
  const run = (register?: (r: ChunkRegistry) => void) => {
    const s = injected[injected.length - 1]!;
    register?.(registry);
    s.onload?.();
  };
  const fail = () => injected[injected.length - 1]!.onerror?.();
  const nextTimer = () => timers.shift()!;
  return { loader, injected, timers, run, fail, nextTimer };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe("ChunkLoader", () => {
  it("injects the hashed file from the core's /sdk/ once, and resolves with what the chunk registered", async () => {
    const page = fakePage();
    const factory: ChunkFactory = () => "controller";
    let got: ChunkFactory | null = null;
    void page.loader.load("voice").then((f) => (got = f));
    void page.loader.load("voice");
    expect(page.injected.map((s) => [s.src, s.async])).toEqual([["https://cairn.test/sdk/voice.0123456789.js", true]]);
    page.run((r) => r("voice", CHUNK_API, factory));
    await settle();
    expect(got).toBe(factory);
    expect(page.injected).toHaveLength(1);
  });

  it("tries the stable file at once when the hashed one fails, then the hashed one again after a backoff", async () => {
    const page = fakePage();
    let loaded = false;
    void page.loader.load("voice").then(() => (loaded = true));
    page.fail();
    const now = page.nextTimer();
    expect(now.ms).toBe(0);
    now.fn();
    expect(page.injected.map((s) => s.src)).toEqual([
      "https://cairn.test/sdk/voice.0123456789.js",
      "https://cairn.test/sdk/voice.js",
    ]);
    page.fail();
    const later = page.nextTimer();
    expect(later.ms).toBeGreaterThanOrEqual(1000);
    later.fn();
    expect(page.injected[2]!.src).toBe("https://cairn.test/sdk/voice.0123456789.js");
    page.run((r) => r("voice", CHUNK_API, () => null));
    await settle();
    expect(loaded).toBe(true);
  });

  it("keeps retrying with growing delays, capped at 5 minutes, until the chunk comes", async () => {
    const page = fakePage();
    let loaded = false;
    void page.loader.load("voice").then(() => (loaded = true));
    const delays: number[] = [];
    for (let i = 0; i < 24; i++) {
      page.fail();
      const t = page.nextTimer();
      delays.push(t.ms);
      t.fn();
    }
    const backoffs = delays.filter((_, i) => i % 2 === 1);
    expect(delays.filter((_, i) => i % 2 === 0).every((ms) => ms === 0)).toBe(true);
    expect(backoffs[1]!).toBeGreaterThan(backoffs[0]!);
    expect(Math.max(...backoffs)).toBeLessThanOrEqual(300_000);
    page.run((r) => r("voice", CHUNK_API, () => null));
    await settle();
    expect(loaded).toBe(true);
  });

  it("ignores a chunk built against another CHUNK_API (a newer deploy's stable file): as if it had not loaded", async () => {
    const page = fakePage();
    let loaded = false;
    void page.loader.load("voice").then(() => (loaded = true));
    page.run((r) => r("voice", CHUNK_API + 1, () => null));
    await settle();
    expect(loaded).toBe(false);
    expect(page.timers).toHaveLength(1);
  });
});
