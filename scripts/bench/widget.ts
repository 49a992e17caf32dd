// npm run bench:widget — the widget's weight and speed:
//   1. gzipped sizes (zlib, level 9) of each bundle against its budget: the loader, the core
//      (cairn.js) and each lazy chunk, then what a first paint loads and the total
//      (BENCH_SIZE_ONLY=1 stops there);
//   2. in Chromium, the time from a host page's load event to the checklist launcher on screen
//      (the runtime's `performance.mark("cairn:launcher")`) and to the checklist panel on screen
//      (seen by a MutationObserver the bench puts on the widget's shadow root, so it measures any
//      runtime, split or not), median of BENCH_RUNS (20) runs with a cold browser (new context:
//      empty cache and localStorage) and as many warm reloads; beside them, when each script and
//      the widget state finished loading.
// The host page is served from another port than Cairn (cross-origin, as in production) and
// embeds Cairn only through snippet(). Cairn runs under `next start` on port 3391 against a fresh
// SQLite database with one workspace, one write key, one live checklist and one known user.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { existsSync, rmSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { chromium, type Browser, type Page } from "@playwright/test";
import { snippet } from "../../components/widget/snippet";
import { buildWidget, sizeReport } from "../build-widget";

const root = path.resolve(__dirname, "../..");
const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const CAIRN_PORT = Number(process.env.BENCH_WIDGET_PORT ?? 3391);
const HOST_PORT = Number(process.env.BENCH_WIDGET_HOST_PORT ?? 3397);
const USER_ID = "bench-widget-user";
const bin = {
  tsx: path.join(root, "node_modules/tsx/dist/cli.mjs"),
  next: path.join(root, "node_modules/next/dist/bin/next"),
};

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const ms = (x: number) => `${x.toFixed(0).padStart(5)} ms`;

async function startCairn(url: string): Promise<ChildProcess> {
  const server = spawn(process.execPath, [bin.next, "start", "-p", String(CAIRN_PORT)], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: url,
      NEXTAUTH_SECRET: "bench-secret-0123456789abcdef",
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      CHECKPOINT_DISABLE: "1",
    },
    stdio: "ignore",
  });
  for (let i = 0; i < 150; i++) {
    try {
      await fetch(`http://127.0.0.1:${CAIRN_PORT}/sdk/loader.js`, { method: "HEAD" });
      return server;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  server.kill();
  throw new Error("next start did not answer");
}

/** Workspace, write key and a live 4-item checklist for everyone, written with Prisma. */
async function seed(url: string): Promise<{ key: string }> {
  process.env.DATABASE_URL = url; // before server/env.ts is read
  const { createDb } = await import("../../server/db");
  const { generateKey, hashKey, displayPrefix } = await import("../../server/api-keys/key-material");
  const db = createDb(url);
  const key = generateKey("write");
  const ws = await db.workspace.create({ data: { name: "Widget bench", slug: `wbench-${randomUUID().slice(0, 8)}` } });
  await db.apiKey.create({
    data: { workspaceId: ws.id, kind: "write", name: "bench", prefix: displayPrefix(key), keyHash: hashKey(key) },
  });
  const items = [
    ["Connect a source", "connection_created"],
    ["Create a workflow", "workflow_started"],
    ["Run it", "workflow_run"],
    ["Invite a colleague", "colleague_invited"],
  ] as const;
  await db.checklist.create({
    data: {
      workspaceId: ws.id,
      title: "Get started with Airtouch",
      description: "Four steps to your first synced table.",
      status: "live",
      targeting: { personaIds: [], conditions: [] },
      holdoutPercent: 0,
      translations: {},
      items: {
        create: items.map(([title, event], position) => ({
          workspaceId: ws.id,
          position,
          title,
          body: "",
          ctaUrl: "/connections",
          completion: { event },
          translations: {},
        })),
      },
    },
  });
  await db.$disconnect();
  return { key };
}

function hostPage(key: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bench host</title>
${snippet(`http://localhost:${CAIRN_PORT}`, key)}
<script>window.cairn.identify(${JSON.stringify(USER_ID)}, { role: "data engineer" });</script>
</head><body><h1>A host product</h1><p>${"Some host content. ".repeat(50)}</p></body></html>`;
}

function serveHost(html: string): Promise<http.Server> {
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" });
    res.end(html);
  });
  return new Promise((resolve) => server.listen(HOST_PORT, "127.0.0.1", () => resolve(server)));
}

type Sample = {
  fromLoad: number;
  panelFromLoad: number;
  fromNav: number;
  load: number;
  loader: number;
  runtime: number;
  checklist: number;
  voice: number;
  state: number;
};

/** Records when the checklist panel first appears in the widget's (open) shadow root. */
const PANEL_PROBE = `(() => {
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, init);
    if (this.localName === "cairn-widget") {
      const look = () => { if (!window.__cairnPanel && root.querySelector('[data-testid="cairn-panel"]')) window.__cairnPanel = performance.now(); };
      new MutationObserver(look).observe(root, { childList: true, subtree: true });
    }
    return root;
  };
})()`;

async function measure(page: Page, reload: boolean): Promise<Sample> {
  if (reload) await page.reload({ waitUntil: "load" });
  else await page.goto(`http://127.0.0.1:${HOST_PORT}/`, { waitUntil: "load" });
  await page.waitForFunction(() => performance.getEntriesByName("cairn:launcher").length > 0, undefined, {
    timeout: 15_000,
  });
  await page.getByTestId("cairn-launcher").waitFor({ state: "visible" });
  await page.waitForFunction("window.__cairnPanel > 0", undefined, { timeout: 15_000 });
  // A string, not a function: tsx's transform would wrap inner functions in a helper the page lacks.
  return page.evaluate(`(() => {
    const nav = performance.getEntriesByType("navigation")[0];
    const mark = performance.getEntriesByName("cairn:launcher")[0].startTime;
    const res = performance.getEntriesByType("resource");
    const end = (re) => { const r = res.find((x) => re.test(x.name)); return r ? r.responseEnd : NaN; };
    return {
      fromLoad: mark - nav.loadEventStart,
      panelFromLoad: window.__cairnPanel - nav.loadEventStart,
      fromNav: mark,
      load: nav.loadEventStart,
      loader: end(/\\/sdk\\/loader\\.js/),
      runtime: end(/\\/sdk\\/cairn\\.[0-9a-f]+\\.js/),
      checklist: end(/\\/sdk\\/checklist\\.[0-9a-f]+\\.js/),
      voice: end(/\\/sdk\\/voice\\.[0-9a-f]+\\.js/),
      state: end(/\\/api\\/v1\\/widget/),
    };
  })()`) as Promise<Sample>;
}

