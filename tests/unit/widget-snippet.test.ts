import vm from "node:vm";
import { describe, expect, it } from "vitest";
import { runLoader } from "../../components/widget/loader";
import { API_METHODS, hostOf, installApi, type Stub } from "../../components/widget/runtime/install";
import { installStub, snippet, snippetCode } from "../../components/widget/snippet";

type FakeScript = { async: boolean; src: string; onerror: (() => void) | null; getAttribute(n: string): string | null };

function fakePage(currentScript: Partial<FakeScript> | null = null) {
  const injected: FakeScript[] = [];
  const document = {
    currentScript,
    createElement: () => ({ async: false, src: "", onerror: null, getAttribute: () => null }) as FakeScript,
    head: { appendChild: (s: FakeScript) => injected.push(s) },
    documentElement: { appendChild: (s: FakeScript) => injected.push(s) },
  };
  const window: { cairn?: Stub; location: { origin: string } } = { location: { origin: "https://host.test" } };
  return { window, document, injected };
}

describe("snippet", () => {
  it("is one inline script that cannot be closed early by its values", () => {
    const html = snippet("https://cairn.test/", "cwk_</script><b>");
    expect(html.match(/<script>/g)).toHaveLength(1);
    expect(html.match(/<\/script>/g)).toHaveLength(1);
    expect(html).toContain('"https://cairn.test"');
  });

  it("defines window.cairn at once, queues calls in order, and loads /sdk/loader.js async", () => {
    const page = fakePage();
    vm.runInNewContext(
      `${snippetCode("https://cairn.test/", "cwk_k")}; window.cairn.identify("u1", {role: "pm"}); window.cairn.track("x", {a: 1});`,
      page,
    );
    const c = page.window.cairn!;
    for (const m of API_METHODS) expect(typeof c[m]).toBe("function");
    expect(JSON.parse(JSON.stringify(c._q))).toEqual([
      ["load", ["cwk_k", { host: "https://cairn.test" }]],
      ["identify", ["u1", { role: "pm" }]],
      ["track", ["x", { a: 1 }]],
    ]);
    expect(c._h).toBe("https://cairn.test");
    expect(page.injected.map((s) => [s.src, s.async])).toEqual([["https://cairn.test/sdk/loader.js", true]]);
  });

  it("does nothing the second time it runs on a page", () => {
    const page = fakePage();
    const code = snippetCode("https://cairn.test", "cwk_k");
    vm.runInNewContext(`${code}; ${code}`, page);
    expect(page.injected).toHaveLength(1);
    expect(page.window.cairn!._q).toHaveLength(1);
  });

  it("installStub (the React wrapper's copy) behaves exactly like the snippet", () => {
    const a = fakePage();
    vm.runInNewContext(
      `${snippetCode("https://cairn.test/", "cwk_k")}; window.cairn.page(); window.cairn.group("acme")`,
      a,
    );
    const b = fakePage();
    installStub(b.window, b.document as never, "https://cairn.test/", "cwk_k");
    (b.window.cairn!.page as () => void)();
    (b.window.cairn!.group as (id: string) => void)("acme");
    expect(JSON.parse(JSON.stringify(b.window.cairn))).toEqual(JSON.parse(JSON.stringify(a.window.cairn)));
    expect(b.injected.map((s) => s.src)).toEqual(a.injected.map((s) => s.src));
  });
});

