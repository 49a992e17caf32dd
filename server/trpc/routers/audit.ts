import { z } from "zod";
import { permissionProcedure, router } from "../init";
import { AUDIT_CSV_MAX_ROWS, ZAuditCsvOut, ZAuditFilters, ZAuditPageOut, ZListAuditInput } from "../../audit/schemas";
import { listAudit } from "../../audit/list-audit";
import { exportAuditCsv } from "../../audit/export-audit-csv";

export const auditRouter = router({
  list: permissionProcedure("audit.read")
    .input(ZListAuditInput)
    .output(ZAuditPageOut)
    .query(({ ctx, input }) =>
      listAudit({ db: ctx.wdb, workspaceId: ctx.workspace.id, timeZone: ctx.workspace.timeZone, input }),
    ),
  /** The filtered log as CSV text, downloaded by the page (see docs/decisions/audit-log-csv.md). */
  exportCsv: permissionProcedure("audit.read")
    .input(z.object({ filters: ZAuditFilters.default({}) }))
    .output(ZAuditCsvOut)
    .query(({ ctx, input }) =>
      exportAuditCsv({ db: ctx.wdb, workspace: ctx.workspace, filters: input.filters, max: AUDIT_CSV_MAX_ROWS }),
    ),
});
