// setupFiles of the integration suite: runs in each test file's worker before the file's own
// imports, so server/env.ts and server/db.ts (which read DATABASE_URL at import) see the test
// database. Tests still pass their own client explicitly (tests/integration/support/db.ts).
import { afterAll, inject } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");
process.env.CHECKPOINT_DISABLE = "1";
process.env.APP_URL ??= "http://cairn.test";
// The suites send thousands of messages at once; the quotas' own tests set small ones.
process.env.INGEST_EVENTS_PER_SECOND ??= "1000000";
process.env.API_REQUESTS_PER_MINUTE_PER_IP ??= "1000000";
process.env.NEW_END_USERS_PER_DAY ??= "100000000";

afterAll(async () => {
  const { closeTestDb } = await import("../integration/support/db");
  await closeTestDb();
});
