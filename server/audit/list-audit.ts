import type { Db } from "../db";
import { dialectOf } from "../db";
import { dayRangeToInstants } from "../calendar/zone-range";
import { newestFirstAfter, splitTimePage } from "../paging/keyset";
import type { AuditEntryOut, TAuditFilters, TListAuditInput } from "./schemas";

export const AUDIT_SELECT = {
  id: true,
  createdAt: true,
  actor: true,
  action: true,
  target: true,
  details: true,
  ip: true,
} as const;

/** The Prisma filter of the log's filters; dates are calendar days in `timeZone`. */
export function auditWhere(db: Db, workspaceId: string, filters: TAuditFilters, timeZone: string) {
  const { fromAt, toAt } = dayRangeToInstants(filters, timeZone);
  const actor = filters.actor?.trim();
  return {
    workspaceId,
    ...(filters.actions && filters.actions.length > 0 ? { action: { in: filters.actions } } : {}),
    // SQLite's LIKE ignores ASCII case already; PostgreSQL's needs asking (the SQLite client's
    // types, which stand for both, do not know the option).
    ...(actor
      ? {
          actor: {
            contains: actor,
            ...(dialectOf(db).name === "postgres" ? ({ mode: "insensitive" } as object) : {}),
          },
        }
      : {}),
    ...(fromAt || toAt ? { createdAt: { ...(fromAt ? { gte: fromAt } : {}), ...(toAt ? { lt: toAt } : {}) } } : {}),
  };
}

function present(row: {
  id: string;
  createdAt: Date;
  actor: string;
  action: string;
  target: string | null;
  details: unknown;
  ip: string | null;
}): AuditEntryOut {
  const details = row.details && typeof row.details === "object" && !Array.isArray(row.details) ? row.details : null;
  return { ...row, details: details as Record<string, unknown> | null };
}

/** One page of the workspace's audit log, newest first, narrowed by `input.filters`. */
export async function listAudit(args: { db: Db; workspaceId: string; timeZone: string; input: TListAuditInput }) {
  const { db, workspaceId, timeZone, input } = args;
  const page = newestFirstAfter(input.cursor, input.limit);
  const rows = await db.auditEntry.findMany({
    where: { AND: [auditWhere(db, workspaceId, input.filters, timeZone), page.where] },
    orderBy: page.orderBy,
    take: page.take,
    select: AUDIT_SELECT,
  });
  const { page: entries, nextCursor } = splitTimePage(rows, input.limit);
  return { entries: entries.map(present), nextCursor };
}

/** The newest `max` entries under the filters, and whether more matched. */
export async function listAuditForExport(args: {
  db: Db;
  workspaceId: string;
  timeZone: string;
  filters: TAuditFilters;
  max: number;
}) {
  const rows = await args.db.auditEntry.findMany({
    where: auditWhere(args.db, args.workspaceId, args.filters, args.timeZone),
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: args.max + 1,
    select: AUDIT_SELECT,
  });
  return { entries: rows.slice(0, args.max).map(present), truncated: rows.length > args.max };
}