function report(label: string, samples: Sample[]) {
  const m = (k: keyof Sample) => {
    const xs = samples.map((s) => s[k]).filter((x) => Number.isFinite(x));
    return xs.length > 0 ? ms(median(xs)) : "    –   ";
  };
  const range = (k: keyof Sample) =>
    `min ${ms(Math.min(...samples.map((s) => s[k])))}, max ${ms(Math.max(...samples.map((s) => s[k])))}`;
  console.log(
    `  ${label.padEnd(5)} load event → launcher ${m("fromLoad")}  (${range("fromLoad")})   load event → panel ${m("panelFromLoad")}  (${range("panelFromLoad")})`,
  );
  console.log(
    `        navigation → launcher ${m("fromNav")}; load event at ${m("load")}; finished: loader.js ${m("loader")}, core ${m("runtime")}, widget state ${m("state")}, checklist chunk ${m("checklist")}, voice chunk ${m("voice")}`,
  );
}

async function main() {
  const manifest = await buildWidget();
  console.log(`Widget ${manifest.version} bundles (gzip level 9):`);
  for (const line of sizeReport(manifest)) console.log(line);
  if (process.env.BENCH_SIZE_ONLY) return;

  if (!existsSync(path.join(root, ".next/BUILD_ID")) || process.env.BENCH_REBUILD) {
    console.log("Building the app (next build)…");
    execFileSync(process.execPath, [bin.next, "build"], {
      cwd: root,
      stdio: "inherit",
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    });
  }
  const file = path.join(root, "data/bench-widget.db");
  for (const s of ["", "-wal", "-shm", "-journal"]) rmSync(file + s, { force: true });
  const url = `file:${file}`;
  execFileSync(process.execPath, [bin.tsx, path.join(root, "scripts/db/migrate.ts"), "deploy"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: url, CHECKPOINT_DISABLE: "1" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const { key } = await seed(url);

  const cairn = await startCairn(url);
  let host: http.Server | null = null;
  let browser: Browser | null = null;
  try {
    const base = `http://127.0.0.1:${CAIRN_PORT}`;
    const identify = await fetch(`${base}/api/v1/batch`, {
      method: "POST",
      headers: { "Content-Type": "application/json", "X-Write-Key": key },
      body: JSON.stringify({
        batch: [{ type: "identify", userId: USER_ID, traits: { role: "data engineer" }, messageId: "bench-identify" }],
      }),
    });
    if (identify.status !== 200) throw new Error(`identify failed: ${identify.status} ${await identify.text()}`);
    const probe = await fetch(`${base}/api/v1/widget?userId=${USER_ID}&locale=en`, { headers: { "X-Write-Key": key } });
    const state = (await probe.json().catch(() => null)) as { checklists?: unknown[] } | null;
    if (probe.status !== 200 || !state?.checklists?.length) {
      console.log(
        `\nLaunch timing skipped: GET /api/v1/widget answered ${probe.status}${probe.status === 200 ? " without a checklist" : ""}.`,
      );
      console.log(
        "It needs the widget state endpoint (server side of server/contract/widget-protocol.ts) in the built app;",
      );
      console.log("once it is there: BENCH_REBUILD=1 npm run bench:widget.");
      return;
    }
    host = await serveHost(hostPage(key));
    const executablePath = existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined;
    browser = await chromium.launch({
      executablePath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    });
    console.log(`\nChromium: host page http://127.0.0.1:${HOST_PORT} → Cairn ${base}, ${RUNS} runs each (median):`);
    // One discarded run warms the server (JIT, database pages).
    const newContext = async () => {
      const ctx = await browser!.newContext();
      await ctx.addInitScript(PANEL_PROBE);
      return ctx;
    };
    const warmup = await newContext();
    await measure(await warmup.newPage(), false);
    await warmup.close();
    const cold: Sample[] = [];
    for (let i = 0; i < RUNS; i++) {
      const ctx = await newContext();
      cold.push(await measure(await ctx.newPage(), false));
      await ctx.close();
    }
    report("cold", cold);
    const ctx = await newContext();
    const page = await ctx.newPage();
    await measure(page, false);
    const warm: Sample[] = [];
    for (let i = 0; i < RUNS; i++) warm.push(await measure(page, true));
    report("warm", warm);
    await ctx.close();
    console.log("  (cold: new browser context each run; warm: reloads with the runtime cached and localStorage kept)");
  } finally {
    await browser?.close();
    host?.close();
    cairn.kill("SIGTERM");
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
