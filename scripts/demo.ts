// `npm run demo`: from a fresh clone (after `npm install`) to a running Cairn with the Airtouch
// demo workspace, in one command.
//
//   1. .env.local gets a NEXTAUTH_SECRET if it has none (scripts/ensure-env.ts)
//   2. the Prisma clients are generated if missing
//   3. migrations are applied to DATABASE_URL (default SQLite file:./data/cairn.db)
//   4. the demo workspace is seeded (idempotent: a re-run the same day stores nothing)
//   5. the app is built, unless .next/BUILD_ID is newer than every source file (--rebuild forces it)
//   6. `next start` on PORT (default 3000); once it answers, the URL, the demo login, the write
//      key and a curl example are printed. Ctrl+C stops the server.
//
// Environment: whatever the shell sets wins, then .env.production.local, .env.local,
// .env.production, .env (the files `next start` reads), so the seed and the server use the
// same DATABASE_URL.
import { spawn, spawnSync, type SpawnSyncOptions } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { constants as osConstants } from "node:os";
import path from "node:path";
import { parseEnv } from "node:util";
import {
  DEMO_PASSWORD,
  DEMO_SAMPLE_USER_ID,
  DEMO_USERS,
  DEMO_WORKSPACE,
  DEMO_WRITE_KEY,
} from "../prisma/seed/demo-credentials";
import { ensureEnv } from "./ensure-env";

const root = path.resolve(__dirname, "..");
const bin = {
  tsx: path.join(root, "node_modules/tsx/dist/cli.mjs"),
  next: path.join(root, "node_modules/next/dist/bin/next"),
  prisma: path.join(root, "node_modules/prisma/build/index.js"),
};
const START_TIMEOUT_MS = 120_000;

function step(text: string): void {
  console.log(`\n▸ ${text}`);
}

function fail(text: string, code = 1): never {
  console.error(`\n✗ ${text}`);
  process.exit(code);
}

/** Loads the env files `next start` reads, without overriding what is already set. */
function loadEnvFiles(): string[] {
  const loaded: string[] = [];
  for (const name of [".env.production.local", ".env.local", ".env.production", ".env"]) {
    const file = path.join(root, name);
    if (!existsSync(file)) continue;
    for (const [key, value] of Object.entries(parseEnv(readFileSync(file, "utf8")))) {
      if (process.env[key] === undefined) process.env[key] = value;
    }
    loaded.push(name);
  }
  return loaded;
}

function run(what: string, command: string, args: string[], options: SpawnSyncOptions = {}): void {
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env: process.env, ...options });
  if (result.error) fail(`${what} could not start: ${result.error.message}`);
  if (result.signal) fail(`${what} was stopped (${result.signal}).`, 128 + (osConstants.signals[result.signal] ?? 0));
  if (result.status !== 0) fail(`${what} failed (exit code ${result.status}).`, result.status ?? 1);
}

function ensurePrismaClients(): void {
  const missing = ["sqlite", "postgres"].filter(
    (p) => !existsSync(path.join(root, "server/generated", p, "client.ts")),
  );
  if (missing.length === 0) return;
  step(`Generating the Prisma clients (${missing.join(", ")} missing)`);
  // Normally done by npm's postinstall (scripts/db/generate.ts); the same steps otherwise.
  if (existsSync(path.join(root, "scripts/db/generate.ts")))
    return run("Generating the Prisma clients", process.execPath, [bin.tsx, "scripts/db/generate.ts"]);
  run("Deriving the PostgreSQL schema", process.execPath, [bin.tsx, "scripts/db/derive-postgres-schema.ts"]);
  run("prisma generate (SQLite)", process.execPath, [bin.prisma, "generate", "--schema", "prisma/schema.prisma"]);
  run("prisma generate (PostgreSQL)", process.execPath, [
    bin.prisma,
    "generate",
    "--schema",
    "prisma/postgres/schema.prisma",
  ]);
}

// What the build does not depend on: dependencies, outputs, data, tests, docs, and files that
// change without touching the app (migrations, the seed, tsc's incremental cache).
const NOT_BUILD_INPUTS = new Set([
  "node_modules",
  ".next",
  ".git",
  "data",
  "tests",
  "test-results",
  "playwright-report",
  "docs",
  "server/generated",
  "prisma/migrations",
  "prisma/postgres",
  "prisma/seed",
]);

function newestInput(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    const rel = path.relative(root, full).split(path.sep).join("/");
    if (NOT_BUILD_INPUTS.has(rel)) continue;
    if (entry.isDirectory()) newest = Math.max(newest, newestInput(full));
    else if (entry.isFile() && !/\.(md|tsbuildinfo|db|db-wal|db-shm|log)$/.test(entry.name))
      newest = Math.max(newest, statSync(full).mtimeMs);
  }
  return newest;
}

/** Why a build is needed, or null when .next/BUILD_ID is newer than every build input. */
function buildReason(force: boolean): string | null {
  if (force) return "--rebuild";
  const buildId = path.join(root, ".next/BUILD_ID");
  if (!existsSync(buildId)) return "no build yet";
  return newestInput(root) > statSync(buildId).mtimeMs ? "sources changed since the last build" : null;
}

