import { db, dialectOf, type Db } from "../db";
import type { SqlDialect } from "../sql/dialect";

/** What every REST handler (server/http/with-write-key.ts, the CSV export) works with: the
 * database, its SQL dialect, and the clock. Route files pass `apiDeps`; tests pass their database
 * and, where time matters, their clock. */
export type ApiDeps = { db: Db; dialect: SqlDialect; now: () => Date };

export const apiDeps: ApiDeps = { db, dialect: dialectOf(db), now: () => new Date() };
