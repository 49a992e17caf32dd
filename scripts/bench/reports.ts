// npm run bench:reports — every Adoption report over a generated workspace of 1,000,000 messages,
// 10,000 users and 1,000 accounts over 26 weeks, loaded through the ingest writer (so the rollups
// are what ingest makes). Each report runs BENCH_RUNS times (20) from rollups and BENCH_RAW_RUNS
// times (5) from raw events in the same process; prints p50 / p95, the ratio, and whether both
// gave the same result. SQLite always; PostgreSQL at BENCH_PG_URL (default: a cairn_bench_reports
// database on the loopback server, created if missing). BENCH_EVENTS / BENCH_USERS /
// BENCH_ACCOUNTS shrink the workspace; BENCH_REUSE=1 keeps an earlier run's data when it has the
// same size; BENCH_DB=sqlite|postgres runs one database; BENCH_ONLY=<regexp> the reports named;
// BENCH_NO_RAW=<regexp> times the reports named from rollups only (on PostgreSQL a raw run of the
// feature reports takes minutes). The engagement entries read or write snapshots: no raw form.
import { execFileSync } from "node:child_process";
import { isDeepStrictEqual } from "node:util";
import path from "node:path";
import pg from "pg";
import type { BenchMessage } from "./reports/generate";

const root = path.resolve(__dirname, "../..");
const TOTAL = Number(process.env.BENCH_EVENTS ?? 1_000_000);
const USERS = Number(process.env.BENCH_USERS ?? 10_000);
const ACCOUNTS = Number(process.env.BENCH_ACCOUNTS ?? 1_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const RAW_RUNS = Number(process.env.BENCH_RAW_RUNS ?? 5);
const TIME_ZONE = "Europe/Paris";
const PG_URL = process.env.BENCH_PG_URL ?? "postgresql://cairn:cairn@127.0.0.1:5432/cairn_bench_reports";
const SQLITE_URL = `file:${path.join(root, "data/bench-reports.db")}`;

function migrate(url: string) {
  execFileSync(
    process.execPath,
    [path.join(root, "node_modules/tsx/dist/cli.mjs"), "scripts/db/migrate.ts", "deploy"],
    {
      cwd: root,
      env: { ...process.env, DATABASE_URL: url, CHECKPOINT_DISABLE: "1" },
      stdio: ["ignore", "ignore", "inherit"],
    },
  );
}

async function ensurePgDatabase(url: string) {
  const u = new URL(url);
  const name = u.pathname.slice(1);
  u.pathname = "/postgres";
  const client = new pg.Client({ connectionString: u.toString() });
  await client.connect();
  const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
  if (found.rowCount === 0) await client.query(`CREATE DATABASE "${name.replace(/"/g, "")}"`);
  await client.end();
}

const percentile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;

async function time(runs: number, fn: () => Promise<unknown>): Promise<{ p50: number; p95: number; result: unknown }> {
  let result: unknown;
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    result = await fn();
    ms.push(performance.now() - started);
  }
  ms.sort((a, b) => a - b);
  return { p50: percentile(ms, 0.5), p95: percentile(ms, 0.95), result };
}

/** rawP50 / rawP95 / same are null when the raw form was not run (BENCH_NO_RAW). */
type Row = {
  db: string;
  report: string;
  targetMs: number;
  p50: number;
  p95: number;
  rawP50: number | null;
  rawP95: number | null;
  same: boolean | null;
};

