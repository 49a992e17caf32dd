import type { Db } from "../db";
import type { SqlDialect } from "./dialect";

/** The workspace as a report sees it: its id scopes every query, its time zone numbers the days. */
export type ReportWorkspace = { id: string; timeZone: string };

/** What every report query takes: the tenant-scoped client with its dialect, the workspace, the
 * validated input and, for tests, the time "now" stands for. */
export type ReportArgs<TInput> = { db: Db; dialect: SqlDialect; workspace: ReportWorkspace; input: TInput; now?: Date };
