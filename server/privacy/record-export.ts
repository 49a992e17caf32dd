import type { DbOrTx } from "../db";
import { recordAudit, type AuditActor } from "../audit/record-audit";

/** The audit entry of an export, written once the user is known and before the document is sent:
 * an export that breaks off halfway was still handed out in part. */
export function recordExport(
  db: DbOrTx,
  args: { workspaceId: string; externalId: string; actor: AuditActor; ip?: string | null },
): Promise<void> {
  return recordAudit(db, {
    workspaceId: args.workspaceId,
    actor: args.actor,
    action: "end-user.exported",
    target: args.externalId,
    ip: args.ip ?? null,
  });
}