function build(force: boolean): void {
  const reason = buildReason(force);
  if (!reason) {
    step("Build is up to date (.next/BUILD_ID is newer than every source file; --rebuild forces one)");
    return;
  }
  const scripts =
    (JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { scripts?: Record<string, string> })
      .scripts ?? {};
  // The project's own build script when there is one (it may build the widget too).
  if (scripts.build) {
    step(`Building (${reason}): npm run build`);
    const npm = process.env.npm_execpath;
    if (npm && npm.endsWith(".js")) run("npm run build", process.execPath, [npm, "run", "build"]);
    else run("npm run build", process.platform === "win32" ? "npm.cmd" : "npm", ["run", "build"]);
  } else {
    step(`Building (${reason}): next build`);
    run("next build", process.execPath, [bin.next, "build"]);
  }
}

async function answers(url: string): Promise<Response | null> {
  try {
    return await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(5_000) });
  } catch {
    return null;
  }
}

function banner(port: string): string {
  const url = `http://localhost:${port}`;
  const admin = DEMO_USERS[0];
  const others = DEMO_USERS.slice(1)
    .map((u) => `${u.email} (${u.role})`)
    .join(", ");
  const event = JSON.stringify({
    userId: DEMO_SAMPLE_USER_ID,
    event: "workflow_run",
    properties: { workflow_id: "wf_demo", status: "success" },
  });
  const line = "─".repeat(72);
  return [
    "",
    line,
    `  Cairn is running at ${url}`,
    "",
    `  Sign in      ${admin.email} / ${DEMO_PASSWORD}   (${admin.role})`,
    `               same password for ${others}`,
    `  Workspace    ${DEMO_WORKSPACE.name} (${DEMO_WORKSPACE.slug})`,
    `  Write key    ${DEMO_WRITE_KEY}`,
    "",
    "  Send an event:",
    `    curl -u ${DEMO_WRITE_KEY}: \\`,
    `      -H 'Content-Type: application/json' \\`,
    `      -d '${event}' \\`,
    `      ${url}/api/v1/track`,
    "",
    "  Ctrl+C stops the server.",
    line,
    "",
  ].join("\n");
}

async function start(port: string): Promise<void> {
  step(`Starting next start on port ${port}`);
  const server = spawn(process.execPath, [bin.next, "start", "-p", port], {
    cwd: root,
    stdio: "inherit",
    env: process.env,
  });
  let exited = false;
  server.on("exit", (code, signal) => {
    exited = true;
    if (signal) process.exit(128 + (osConstants.signals[signal] ?? 0));
    process.exit(code ?? 0);
  });
  server.on("error", (error) => fail(`next start could not start: ${error.message}`));
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      if (!exited) server.kill(signal);
    });
  }

  const deadline = Date.now() + START_TIMEOUT_MS;
  const probe = `http://127.0.0.1:${port}`;
  while (!(await answers(`${probe}/`))) {
    if (exited) return;
    if (Date.now() > deadline) {
      server.kill("SIGTERM");
      fail(`The server did not answer on port ${port} within ${START_TIMEOUT_MS / 1000} s.`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const session = await answers(`${probe}/api/auth/session`);
  if (session && session.status >= 500) {
    console.warn(`\n! /api/auth/session answered ${session.status}: check NEXTAUTH_SECRET in .env.local.`);
  }
  console.log(banner(port));
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const port = process.env.PORT || "3000";
  if (!/^\d{2,5}$/.test(port)) fail(`PORT must be a port number, got "${port}".`);

  const env = ensureEnv(root);
  if (env.added.length > 0)
    step(`.env.local: ${env.created ? "created with" : "added"} a generated ${env.added.join(", ")}`);
  const loaded = loadEnvFiles();
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  process.env.CHECKPOINT_DISABLE = "1";
  // next-auth v4 builds its URLs from NEXTAUTH_URL (it would assume port 3000 otherwise).
  process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;
  process.env.PORT = port;
  // The demo's admin operates this instance: the Mail log (instance admins only) is theirs.
  process.env.CAIRN_INSTANCE_ADMINS ??= DEMO_USERS[0].email;
  const database = process.env.DATABASE_URL || "file:./data/cairn.db";
  console.log(
    `Cairn demo — database ${database.replace(/\/\/[^@/]*@/, "//…@")}${loaded.length ? ` (env from ${loaded.join(", ")})` : ""}`,
  );

  ensurePrismaClients();
  step("Applying migrations");
  run("Migrations", process.execPath, [bin.tsx, "scripts/db/migrate.ts", "deploy"]);
  step("Seeding the demo workspace");
  run("The seed", process.execPath, [bin.tsx, "prisma/seed/run.ts", "--skip-migrate"]);
  build(args.includes("--rebuild"));
  await start(port);
}

main().catch((error: unknown) => fail(error instanceof Error ? (error.stack ?? error.message) : String(error)));
