// npm run build:widget — bundles the embeddable widget into public/sdk/ (build output, not in git):
//   loader.js, cairn.js, checklist.js, voice.js   stable URLs, served with a 5-minute cache
//   <name>.<hash>.js                              content-hashed copies, served immutable
//   manifest.json                                 file names, version, sizes and budgets
// cairn.js is the core (identity, queues, state, checklist logic, launcher), loaded at first
// paint; checklist.js (panel, role question) and voice.js (surveys, feedback) are lazy chunks the
// core loads by name. Each bundle is an IIFE; a chunk registers itself with the core through
// window.cairn._c (docs/decisions/widget-chunks.md). The core names its chunks' hashed files and
// the loader names the core's, so returning visitors load everything from their cache and a
// deploy reaches everyone within five minutes. Fails when a bundle exceeds its budget, or when a
// chunk bundles a module of the core beyond the few stateless helpers both may carry.
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const root = path.resolve(__dirname, "..");
export const SDK_DIR = path.join(root, "public/sdk");
/** Gzipped byte budgets (docs: DESIGN.md "Widget and SDK"); `chunk` is each lazy chunk's. */
export const BUDGET = { loader: 2 * 1024, core: 11 * 1024, chunk: 6 * 1024 };

/** The lazy chunks, by the name the core loads them with (loadChunk("voice")). Another chunk is
 * one more line here, an entry that registers under its name, and its shape in chunk-api.ts. */
export const CHUNKS: Record<string, { entry: string; what: string }> = {
  checklist: {
    entry: "components/widget/runtime/checklist/entry.ts",
    what: "checklist panel, role question; requested once a user is identified",
  },
  voice: {
    entry: "components/widget/runtime/voice/entry.ts",
    what: "surveys, feedback button and panel; requested after the first state",
  },
};

/** Stateless helpers the core and a chunk may both bundle (a few hundred bytes, cheaper than an
 * interface). Anything else in both is a chunk reaching into the core instead of its Kit. */
export const SHARED_MODULES = [
  "components/widget/runtime/backoff.ts",
  "components/widget/runtime/dom.ts",
  "components/widget/runtime/i18n.ts",
  "components/widget/runtime/chunk-api.ts",
  "server/contract/widget-protocol.ts",
];

/** `modules`: minified bytes each source file (path from the repository root) contributes. */
export type BundleInfo = {
  file: string;
  hashed: string;
  bytes: number;
  gzip: number;
  budget: number;
  modules: Record<string, number>;
};
export type WidgetManifest = {
  version: string;
  loader: BundleInfo;
  core: BundleInfo;
  chunks: Record<string, BundleInfo>;
};

type Bundle = { code: string; modules: Record<string, number> };

