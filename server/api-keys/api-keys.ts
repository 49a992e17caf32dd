import type { Db } from "../db";
import { AppError } from "../errors";
import { recordAudit, type AuditBy } from "../audit/record-audit";
import { displayPrefix, generateKey, hashKey } from "./key-material";
import type { IdentityMode } from "../identity/schemas";
import type { Milestones } from "../install/milestones";
import type { TCreateApiKeyInput } from "./schemas";

export const API_KEY_SELECT = {
  id: true,
  kind: true,
  name: true,
  prefix: true,
  createdAt: true,
  lastUsedAt: true,
  revokedAt: true,
} as const;

/** The audit log's words for a key: its name and kind, never any of the key itself. */
function keyTarget(key: { name: string; kind: string }): string {
  return `${key.name} (${key.kind} key)`;
}

/** Returns the key in clear; a secret key only this once (only its hash is stored). */
export async function createApiKey(args: { db: Db; workspaceId: string; by: AuditBy; input: TCreateApiKeyInput }) {
  const key = generateKey(args.input.kind);
  const { actor, ip } = args.by;
  const row = await args.db.$transaction(async (tx) => {
    const created = await tx.apiKey.create({
      data: {
        workspaceId: args.workspaceId,
        kind: args.input.kind,
        name: args.input.name,
        prefix: displayPrefix(key),
        keyHash: hashKey(key),
        // Public by nature: kept so the Install page can show it again. A secret key never is.
        publicKey: args.input.kind === "write" ? key : null,
        createdById: actor.kind === "member" ? actor.userId : null,
      },
      select: API_KEY_SELECT,
    });
    await recordAudit(tx, {
      workspaceId: args.workspaceId,
      actor,
      action: "key.created",
      target: keyTarget(created),
      details: { kind: created.kind },
      ip,
    });
    return created;
  });
  return { ...row, key };
}

export function listApiKeys(args: { db: Db; workspaceId: string }) {
  return args.db.apiKey.findMany({
    where: { workspaceId: args.workspaceId },
    select: API_KEY_SELECT,
    orderBy: [{ revokedAt: "asc" }, { createdAt: "desc" }],
  });
}

/** Revoking a revoked key answers the key as it is and records nothing: nothing changed. */
export async function revokeApiKey(args: { db: Db; workspaceId: string; id: string; by: AuditBy }) {
  return args.db.$transaction(async (tx) => {
    const where = { id: args.id, workspaceId: args.workspaceId };
    const key = await tx.apiKey.findFirst({ where, select: API_KEY_SELECT });
    if (!key) throw new AppError("NOT_FOUND", "API key not found.");
    if (key.revokedAt) return key;
    // Only the request that flips revokedAt records it, so two revokes at once log one entry.
    const { count } = await tx.apiKey.updateMany({
      where: { ...where, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (count === 1)
      await recordAudit(tx, {
        workspaceId: args.workspaceId,
        actor: args.by.actor,
        action: "key.revoked",
        target: keyTarget(key),
        details: { kind: key.kind },
        ip: args.by.ip,
      });
    return tx.apiKey.findFirstOrThrow({ where, select: API_KEY_SELECT });
  });
}

export type KeyOwner = {
  keyId: string;
  kind: "write" | "secret";
  /** The quotas are the workspace's own (null: the instance's defaults, server/rate-limit/limits.ts). */
  workspace: {
    id: string;
    timeZone: string;
    identityVerification: IdentityMode;
    ingestEventsPerSecond: number | null;
    newEndUsersPerDay: number | null;
  } & Partial<Milestones>;
  lastUsedAt: Date | null;
};

/** The workspace a presented key belongs to, or null for an unknown or revoked key. */
export async function authenticateKey(db: Db, key: string): Promise<KeyOwner | null> {
  const row = await db.apiKey.findUnique({
    where: { keyHash: hashKey(key) },
    select: {
      id: true,
      kind: true,
      revokedAt: true,
      lastUsedAt: true,
      workspace: {
        select: {
          id: true,
          timeZone: true,
          identityVerification: true,
          ingestEventsPerSecond: true,
          newEndUsersPerDay: true,
          firstEventAt: true,
          firstIdentifyAt: true,
          firstWidgetAt: true,
        },
      },
    },
  });
  if (!row || row.revokedAt) return null;
  return { keyId: row.id, kind: row.kind, workspace: row.workspace, lastUsedAt: row.lastUsedAt };
}

/** Written at most once a minute per key, outside the ingest transaction: a per-batch update
 * of one row would serialize concurrent batches on PostgreSQL. */
export async function touchApiKey(db: Db, owner: KeyOwner, now = new Date()): Promise<void> {
  if (owner.lastUsedAt && now.getTime() - owner.lastUsedAt.getTime() < 60_000) return;
  await db.apiKey.update({ where: { id: owner.keyId }, data: { lastUsedAt: now } }).catch(() => undefined);
}
