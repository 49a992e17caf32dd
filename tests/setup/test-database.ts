// Creating, migrating and removing the throwaway databases the integration suite runs on.
// Used by the vitest globalSetup (tests/setup/global-setup.ts) and the runner (run-integration.ts).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";

export const repoRoot = path.resolve(__dirname, "../..");
export type TestDbKind = "sqlite" | "postgres";

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}

/** The kind the integration config runs on: CAIRN_TEST_DB (sqlite by default). */
export function testDbKind(): TestDbKind {
  const kind = process.env.CAIRN_TEST_DB ?? "sqlite";
  if (kind !== "sqlite" && kind !== "postgres")
    throw new Error(`CAIRN_TEST_DB must be sqlite or postgres, not "${kind}"`);
  return kind;
}

/** A database name we are willing to drop: it must say it is for tests. */
export function postgresTestDatabaseName(url: string): string {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  if (!name || !/test/i.test(name)) {
    throw new Error(
      `Refusing to drop "${name || "(no database)"}": TEST_DATABASE_URL must name a database whose name contains "test" (e.g. cairn_test).`,
    );
  }
  return name;
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${encodeURIComponent(database)}`;
  return u.toString();
}

const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** Drops and recreates the database TEST_DATABASE_URL names (connecting to `postgres` to do so). */
export async function recreatePostgresDatabase(url: string): Promise<void> {
  const name = postgresTestDatabaseName(url);
  const admin = new pg.Client({ connectionString: withDatabase(url, "postgres") });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${quoteIdent(name)}`);
  } finally {
    await admin.end();
  }
}

/** A fresh SQLite file per run, under data/ (gitignored). */
export function newSqliteUrl(): string {
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  return `file:${path.join(repoRoot, "data", `test-${stamp}-${process.pid}.db`)}`;
}

export function sqliteFileOf(url: string): string {
  return url.replace(/^file:/, "");
}

export function removeSqliteDatabase(url: string): void {
  const file = sqliteFileOf(url);
  for (const suffix of ["", "-journal", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
}

/** Leftovers of runs that crashed before their teardown (older than a few hours). */
export function removeStaleSqliteDatabases(maxAgeMs = 6 * 3600_000): void {
  const dir = path.join(repoRoot, "data");
  if (!fs.existsSync(dir)) return;
  for (const entry of fs.readdirSync(dir)) {
    if (!/^test-\d+-\d+\.db(-journal|-wal|-shm)?$/.test(entry)) continue;
    const file = path.join(dir, entry);
    if (Date.now() - fs.statSync(file).mtimeMs > maxAgeMs) fs.rmSync(file, { force: true });
  }
}

/** Applies the migrations with the project's own script, exactly as a deploy would. */
export function applyMigrations(url: string): void {
  const tsx = path.join(repoRoot, "node_modules/tsx/dist/cli.mjs");
  const result = spawnSync(process.execPath, [tsx, "scripts/db/migrate.ts", "deploy"], {
    cwd: repoRoot,
    env: { ...process.env, DATABASE_URL: url, CHECKPOINT_DISABLE: "1" },
    encoding: "utf8",
  });
  if (result.status !== 0) {
    throw new Error(`scripts/db/migrate.ts deploy failed for ${redact(url)}:\n${result.stdout}\n${result.stderr}`);
  }
}

/** A URL fit for logs (no password). */
export function redact(url: string): string {
  if (!isPostgresUrl(url)) return url;
  const u = new URL(url);
  if (u.password) u.password = "***";
  return u.toString();
}
