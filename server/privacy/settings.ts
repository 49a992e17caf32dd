import type { Db } from "../db";
import { recordAudit, type AuditActor } from "../audit/record-audit";
import type { PrivacySettings } from "./schemas";

const SELECT = { rawEventRetentionDays: true, erasedFeedback: true } as const;

export async function getPrivacySettings(args: { db: Db; workspaceId: string }): Promise<PrivacySettings> {
  return args.db.workspace.findUniqueOrThrow({ where: { id: args.workspaceId }, select: SELECT });
}

/** Saves both settings; when either changed, the audit log says from what to what. */
export async function updatePrivacySettings(args: {
  db: Db;
  workspaceId: string;
  actor: AuditActor;
  ip?: string | null;
  input: PrivacySettings;
}): Promise<PrivacySettings> {
  const { db, workspaceId, input } = args;
  return db.$transaction(async (tx) => {
    const before = await tx.workspace.findUniqueOrThrow({ where: { id: workspaceId }, select: SELECT });
    const after = await tx.workspace.update({ where: { id: workspaceId }, data: input, select: SELECT });
    const changed = (Object.keys(SELECT) as (keyof PrivacySettings)[]).filter((k) => before[k] !== after[k]);
    if (changed.length > 0)
      await recordAudit(tx, {
        workspaceId,
        actor: args.actor,
        action: "privacy.settings-changed",
        details: Object.fromEntries(changed.map((k) => [k, { from: before[k], to: after[k] }])),
        ip: args.ip ?? null,
      });
    return after;
  });
}
