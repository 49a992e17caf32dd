import { randomBytes } from "node:crypto";
import type { Db } from "../db";
import { AppError } from "../errors";
import { MAX_ACTIVE_SECRETS } from "./schemas";
import { seal, unseal } from "./secret-box";
import { recordAudit, type AuditBy } from "../audit/record-audit";

// A workspace's identity secrets: created (shown once), listed, revoked; and read back, unsealed,
// by the REST edge to verify userHash signatures.

export const SECRET_PREFIX = "cis_";

/** The audit log's words for a secret: the hint the Identity page shows, never the secret. */
const secretTarget = (hint: string) => `secret ending …${hint}`;

const SECRET_SELECT = { id: true, hint: true, createdAt: true, revokedAt: true, sealed: true } as const;

type SecretRow = { id: string; hint: string; createdAt: Date; revokedAt: Date | null; sealed: string };

function present({ sealed, ...row }: SecretRow) {
  return { ...row, readable: unseal(sealed) !== null };
}

export async function listIdentitySecrets(args: { db: Db; workspaceId: string }) {
  const rows = await args.db.identitySecret.findMany({
    where: { workspaceId: args.workspaceId },
    select: SECRET_SELECT,
    orderBy: [{ revokedAt: "asc" }, { createdAt: "desc" }],
  });
  return rows.map(present);
}

/** A new secret, returned in clear exactly once. At most two are active: revoke the old one of a
 * rotation before starting the next. */
export async function createIdentitySecret(args: { db: Db; workspaceId: string; by: AuditBy }) {
  const { actor, ip } = args.by;
  const secret = SECRET_PREFIX + randomBytes(32).toString("base64url");
  return args.db.$transaction(async (tx) => {
    const active = await tx.identitySecret.count({ where: { workspaceId: args.workspaceId, revokedAt: null } });
    if (active >= MAX_ACTIVE_SECRETS)
      throw new AppError(
        "CONFLICT",
        `A workspace has at most ${MAX_ACTIVE_SECRETS} active identity secrets: revoke the old one before creating another.`,
      );
    const row = await tx.identitySecret.create({
      data: {
        workspaceId: args.workspaceId,
        sealed: seal(secret),
        hint: secret.slice(-4),
        createdById: actor.kind === "member" ? actor.userId : null,
      },
      select: SECRET_SELECT,
    });
    await recordAudit(tx, {
      workspaceId: args.workspaceId,
      actor,
      action: "identity.secret-created",
      target: secretTarget(row.hint),
      ip,
    });
    return { ...present(row), secret };
  });
}

/** Revoking a revoked secret answers it as it is and records nothing: nothing changed. */
export async function revokeIdentitySecret(args: { db: Db; workspaceId: string; id: string; by: AuditBy }) {
  return args.db.$transaction(async (tx) => {
    const where = { id: args.id, workspaceId: args.workspaceId };
    const row = await tx.identitySecret.findFirst({ where, select: { id: true, hint: true } });
    if (!row) throw new AppError("NOT_FOUND", "Identity secret not found.");
    // Only the request that flips revokedAt records it, so two revokes at once log one entry.
    const { count } = await tx.identitySecret.updateMany({
      where: { ...where, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (count === 1)
      await recordAudit(tx, {
        workspaceId: args.workspaceId,
        actor: args.by.actor,
        action: "identity.secret-revoked",
        target: secretTarget(row.hint),
        ip: args.by.ip,
      });
    return present(await tx.identitySecret.findFirstOrThrow({ where, select: SECRET_SELECT }));
  });
}

// Unsealed secrets by row id: a row's secret never changes, so it is unsealed once per process.
const unsealed = new Map<string, string | null>();

/** The workspace's active secrets in clear (the unreadable ones left out), for verifying. */
export async function activeSecrets(db: Db, workspaceId: string): Promise<string[]> {
  const rows = await db.identitySecret.findMany({
    where: { workspaceId, revokedAt: null },
    select: { id: true, sealed: true },
  });
  const out: string[] = [];
  for (const row of rows) {
    if (!unsealed.has(row.id)) {
      if (unsealed.size > 10_000) unsealed.clear();
      unsealed.set(row.id, unseal(row.sealed));
    }
    const secret = unsealed.get(row.id);
    if (secret) out.push(secret);
  }
  return out;
}
