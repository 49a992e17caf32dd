// setupFiles of the integration suite: runs in each test file's worker before the file's own
// imports, so server/env.ts and server/db.ts (which read DATABASE_URL at import) see the test
// database. Tests still pass their own client explicitly (tests/integration/support/db.ts).
import { afterAll, inject } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");
process.env.CHECKPOINT_DISABLE = "1";
process.env.APP_URL ??= "http://cairn.test";

afterAll(async () => {
  const { closeTestDb } = await import("../integration/support/db");
  await closeTestDb();
});
