// `npm run test:attacks` (and `npm run test:security`, which builds first): starts the built app
// with `next start` on a fresh database — SQLite, then PostgreSQL when TEST_DATABASE_URL is set —
// and repeats the Trust issue's attacks against it over HTTP on loopback (./attacks.ts). Bounded:
// a few hundred requests per database. Prints each check; exits 1 on any miss.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import path from "node:path";
import { createDb } from "../../server/db";
import { recreatePostgresDatabase } from "../../tests/setup/test-database";
import { impersonation, inviteTakeover, malformedCorpus, type Check } from "./attacks";

const root = path.resolve(__dirname, "../..");
const PORT = Number(process.env.ATTACK_PORT ?? 3330);
const base = `http://127.0.0.1:${PORT}`;
const bin = {
  tsx: path.join(root, "node_modules/tsx/dist/cli.mjs"),
  next: path.join(root, "node_modules/next/dist/bin/next"),
};

async function freshDatabase(kind: "sqlite" | "postgres"): Promise<string> {
  let url: string;
  if (kind === "sqlite") {
    const file = path.join(root, "data/attack.db");
    for (const s of ["", "-wal", "-shm", "-journal"]) rmSync(file + s, { force: true });
    url = `file:${file}`;
  } else {
    const u = new URL(process.env.TEST_DATABASE_URL!);
    u.pathname = `${u.pathname.replace(/\/$/, "")}_attack`;
    url = u.toString();
    await recreatePostgresDatabase(url);
  }
  execFileSync(process.execPath, [bin.tsx, path.join(root, "scripts/db/migrate.ts"), "deploy"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: url, CHECKPOINT_DISABLE: "1" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  return url;
}

async function startCairn(url: string): Promise<ChildProcess> {
  // One instance, its own memory limits: a Redis left with another run's counts must not decide.
  const { REDIS_URL: _shared, ...inherited } = process.env;
  const server = spawn(process.execPath, [bin.next, "start", "-p", String(PORT)], {
    cwd: root,
    env: {
      ...inherited,
      DATABASE_URL: url,
      NEXTAUTH_SECRET: "attack-run-secret-0123456789abcdef",
      NEXTAUTH_URL: base,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      CHECKPOINT_DISABLE: "1",
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(`${base}/signin`)).status === 200) return server;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  server.kill();
  throw new Error("next start did not answer");
}

async function attack(kind: "sqlite" | "postgres"): Promise<Check[]> {
  const url = await freshDatabase(kind);
  const server = await startCairn(url);
  const db = createDb(url);
  try {
    const checks: Check[] = [];
    for (const run of [inviteTakeover, impersonation, malformedCorpus]) {
      try {
        checks.push(...(await run(base, db)));
      } catch (error) {
        checks.push({ attack: run.name, check: "ran to the end", ok: false, got: String(error).slice(0, 300) });
      }
    }
    return checks;
  } finally {
    await db.$disconnect();
    server.kill("SIGTERM");
  }
}

async function main() {
  if (!existsSync(path.join(root, ".next/BUILD_ID"))) {
    console.error("Build the app first (npm run build), or run npm run test:security.");
    process.exit(2);
  }
  const kinds: ("sqlite" | "postgres")[] = process.env.TEST_DATABASE_URL ? ["sqlite", "postgres"] : ["sqlite"];
  if (!process.env.TEST_DATABASE_URL && process.env.CI) {
    console.error("FAIL: CI is set but TEST_DATABASE_URL is not, so the attacks would skip PostgreSQL.");
    process.exit(1);
  }
  let failed = 0;
  for (const kind of kinds) {
    const started = Date.now();
    const checks = await attack(kind);
    console.log(`\n=== attacks against next start on ${kind} (${((Date.now() - started) / 1000).toFixed(1)} s) ===`);
    let attackName = "";
    for (const c of checks) {
      if (c.attack !== attackName) console.log(`\n${(attackName = c.attack)}`);
      console.log(`  ${c.ok ? "✓" : "✗"} ${c.check}${c.ok ? "" : `\n      got: ${c.got}`}`);
    }
    failed += checks.filter((c) => !c.ok).length;
  }
  console.log(failed === 0 ? "\nEvery attack was stopped." : `\n${failed} check(s) failed.`);
  process.exit(failed === 0 ? 0 : 1);
}

void main();
