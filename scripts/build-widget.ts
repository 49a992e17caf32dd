// npm run build:widget — bundles the embeddable widget into public/sdk/ (build output, not in git):
//   loader.js, cairn.js                  stable URLs, served with a 5-minute cache
//   loader.<hash>.js, cairn.<hash>.js    content-hashed copies, served immutable
//   manifest.json                        file names, version and sizes
// loader.js names the hashed runtime, so returning visitors load the runtime from their cache
// and a deploy reaches everyone within five minutes. Fails when a bundle exceeds its budget.
// The runtime is one chunk: checklists, surveys and the feedback button together fit the budget
// (docs/decisions/widget-delivery.md), so a lazily loaded chunk would only add a request.
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const root = path.resolve(__dirname, "..");
export const SDK_DIR = path.join(root, "public/sdk");
/** Gzipped byte budgets (docs: DESIGN.md "Widget and SDK"). */
export const BUDGET = { loader: 2 * 1024, runtime: 15 * 1024 };

/** `modules`: minified bytes each source file contributes (esbuild's metafile). */
export type BundleInfo = { file: string; hashed: string; bytes: number; gzip: number; modules: Record<string, number> };
export type WidgetManifest = { version: string; loader: BundleInfo; runtime: BundleInfo };

/** The runtime's survey and feedback code (the rest is checklists and delivery). */
export const VOICE_MODULES = ["voice.ts", "voice-ui.ts", "survey-ask.ts", "score-tone.ts"];

async function bundle(entry: string, define: Record<string, string>): Promise<{ code: string; modules: Record<string, number> }> {
  const result = await build({
    entryPoints: [path.join(root, entry)],
    bundle: true,
    minify: true,
    format: "iife",
    // Every browser listed runs ES2020 syntax (?. ?? and class fields) natively: nothing to lower.
    target: ["chrome80", "firefox78", "safari14.1", "edge80"],
    platform: "browser",
    legalComments: "none",
    define,
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  const inputs = Object.values(result.metafile.outputs)[0]?.inputs ?? {};
  const modules = Object.fromEntries(Object.entries(inputs).map(([file, v]) => [path.basename(file), v.bytesInOutput]));
  return { code: result.outputFiles[0]!.text, modules };
}

function hashOf(code: string): string {
  return createHash("sha256").update(code).digest("hex").slice(0, 10);
}

function info(name: string, { code, modules }: { code: string; modules: Record<string, number> }): BundleInfo {
  return { file: `${name}.js`, hashed: `${name}.${hashOf(code)}.js`, bytes: Buffer.byteLength(code), gzip: gzipSync(code, { level: 9 }).length, modules };
}

export async function buildWidget(): Promise<WidgetManifest> {
  const version = (JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { version: string }).version;
  const runtimeBundle = await bundle("components/widget/runtime/index.ts", { __CAIRN_VERSION__: JSON.stringify(version) });
  const runtime = info("cairn", runtimeBundle);
  const loaderBundle = await bundle("components/widget/loader-entry.ts", { __CAIRN_RUNTIME__: JSON.stringify(runtime.hashed) });
  const loader = info("loader", loaderBundle);
  const runtimeCode = runtimeBundle.code;
  const loaderCode = loaderBundle.code;

  mkdirSync(SDK_DIR, { recursive: true });
  // Earlier hashed builds go: a loader cached from them falls back to /sdk/cairn.js.
  for (const f of readdirSync(SDK_DIR)) {
    if (/^(cairn|loader)\.[0-9a-f]{10}\.js$/.test(f)) rmSync(path.join(SDK_DIR, f));
  }
  for (const [b, code] of [[runtime, runtimeCode], [loader, loaderCode]] as const) {
    writeFileSync(path.join(SDK_DIR, b.file), code);
    writeFileSync(path.join(SDK_DIR, b.hashed), code);
  }
  const manifest: WidgetManifest = { version, loader, runtime };
  writeFileSync(path.join(SDK_DIR, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

const kb = (n: number, digits = 2) => `${(n / 1024).toFixed(digits).padStart(5)} KB`;

export function formatSize(b: BundleInfo): string {
  return `${b.file.padEnd(10)} ${kb(b.bytes, 1)} raw, ${kb(b.gzip)} gzip  (${b.hashed})`;
}

/** The sizes as the build and the bench print them: each chunk against its budget, the totals,
 * and how much of the runtime (minified, before gzip) is surveys + feedback. */
export function sizeReport(m: WidgetManifest): string[] {
  const voice = VOICE_MODULES.reduce((n, f) => n + (m.runtime.modules[f] ?? 0), 0);
  const total = { bytes: m.loader.bytes + m.runtime.bytes, gzip: m.loader.gzip + m.runtime.gzip };
  return [
    `  ${formatSize(m.loader)}  budget ${BUDGET.loader / 1024} KB gzip`,
    `  ${formatSize(m.runtime)}  budget ${BUDGET.runtime / 1024} KB gzip  (the whole runtime, one chunk)`,
    `  runtime total           ${kb(m.runtime.bytes, 1)} raw, ${kb(m.runtime.gzip)} gzip  (checklists + surveys + feedback button)`,
    `  loader + runtime        ${kb(total.bytes, 1)} raw, ${kb(total.gzip)} gzip`,
    `  surveys + feedback      ${kb(voice, 1)} minified in ${VOICE_MODULES.join(", ")} (plus their share of app.ts, ui.ts, styles.ts, i18n.ts)`,
  ];
}

if (require.main === module) {
  buildWidget()
    .then((m) => {
      console.log(`Widget ${m.version} → public/sdk/`);
      for (const line of sizeReport(m)) console.log(line);
      const over = [m.loader.gzip > BUDGET.loader && "loader", m.runtime.gzip > BUDGET.runtime && "runtime"].filter(Boolean);
      if (over.length > 0) {
        console.error(`✗ over budget: ${over.join(", ")}`);
        process.exit(1);
      }
    })
    .catch((e) => {
      console.error(e);
      process.exit(1);
    });
}