async function benchDatabase(
  label: string,
  url: string,
  messagesOf: () => Promise<BenchMessage[]>,
  endDay: number,
): Promise<Row[]> {
  migrate(url);
  const { createDb, dialectOf } = await import("../../server/db");
  const { createBenchWorkspace, loadBenchMessages, BENCH_SLUG } = await import("./reports/load");
  const { benchReports } = await import("./reports/report-list");
  const db = createDb(url);
  let ws = await db.workspace.findUnique({ where: { slug: BENCH_SLUG }, select: { id: true, timeZone: true } });
  const stored = ws ? await db.event.count({ where: { workspaceId: ws.id } }) : 0;
  if (!ws || process.env.BENCH_REUSE !== "1" || stored !== TOTAL) {
    const messages = await messagesOf();
    ws = await createBenchWorkspace(db, endDay, TIME_ZONE);
    const rate = await loadBenchMessages(db, ws, messages, (done) =>
      process.stdout.write(`\r  ${label}: loaded ${done.toLocaleString("en")} messages`),
    );
    process.stdout.write("\n");
    console.log(
      `  ${label}: load through the ingest writer ${Math.round(rate).toLocaleString("en")} messages/s (batches of 500)`,
    );
  } else console.log(`  ${label}: reusing the loaded workspace (${stored.toLocaleString("en")} events)`);
  const dialect = dialectOf(db);
  // What autovacuum does after a bulk load (statistics, and the visibility map that lets index-only
  // scans skip the heap); machines that run PostgreSQL with autovacuum off would never get it.
  // SQLite gets no ANALYZE: its planner chose worse plans for these reports with statistics.
  if (dialect.name === "postgres") await db.$executeRawUnsafe("VACUUM ANALYZE");
  const now = new Date((endDay + 1) * 86_400_000 - 3_600_000);
  const workspace = ws;
  const rows: Row[] = [];
  const only = process.env.BENCH_ONLY ? new RegExp(process.env.BENCH_ONLY) : null;
  const noRaw = process.env.BENCH_NO_RAW ? new RegExp(process.env.BENCH_NO_RAW) : null;
  for (const report of (await benchReports(db, workspace, endDay)).filter((r) => !only || only.test(r.name))) {
    const args = { db, dialect, workspace, now };
    await report.run({ ...args, source: "rollups" }); // warm-up
    const rolled = await time(RUNS, () => report.run({ ...args, source: "rollups" }));
    const raw =
      report.rollupsOnly || noRaw?.test(report.name)
        ? null
        : await time(RAW_RUNS, () => report.run({ ...args, source: "raw" }));
    const row: Row = {
      db: label,
      report: report.name,
      targetMs: report.targetMs ?? 150,
      p50: rolled.p50,
      p95: rolled.p95,
      rawP50: raw?.p50 ?? null,
      rawP95: raw?.p95 ?? null,
      same: raw ? isDeepStrictEqual(rolled.result, raw.result) : null,
    };
    rows.push(row);
    const vsRaw =
      row.rawP50 === null
        ? "raw not run"
        : `raw p50 ${row.rawP50.toFixed(0)} ms (${(row.rawP50 / row.p50).toFixed(1)}×)${row.same ? "" : "  RESULTS DIFFER"}`;
    console.log(`  ${label} ${report.name}: p50 ${row.p50.toFixed(1)} ms, p95 ${row.p95.toFixed(1)} ms; ${vsRaw}`);
  }
  await db.$disconnect();
  return rows;
}

async function main() {
  const { generateBenchMessages } = await import("./reports/generate");
  const { dayNumber } = await import("../../server/calendar/day-number");
  // The history ends yesterday in the workspace's zone, so the reports' default periods cover it.
  const endDay = dayNumber(new Date(), TIME_ZONE) - 1;
  let cached: BenchMessage[] | undefined;
  const messagesOf = async () => {
    if (!cached) {
      const started = performance.now();
      cached = generateBenchMessages({ users: USERS, accounts: ACCOUNTS, total: TOTAL, endDay });
      console.log(
        `generated ${cached.length.toLocaleString("en")} messages in ${((performance.now() - started) / 1000).toFixed(1)} s`,
      );
    }
    return cached;
  };
  const only = process.env.BENCH_DB;
  const rows: Row[] = [];
  if (only !== "postgres") rows.push(...(await benchDatabase("SQLite", SQLITE_URL, messagesOf, endDay)));
  if (only !== "sqlite") {
    await ensurePgDatabase(PG_URL);
    rows.push(...(await benchDatabase("PostgreSQL", PG_URL, messagesOf, endDay)));
  }
  console.log(
    `\n${TOTAL.toLocaleString("en")} messages, ${USERS.toLocaleString("en")} users, ${ACCOUNTS.toLocaleString("en")} accounts, 26 weeks; ${RUNS} runs from rollups, ${RAW_RUNS} from raw events\n`,
  );
  console.log(
    "| report | database | p50 ms | p95 ms | target p50 | raw p50 ms | raw p95 ms | raw / rollups | same result |",
  );
  console.log("|---|---|---|---|---|---|---|---|---|");
  const fixed = (n: number | null, digits: number) => (n === null ? "—" : n.toFixed(digits));
  for (const r of rows)
    console.log(
      `| ${r.report} | ${r.db} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | < ${r.targetMs} | ${fixed(r.rawP50, 0)} | ${fixed(r.rawP95, 0)} | ${r.rawP50 === null ? "—" : `${(r.rawP50 / r.p50).toFixed(1)}×`} | ${r.same === null ? "—" : r.same ? "yes" : "NO"} |`,
    );
  const missed = rows.filter((r) => r.p50 >= r.targetMs || (r.rawP50 !== null && r.rawP50 / r.p50 < 10));
  console.log(
    rows.length === 0
      ? "\nNo report ran (BENCH_ONLY matched none)."
      : missed.length === 0
        ? "\nEvery report: p50 under its target and ≥ 10× faster than from raw events."
        : `\nMissing a target (p50 under its target, ≥ 10× raw): ${missed.map((r) => `${r.report} on ${r.db}`).join(", ")}`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
