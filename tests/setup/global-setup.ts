// vitest globalSetup of the integration suite: one fresh database per run, migrated with
// scripts/db/migrate.ts deploy, its URL handed to every test file through `inject("databaseUrl")`.
//   CAIRN_TEST_DB=sqlite (default)  a new file data/test-<stamp>-<pid>.db, removed afterwards
//   CAIRN_TEST_DB=postgres          the database TEST_DATABASE_URL names, dropped and recreated
import type { TestProject } from "vitest/node";
import {
  applyMigrations,
  isPostgresUrl,
  newSqliteUrl,
  recreatePostgresDatabase,
  redact,
  removeSqliteDatabase,
  removeStaleSqliteDatabases,
  testDbKind,
} from "./test-database";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    databaseKind: "sqlite" | "postgres";
  }
}

export default async function setup(project: TestProject) {
  const kind = testDbKind();
  let url: string;
  if (kind === "postgres") {
    const pgUrl = process.env.TEST_DATABASE_URL;
    if (!pgUrl || !isPostgresUrl(pgUrl)) {
      throw new Error("CAIRN_TEST_DB=postgres needs TEST_DATABASE_URL=postgresql://…/cairn_test");
    }
    url = pgUrl;
    await recreatePostgresDatabase(url);
  } else {
    removeStaleSqliteDatabases();
    url = newSqliteUrl();
  }
  const started = Date.now();
  applyMigrations(url);
  console.log(`[test-db] ${kind} ${redact(url)} created and migrated in ${Date.now() - started} ms`);
  project.provide("databaseUrl", url);
  project.provide("databaseKind", kind);

  return () => {
    if (kind === "sqlite" && !process.env.KEEP_TEST_DB) removeSqliteDatabase(url);
  };
}
