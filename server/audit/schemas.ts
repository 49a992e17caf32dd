// Inputs and outputs of the audit log. No server imports: the Audit log page reuses them.
import { z } from "zod";
import { AUDIT_ACTION_NAMES } from "./actions";

const ZDay = z.iso.date({ message: "Use a YYYY-MM-DD date" });

/** A page cursor: the last row's createdAt (ms) and id, as `<ms>.<id>` (server/paging/keyset.ts). */
const ZAuditCursor = z.string().regex(/^\d{1,15}\.[A-Za-z0-9_-]{1,64}$/, "Not a cursor of the audit log");

/** What the log is narrowed to: any of these actions, an actor whose words contain `actor`
 * (any case), and the calendar days from `from` to `to`, both included, in the workspace's
 * time zone. */
export const ZAuditFilters = z
  .object({
    actions: z.array(z.enum(AUDIT_ACTION_NAMES)).max(AUDIT_ACTION_NAMES.length).optional(),
    actor: z.string().trim().max(200, "Search with at most 200 characters").optional(),
    from: ZDay.optional(),
    to: ZDay.optional(),
  })
  .refine((v) => !v.from || !v.to || v.from <= v.to, {
    message: "The start date must not be after the end date",
    path: ["to"],
  });
export type TAuditFilters = z.infer<typeof ZAuditFilters>;

export const ZListAuditInput = z.object({
  filters: ZAuditFilters.default({}),
  cursor: ZAuditCursor.optional(),
  limit: z.number().int().min(1).max(100).default(50),
});
export type TListAuditInput = z.infer<typeof ZListAuditInput>;

export const ZAuditEntryOut = z.object({
  id: z.string(),
  createdAt: z.date(),
  actor: z.string(),
  /** Stored as text; entries of an action no longer listed still read. */
  action: z.string(),
  target: z.string().nullable(),
  details: z.record(z.string(), z.unknown()).nullable(),
  ip: z.string().nullable(),
});
export type AuditEntryOut = z.infer<typeof ZAuditEntryOut>;

export const ZAuditPageOut = z.object({ entries: z.array(ZAuditEntryOut), nextCursor: ZAuditCursor.nullable() });

export const ZAuditCsvOut = z.object({
  filename: z.string(),
  csv: z.string(),
  /** Entries in the file. */
  rows: z.number().int(),
  /** More entries matched than one file holds: the newest AUDIT_CSV_MAX_ROWS are in it. */
  truncated: z.boolean(),
});

/** The most entries one CSV export holds; narrow the dates for older ones. */
export const AUDIT_CSV_MAX_ROWS = 10_000;