describe("loader", () => {
  it("after the snippet: keeps its queue and injects the hashed runtime from the snippet's host", () => {
    const page = fakePage({ src: "https://cairn.test/sdk/loader.js", getAttribute: () => null });
    vm.runInNewContext(`${snippetCode("https://cairn.test", "cwk_k")}; window.cairn.track("early")`, page);
    const queue = page.window.cairn!._q;
    runLoader(page.window, page.document as never, "cairn.abcdef0123.js");
    expect(page.window.cairn!._q).toBe(queue);
    expect(queue).toHaveLength(2);
    expect(page.injected.map((s) => s.src)).toEqual([
      "https://cairn.test/sdk/loader.js",
      "https://cairn.test/sdk/cairn.abcdef0123.js",
    ]);
  });

  it("alone: defines the stub, reads data-write-key, finds the host from its own URL", () => {
    const page = fakePage({
      src: "https://cairn.test/base/sdk/loader.js?v=1",
      getAttribute: (n: string) => (n === "data-write-key" ? "cwk_tag" : null),
    });
    runLoader(page.window, page.document as never, "cairn.abcdef0123.js");
    const c = page.window.cairn!;
    (c.track as (e: string) => void)("clicked");
    expect(c._q).toEqual([
      ["load", ["cwk_tag"]],
      ["track", ["clicked"]],
    ]);
    expect(c._h).toBe("https://cairn.test/base");
    expect(page.injected[0]!.src).toBe("https://cairn.test/base/sdk/cairn.abcdef0123.js");
  });

  it("falls back to /sdk/cairn.js when the hashed runtime is gone, and runs once", () => {
    const page = fakePage({ src: "https://cairn.test/sdk/loader.js", getAttribute: () => null });
    runLoader(page.window, page.document as never, "cairn.0000000000.js");
    runLoader(page.window, page.document as never, "cairn.0000000000.js");
    expect(page.injected).toHaveLength(1);
    page.injected[0]!.onerror!();
    expect(page.injected.map((s) => s.src)).toEqual([
      "https://cairn.test/sdk/cairn.0000000000.js",
      "https://cairn.test/sdk/cairn.js",
    ]);
  });

  it("caps the queue when the runtime never arrives", () => {
    const page = fakePage(null);
    runLoader(page.window, page.document as never, "x.js");
    for (let i = 0; i < 1500; i++) (page.window.cairn!.track as (e: string) => void)("e");
    expect(page.window.cairn!._q).toHaveLength(1000);
  });
});

describe("installApi", () => {
  it("replaces the stub's methods in place and replays the queue with load first", () => {
    const page = fakePage();
    vm.runInNewContext(
      `window.cairn = {}; window.cairn.track = function(){}; window.cairn._q = [["identify", ["u1"]], ["load", ["cwk_k"]], ["track", ["e", {p: 1}]], ["nope", []]]`,
      page,
    );
    const stub = page.window.cairn!;
    const calls: unknown[][] = [];
    const api = Object.fromEntries(
      API_METHODS.map((m) => [m, (...args: unknown[]) => calls.push([m, ...args])]),
    ) as never;
    installApi(stub, api, () => undefined);
    expect(page.window.cairn).toBe(stub);
    expect(stub._q).toBeUndefined();
    expect(JSON.parse(JSON.stringify(calls))).toEqual([
      ["load", "cwk_k"],
      ["identify", "u1"],
      ["track", "e", { p: 1 }],
    ]);
    (stub.page as (n: string) => void)("home");
    expect(calls.at(-1)).toEqual(["page", "home"]);
  });

  it("never lets an error reach the host", () => {
    const stub: Stub = {};
    const errors: unknown[] = [];
    const api = Object.fromEntries(
      API_METHODS.map((m) => [
        m,
        () => {
          throw new Error(`boom ${m}`);
        },
      ]),
    ) as never;
    installApi(stub, api, (e) => errors.push(e));
    expect(() => (stub.track as () => void)()).not.toThrow();
    expect(errors).toHaveLength(1);
  });

  it("hostOf takes the URL up to /sdk/", () => {
    expect(hostOf("https://c.test/sdk/cairn.js")).toBe("https://c.test");
    expect(hostOf("https://c.test/x/sdk/loader.js")).toBe("https://c.test/x");
    expect(hostOf("https://c.test/other.js")).toBeNull();
    expect(hostOf(null)).toBeNull();
  });
});
