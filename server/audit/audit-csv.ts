// The audit log as CSV (RFC 4180: comma-separated, CRLF rows, quotes doubled), one row per entry.
import { csvCell } from "../contract/csv";
import { auditActionLabel, describeAuditDetails } from "./describe-entry";
import type { AuditEntryOut } from "./schemas";

const HEADER = ["time_utc", "time_local", "actor", "action", "action_label", "target", "details", "ip"];

/** "2026-12-07 05:54:52" on the workspace's wall clock. */
function localTime(at: Date, timeZone: string): string {
  const parts: Record<string, string> = {};
  const format = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  });
  for (const p of format.formatToParts(at)) parts[p.type] = p.value;
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}:${parts.second}`;
}

export function auditCsv(entries: AuditEntryOut[], timeZone: string): string {
  const rows = entries.map((e) => [
    e.createdAt.toISOString(),
    localTime(e.createdAt, timeZone),
    e.actor,
    e.action,
    auditActionLabel(e.action),
    e.target ?? "",
    describeAuditDetails(e.action, e.details),
    e.ip ?? "",
  ]);
  return [HEADER, ...rows].map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
}
