import type { Prisma } from "../generated/sqlite/client";
import type { DbOrTx } from "../db";
import type { AuditAction } from "./actions";

/** Who acted: a signed-in member, a server holding a secret key, or Cairn itself (a job). */
export type AuditActor =
  { kind: "member"; userId: string; email: string } | { kind: "key"; keyId: string; name: string } | { kind: "system" };

export type AuditRecord = {
  workspaceId: string;
  actor: AuditActor;
  action: AuditAction;
  /** What was acted on, in words a reader recognises (an email, a key's name, a userId). */
  target?: string | null;
  details?: Record<string, unknown> | null;
  ip?: string | null;
};

function actorWords(actor: AuditActor): string {
  if (actor.kind === "member") return actor.email;
  if (actor.kind === "key") return `secret key "${actor.name}"`;
  return "Cairn";
}

/** Appends one entry. Pass the transaction that makes the change, so the entry exists exactly
 * when the change does. */
export async function recordAudit(db: DbOrTx, record: AuditRecord): Promise<void> {
  await db.auditEntry.create({
    data: {
      workspaceId: record.workspaceId,
      actorUserId: record.actor.kind === "member" ? record.actor.userId : null,
      actor: actorWords(record.actor),
      action: record.action,
      target: record.target ?? null,
      details: (record.details ?? undefined) as Prisma.InputJsonValue | undefined,
      ip: record.ip ?? null,
    },
  });
}

export type MemberActor = Extract<AuditActor, { kind: "member" }>;

/** Who makes a change and from where: what an audited service takes besides its input, so the
 * service never reads a request. `ip` is null where there is no request (scripts, tests). */
export type AuditBy<A extends AuditActor = AuditActor> = { actor: A; ip: string | null };

/** The actor of a tRPC call made by a signed-in member. */
export function memberActor(user: { id: string; email: string }): MemberActor {
  return { kind: "member", userId: user.id, email: user.email };
}

/** A signed-in member acting from `ip`: `memberBy(ctx.user, ctx.ip)` in a router. */
export function memberBy(user: { id: string; email: string }, ip: string | null): AuditBy<MemberActor> {
  return { actor: memberActor(user), ip };
}
