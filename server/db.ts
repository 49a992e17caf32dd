import { mkdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as SqliteClient } from "./generated/sqlite/client";
import { PrismaClient as PostgresClient } from "./generated/postgres/client";
import { env, isPostgresUrl } from "./env";
import { dialectNamed, type SqlDialect } from "./sql/dialect";

// Both generated clients share one model; the SQLite client's type stands for either.
export type Db = SqliteClient;
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
export type DbOrTx = Db | Tx;

// Each client knows its SQL dialect; derived clients (tenant-scoped, transactions' owners) inherit
// it. Callers ask the client rather than a global, so a test or a second database cannot pair a
// client with the other database's spellings.
const dialectByClient = new WeakMap<object, SqlDialect>();

export function dialectOf(client: Db): SqlDialect {
  const found = dialectByClient.get(client);
  if (!found)
    throw new Error("This Prisma client was not made by createDb (or derivedClient): its SQL dialect is unknown.");
  return found;
}

/** Registers a client derived from `from` (e.g. by $extends) as speaking the same dialect. */
export function derivedClient<T extends object>(from: Db, derived: T): T {
  dialectByClient.set(derived, dialectOf(from));
  return derived;
}

export function sqliteFilePath(url: string): string {
  const file = url.replace(/^file:/, "");
  return path.isAbsolute(file) ? file : path.resolve(/*turbopackIgnore: true*/ process.cwd(), file);
}

export type DbOptions = {
  /** Called with the text of every SQL statement the client sends (tests count a batch's statements). */
  onQuery?: (sql: string) => void;
};

type QueryEvents = { $on(event: "query", listener: (e: { query: string }) => void): void };

function listen(client: Db, onQuery: DbOptions["onQuery"]): Db {
  if (onQuery) (client as unknown as QueryEvents).$on("query", (e) => onQuery(e.query));
  return client;
}

export function createDb(url: string, options: DbOptions = {}): Db {
  const log = options.onQuery ? [{ emit: "event" as const, level: "query" as const }] : undefined;
  if (isPostgresUrl(url)) {
    const adapter = new PrismaPg({ connectionString: url, max: 10 });
    const client = listen(new PostgresClient({ adapter, log }) as unknown as Db, options.onQuery);
    dialectByClient.set(client, dialectNamed("postgres"));
    return client;
  }
  const file = sqliteFilePath(url);
  mkdirSync(path.dirname(file), { recursive: true });
  // WAL lets readers (reports, the live stream) run while ingest writes, and commits without
  // rewriting a rollback journal. The mode is stored in the file, so setting it once suffices.
  const setup = new Database(file, { timeout: 10_000 });
  setup.pragma("journal_mode = WAL");
  setup.close();
  const adapter = new PrismaBetterSqlite3({ url: `file:${file}`, timeout: 10_000 });
  const client = listen(new SqliteClient({ adapter, log }), options.onQuery);
  dialectByClient.set(client, dialectNamed("sqlite"));
  return client;
}

const globalForDb = globalThis as unknown as { cairnDb?: Db };

// One client per process (Next's dev server reloads modules; the global survives).
export const db: Db = globalForDb.cairnDb ?? createDb(env.DATABASE_URL);
if (env.NODE_ENV !== "production") globalForDb.cairnDb = db;
