// The reports bench:reports times: each runs over rollups (what the dashboard does) and over raw
// events (the same query text on a derived table grouped from Event: server/analytics/sources.ts).
import type { Db } from "../../../server/db";
import type { SqlDialect } from "../../../server/sql/dialect";
import type { Source } from "../../../server/analytics/sources";
import type { BenchWorkspace } from "./load";

export type BenchReportArgs = { db: Db; dialect: SqlDialect; workspace: BenchWorkspace; now: Date; source: Source };
export type BenchReport = { name: string; run(args: BenchReportArgs): Promise<unknown> };

export async function benchReports(_db: Db, _workspace: BenchWorkspace): Promise<BenchReport[]> {
  return [];
}
