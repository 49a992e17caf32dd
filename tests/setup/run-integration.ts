// `npm run test:int`: the integration suite on SQLite, then on PostgreSQL when TEST_DATABASE_URL
// is set. In CI (env CI set) a missing TEST_DATABASE_URL is an error, not a silent skip.
//   tsx tests/setup/run-integration.ts [--db sqlite|postgres] [vitest args…]
import { spawnSync } from "node:child_process";
import path from "node:path";
import { isPostgresUrl, redact, repoRoot, type TestDbKind } from "./test-database";

function main(): number {
  const args = process.argv.slice(2);
  const dbAt = args.indexOf("--db");
  const only = dbAt >= 0 ? (args.splice(dbAt, 2)[1] as TestDbKind | undefined) : undefined;
  if (only !== undefined && only !== "sqlite" && only !== "postgres") {
    console.error(`--db takes sqlite or postgres, not "${only}"`);
    return 2;
  }

  const pgUrl = process.env.TEST_DATABASE_URL;
  if (pgUrl && !isPostgresUrl(pgUrl)) {
    console.error(`TEST_DATABASE_URL must be a postgres:// or postgresql:// URL (got "${pgUrl}").`);
    return 2;
  }
  const runs: TestDbKind[] = only ? [only] : pgUrl ? ["sqlite", "postgres"] : ["sqlite"];
  if (runs.includes("postgres") && !pgUrl) {
    console.error("--db postgres needs TEST_DATABASE_URL (e.g. postgresql://root@127.0.0.1:5432/cairn_test).");
    return 2;
  }
  if (!pgUrl && process.env.CI && only !== "sqlite") {
    console.error(
      "FAIL: CI is set but TEST_DATABASE_URL is not, so the PostgreSQL integration suite would be skipped.\n" +
        'Set TEST_DATABASE_URL=postgresql://…/cairn_test (a database name containing "test"; it is dropped and recreated).',
    );
    return 1;
  }

  const vitest = path.join(repoRoot, "node_modules/vitest/vitest.mjs");
  const results: { kind: TestDbKind; status: number; seconds: number }[] = [];
  for (const kind of runs) {
    const where = kind === "postgres" ? redact(pgUrl!) : "a temp file under data/";
    console.log(`\n=== integration tests on ${kind} (${where}) ===\n`);
    const started = Date.now();
    const result = spawnSync(process.execPath, [vitest, "run", "--config", "vitest.integration.config.ts", ...args], {
      cwd: repoRoot,
      stdio: "inherit",
      env: { VITE_CONFIG_NATIVE_IGNORE_WARNING: "true", ...process.env, CAIRN_TEST_DB: kind },
    });
    results.push({ kind, status: result.status ?? 1, seconds: (Date.now() - started) / 1000 });
  }

  console.log("\n=== integration summary ===");
  for (const r of results)
    console.log(`${r.kind.padEnd(8)} ${r.status === 0 ? "passed" : "FAILED"} in ${r.seconds.toFixed(1)} s`);
  if (!pgUrl) console.log("postgres skipped: TEST_DATABASE_URL is not set (CI fails in that case)");
  return results.every((r) => r.status === 0) ? 0 : 1;
}

process.exit(main());
