// Playwright's webServer: a fresh SQLite database, migrated, then `next start` on E2E_PORT.
// The app must have been built (npm test builds first).
import { execFileSync, spawn } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";

const root = path.resolve(__dirname, "../..");
const url = process.env.DATABASE_URL ?? "file:./data/e2e.db";
const file = path.resolve(root, url.replace(/^file:/, ""));
for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });

execFileSync(
  process.execPath,
  [path.join(root, "node_modules/tsx/dist/cli.mjs"), path.join(root, "scripts/db/migrate.ts"), "deploy"],
  {
    stdio: "inherit",
    cwd: root,
    env: process.env,
  },
);

const server = spawn(
  process.execPath,
  [path.join(root, "node_modules/next/dist/bin/next"), "start", "-p", process.env.E2E_PORT ?? "3210"],
  {
    stdio: "inherit",
    cwd: root,
    env: process.env,
  },
);
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
