import { db as defaultDb, dialect as defaultDialect, type Db, type Dialect } from "../db";

/** What the voice-of-customer handlers need; tests pass their database and a clock. */
export type VoiceDeps = { db: Db; dialect: Dialect; now?: () => Date };

export const defaultVoiceDeps: VoiceDeps = { db: defaultDb, dialect: defaultDialect };

export const clockOf = (deps: VoiceDeps): Date => (deps.now ? deps.now() : new Date());
