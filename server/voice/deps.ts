import { db as defaultDb, dialectOf, type Db } from "../db";
import type { SqlDialect } from "../sql/dialect";

/** What the voice-of-customer handlers need; tests pass their database and a clock. */
export type VoiceDeps = { db: Db; dialect: SqlDialect; now?: () => Date };

export const defaultVoiceDeps: VoiceDeps = { db: defaultDb, dialect: dialectOf(defaultDb) };

export const clockOf = (deps: VoiceDeps): Date => (deps.now ? deps.now() : new Date());
