// An audit entry in words, for the Audit log page and its CSV export alike. Client-safe: it
// imports only the list of actions.
import { AUDIT_ACTIONS, type AuditAction } from "./actions";

/** The action's label; an action no longer listed reads as itself. */
export function auditActionLabel(action: string): string {
  return Object.hasOwn(AUDIT_ACTIONS, action) ? AUDIT_ACTIONS[action as AuditAction] : action;
}

function word(value: unknown): string | null {
  if (typeof value === "string" && value !== "") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return null;
}

/** The details in words: "viewer → admin" for a change, "as pm" for an invite or a join, "was pm"
 * for a removal; other details as "key: value" pairs; "" when there are none. */
export function describeAuditDetails(action: string, details: Record<string, unknown> | null): string {
  if (!details) return "";
  const rest = { ...details };
  const parts: string[] = [];
  const from = word(rest.from);
  const to = word(rest.to);
  if (from !== null && to !== null) {
    parts.push(`${from} → ${to}`);
    delete rest.from;
    delete rest.to;
  }
  const role = word(rest.role);
  if (role !== null) {
    parts.push(action === "member.removed" ? `was ${role}` : `as ${role}`);
    delete rest.role;
  }
  // A key's target already says its kind ("Production (secret key)").
  if (action.startsWith("key.")) delete rest.kind;
  for (const [key, value] of Object.entries(rest)) {
    const text = word(value) ?? JSON.stringify(value);
    if (text !== undefined) parts.push(`${key}: ${text}`);
  }
  return parts.join(", ");
}
