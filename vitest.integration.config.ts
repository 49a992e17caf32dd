import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Integration tests: routers and ingest against a real, freshly migrated database, made by the
// globalSetup. CAIRN_TEST_DB picks it: sqlite (default, a temp file under data/) or postgres
// (TEST_DATABASE_URL, dropped and recreated). `npm run test:int` runs both in turn
// (tests/setup/run-integration.ts).
export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL(".", import.meta.url)) } },
  test: {
    include: ["tests/integration/**/*.int.test.ts"],
    environment: "node",
    globalSetup: ["tests/setup/global-setup.ts"],
    setupFiles: ["tests/setup/integration-env.ts"],
    env: { CHECKPOINT_DISABLE: "1", NEXT_TELEMETRY_DISABLED: "1" },
    pool: "forks",
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
