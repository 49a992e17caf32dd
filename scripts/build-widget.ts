// npm run build:widget — bundles the embeddable widget into public/sdk/ (build output, not in git):
//   loader.js, cairn.js                  stable URLs, served with a 5-minute cache
//   loader.<hash>.js, cairn.<hash>.js    content-hashed copies, served immutable
//   manifest.json                        file names, version and sizes
// loader.js names the hashed runtime, so returning visitors load the runtime from their cache
// and a deploy reaches everyone within five minutes. Fails when a bundle exceeds its budget.
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const root = path.resolve(__dirname, "..");
export const SDK_DIR = path.join(root, "public/sdk");
/** Gzipped byte budgets (docs: DESIGN.md "Widget and SDK"). */
export const BUDGET = { loader: 2 * 1024, runtime: 15 * 1024 };

export type BundleInfo = { file: string; hashed: string; bytes: number; gzip: number };
export type WidgetManifest = { version: string; loader: BundleInfo; runtime: BundleInfo };

async function bundle(entry: string, define: Record<string, string>): Promise<string> {
  const result = await build({
    entryPoints: [path.join(root, entry)],
    bundle: true,
    minify: true,
    format: "iife",
    target: ["es2019", "chrome80", "firefox78", "safari14.1", "edge80"],
    platform: "browser",
    legalComments: "none",
    define,
    write: false,
    logLevel: "silent",
  });
  return result.outputFiles[0]!.text;
}

function hashOf(code: string): string {
  return createHash("sha256").update(code).digest("hex").slice(0, 10);
}

function info(name: string, code: string): BundleInfo {
  return { file: `${name}.js`, hashed: `${name}.${hashOf(code)}.js`, bytes: Buffer.byteLength(code), gzip: gzipSync(code, { level: 9 }).length };
}

export async function buildWidget(): Promise<WidgetManifest> {
  const version = (JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { version: string }).version;
  const runtimeCode = await bundle("components/widget/runtime/index.ts", { __CAIRN_VERSION__: JSON.stringify(version) });
  const runtime = info("cairn", runtimeCode);
  const loaderCode = await bundle("components/widget/loader-entry.ts", { __CAIRN_RUNTIME__: JSON.stringify(runtime.hashed) });
  const loader = info("loader", loaderCode);

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

export function formatSize(b: BundleInfo): string {
  return `${b.file.padEnd(10)} ${(b.bytes / 1024).toFixed(1).padStart(5)} KB raw, ${(b.gzip / 1024).toFixed(2).padStart(5)} KB gzip  (${b.hashed})`;
}

if (require.main === module) {
  buildWidget()
    .then((m) => {
      console.log(`Widget ${m.version} → public/sdk/`);
      console.log(`  ${formatSize(m.loader)}  budget ${BUDGET.loader / 1024} KB gzip`);
      console.log(`  ${formatSize(m.runtime)}  budget ${BUDGET.runtime / 1024} KB gzip`);
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
