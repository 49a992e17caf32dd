import { mkdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as SqliteClient } from "./generated/sqlite/client";
import { PrismaClient as PostgresClient } from "./generated/postgres/client";
import { env, isPostgresUrl } from "./env";

// Both generated clients share one model; the SQLite client's type stands for either.
export type Db = SqliteClient;
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
export type DbOrTx = Db | Tx;
export type Dialect = "sqlite" | "postgres";

export function dialectOf(url: string): Dialect {
  return isPostgresUrl(url) ? "postgres" : "sqlite";
}

export function sqliteFilePath(url: string): string {
  const file = url.replace(/^file:/, "");
  return path.isAbsolute(file) ? file : path.resolve(/*turbopackIgnore: true*/ process.cwd(), file);
}

export function createDb(url: string): Db {
  if (isPostgresUrl(url)) {
    const adapter = new PrismaPg({ connectionString: url, max: 10 });
    return new PostgresClient({ adapter }) as unknown as Db;
  }
  const file = sqliteFilePath(url);
  mkdirSync(path.dirname(file), { recursive: true });
  // WAL lets readers (reports, the live stream) run while ingest writes, and commits without
  // rewriting a rollback journal. The mode is stored in the file, so setting it once suffices.
  const setup = new Database(file, { timeout: 10_000 });
  setup.pragma("journal_mode = WAL");
  setup.close();
  const adapter = new PrismaBetterSqlite3({ url: `file:${file}`, timeout: 10_000 });
  return new SqliteClient({ adapter });
}

const globalForDb = globalThis as unknown as { cairnDb?: Db };

// One client per process (Next's dev server reloads modules; the global survives).
export const db: Db = globalForDb.cairnDb ?? createDb(env.DATABASE_URL);
if (env.NODE_ENV !== "production") globalForDb.cairnDb = db;

export const dialect: Dialect = dialectOf(env.DATABASE_URL);