async function bundle(entry: string, define: Record<string, string>): Promise<Bundle> {
  const result = await build({
    entryPoints: [path.join(root, entry)],
    absWorkingDir: root,
    bundle: true,
    minify: true,
    format: "iife",
    // Every browser listed runs ES2020 syntax (?. ?? and class fields) natively: nothing to lower.
    // Chrome and Edge from 91: esbuild rewrites every `?.` for older ones (a V8 bug fixed in 91),
    // which cost the core 0.3 KB gzip (docs/decisions/widget-browsers.md).
    target: ["chrome91", "firefox78", "safari14.1", "edge91"],
    platform: "browser",
    legalComments: "none",
    define,
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  const inputs = Object.values(result.metafile.outputs)[0]?.inputs ?? {};
  const modules = Object.fromEntries(
    Object.entries(inputs)
      .filter(([, v]) => v.bytesInOutput > 0)
      .map(([file, v]) => [file, v.bytesInOutput]),
  );
  return { code: result.outputFiles[0]!.text, modules };
}

function hashOf(code: string): string {
  return createHash("sha256").update(code).digest("hex").slice(0, 10);
}

function info(name: string, budget: number, { code, modules }: Bundle): BundleInfo {
  return {
    file: `${name}.js`,
    hashed: `${name}.${hashOf(code)}.js`,
    bytes: Buffer.byteLength(code),
    gzip: gzipSync(code, { level: 9 }).length,
    budget,
    modules,
  };
}

export async function buildWidget(): Promise<WidgetManifest> {
  const version = (JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { version: string }).version;
  const out: [BundleInfo, string][] = [];
  const chunks: Record<string, BundleInfo> = {};
  for (const [name, { entry }] of Object.entries(CHUNKS)) {
    const b = await bundle(entry, {});
    chunks[name] = info(name, BUDGET.chunk, b);
    out.push([chunks[name], b.code]);
  }
  // The core names each chunk's hashed file, so a new chunk is a new core (and a new loader).
  const files = Object.fromEntries(Object.entries(chunks).map(([name, c]) => [name, c.hashed]));
  const coreBundle = await bundle("components/widget/runtime/index.ts", {
    __CAIRN_VERSION__: JSON.stringify(version),
    __CAIRN_CHUNKS__: JSON.stringify(files),
  });
  const core = info("cairn", BUDGET.core, coreBundle);
  const loaderBundle = await bundle("components/widget/loader-entry.ts", {
    __CAIRN_RUNTIME__: JSON.stringify(core.hashed),
  });
  const loader = info("loader", BUDGET.loader, loaderBundle);
  out.push([core, coreBundle.code], [loader, loaderBundle.code]);

  mkdirSync(SDK_DIR, { recursive: true });
  // Earlier hashed builds go: a loader cached from them falls back to /sdk/cairn.js, a core
  // cached from them to the stable chunk files.
  for (const f of readdirSync(SDK_DIR)) {
    if (/^[a-z][a-z-]*\.[0-9a-f]{10}\.js$/.test(f)) rmSync(path.join(SDK_DIR, f));
  }
  for (const [b, code] of out) {
    writeFileSync(path.join(SDK_DIR, b.file), code);
    writeFileSync(path.join(SDK_DIR, b.hashed), code);
  }
  const manifest: WidgetManifest = { version, loader, core, chunks };
  writeFileSync(path.join(SDK_DIR, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

/** What is wrong with a build: bundles over budget, modules a chunk shares with the core. */
export function problems(m: WidgetManifest): string[] {
  const out: string[] = [];
  for (const b of [m.loader, m.core, ...Object.values(m.chunks)]) {
    if (b.gzip > b.budget)
      out.push(`${b.file} is ${(b.gzip / 1024).toFixed(2)} KB gzip, over its ${b.budget / 1024} KB budget`);
  }
  for (const c of Object.values(m.chunks)) {
    const shared = Object.keys(c.modules).filter((f) => f in m.core.modules && !SHARED_MODULES.includes(f));
    if (shared.length > 0)
      out.push(
        `${c.file} bundles the core's ${shared.join(", ")}: reach it through the Kit (chunk-api.ts) or list it in SHARED_MODULES`,
      );
  }
  return out;
}

const kb = (n: number, digits = 2) => `${(n / 1024).toFixed(digits).padStart(5)} KB`;

export function formatSize(b: BundleInfo): string {
  return `${b.file.padEnd(12)} ${kb(b.bytes, 1)} raw, ${kb(b.gzip)} gzip  (${b.hashed})  budget ${b.budget / 1024} KB gzip`;
}

/** The sizes as the build and the bench print them: each bundle against its budget, then what a
 * first paint loads and what everything weighs. */
export function sizeReport(m: WidgetManifest): string[] {
  const chunks = Object.entries(m.chunks);
  const sum = (bs: BundleInfo[]) => ({
    bytes: bs.reduce((n, b) => n + b.bytes, 0),
    gzip: bs.reduce((n, b) => n + b.gzip, 0),
  });
  const first = sum([m.loader, m.core]);
  const all = sum([m.loader, m.core, ...chunks.map(([, b]) => b)]);
  return [
    `  ${formatSize(m.loader)}`,
    `  ${formatSize(m.core)}  (core: identity, queues, state, checklist logic, launcher)`,
    ...chunks.map(([name, b]) => `  ${formatSize(b)}  (lazy: ${CHUNKS[name]?.what ?? name})`),
    `  first paint (loader + core)     ${kb(first.bytes, 1)} raw, ${kb(first.gzip)} gzip`,
    `  everything                      ${kb(all.bytes, 1)} raw, ${kb(all.gzip)} gzip`,
  ];
}

if (require.main === module) {
  buildWidget()
    .then((m) => {
      console.log(`Widget ${m.version} → public/sdk/`);
      for (const line of sizeReport(m)) console.log(line);
      const wrong = problems(m);
      if (wrong.length > 0) {
        for (const p of wrong) console.error(`✗ ${p}`);
        process.exit(1);
      }
    })
    .catch((e) => {
      console.error(e);
      process.exit(1);
    });
}
