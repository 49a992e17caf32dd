import type { Db } from "../db";
import { auditCsv } from "./audit-csv";
import { listAuditForExport } from "./list-audit";
import type { TAuditFilters } from "./schemas";

/** The newest `max` entries under the filters as a CSV file's text and name. */
export async function exportAuditCsv(args: {
  db: Db;
  workspace: { id: string; slug: string; timeZone: string };
  filters: TAuditFilters;
  max: number;
  now?: Date;
}) {
  const { workspace } = args;
  const { entries, truncated } = await listAuditForExport({
    db: args.db,
    workspaceId: workspace.id,
    timeZone: workspace.timeZone,
    filters: args.filters,
    max: args.max,
  });
  const day = (args.now ?? new Date()).toISOString().slice(0, 10);
  return {
    filename: `cairn-audit-${workspace.slug}-${day}.csv`,
    csv: auditCsv(entries, workspace.timeZone),
    rows: entries.length,
    truncated,
  };
}
