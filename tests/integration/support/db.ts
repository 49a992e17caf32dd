// The test database of this run (see tests/setup/global-setup.ts), one client per test file.
import { inject } from "vitest";
import { createDb, dialectOf, type Db } from "../../../server/db";
import type { SqlDialect } from "../../../server/sql/dialect";
import type { ApiDeps } from "../../../server/http/deps";
import { createContextInner } from "../../../server/trpc/init";
import { createCaller } from "../../../server/trpc/root";
import type { SessionUser } from "../../../server/auth/session";

let client: Db | undefined;

export const databaseUrl = (): string => inject("databaseUrl");
export const databaseKind = (): "sqlite" | "postgres" => inject("databaseKind");

export function testDb(): Db {
  client ??= createDb(databaseUrl());
  return client;
}

export function testDialect(): SqlDialect {
  return dialectOf(testDb());
}

/** What the REST handlers and the services take (the wall clock; tests that move time pass their own). */
export function deps(): ApiDeps {
  return { db: testDb(), dialect: testDialect(), now: () => new Date() };
}

export async function closeTestDb(): Promise<void> {
  const c = client;
  client = undefined;
  if (c) await c.$disconnect();
}

/** A tRPC caller as `user` (null: signed out), against the test database; `instanceAdmins`
 * stands in for CAIRN_INSTANCE_ADMINS (default: none). */
export function callerFor(user: SessionUser | null, opts: { instanceAdmins?: string[]; ip?: string } = {}) {
  return createCaller(
    createContextInner({ user, db: testDb(), instanceAdmins: opts.instanceAdmins ?? [], ip: opts.ip ?? null }),
  );
}
