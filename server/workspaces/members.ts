import type { Db, DbOrTx, Tx } from "../db";
import { appUrl } from "../env";
import { AppError } from "../errors";
import { hashLinkToken as hashToken, newLinkToken } from "../auth/tokens";
import { enqueueMail, LINK_PLACEHOLDER } from "../mail/outbox";
import type { MemberRole } from "../generated/sqlite/enums";
import type { TInviteInput } from "./schemas";
import { recordAudit, type AuditBy, type MemberActor } from "../audit/record-audit";

const INVITE_DAYS = 7;

export function listMembers(args: { db: Db; workspaceId: string }) {
  return Promise.all([
    args.db.member.findMany({
      where: { workspaceId: args.workspaceId },
      select: { id: true, role: true, createdAt: true, user: { select: { id: true, name: true, email: true } } },
      orderBy: { createdAt: "asc" },
    }),
    args.db.invite.findMany({
      where: { workspaceId: args.workspaceId, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
      select: { id: true, email: true, role: true, createdAt: true, expiresAt: true },
      orderBy: { createdAt: "desc" },
    }),
  ]).then(([members, invites]) => ({ members, invites }));
}

/** Writes the invite, its email and its audit entry in one transaction; returns the link once
 * (the token is stored hashed) so an admin without SMTP can pass it on by hand. */
export async function inviteMember(args: {
  db: Db;
  workspaceId: string;
  by: AuditBy<MemberActor>;
  input: TInviteInput;
}) {
  const { email, role } = args.input;
  const actorId = args.by.actor.userId;
  const already = await args.db.member.findFirst({
    where: { workspaceId: args.workspaceId, user: { email } },
    select: { id: true },
  });
  if (already) throw new AppError("CONFLICT", `${email} is already a member of this workspace.`);
  const token = newLinkToken();
  const link = `${appUrl()}/invite/${token}`;
  return args.db.$transaction(async (tx) => {
    const workspace = await tx.workspace.findUniqueOrThrow({ where: { id: args.workspaceId }, select: { name: true } });
    const actor = await tx.user.findUniqueOrThrow({ where: { id: actorId }, select: { name: true } });
    await tx.invite.updateMany({
      where: { workspaceId: args.workspaceId, email, acceptedAt: null, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    const invite = await tx.invite.create({
      data: {
        workspaceId: args.workspaceId,
        email,
        role,
        tokenHash: hashToken(token),
        invitedById: actorId,
        expiresAt: new Date(Date.now() + INVITE_DAYS * 86_400_000),
      },
      select: { id: true, email: true, role: true, createdAt: true, expiresAt: true },
    });
    await enqueueMail(tx, {
      workspaceId: args.workspaceId,
      to: email,
      kind: "invite",
      subject: `${actor.name} invited you to ${workspace.name} on Cairn`,
      text: `${actor.name} invited you to join ${workspace.name} on Cairn as ${role}.\n\nAccept: ${LINK_PLACEHOLDER}\n\nThe link works for ${INVITE_DAYS} days.`,
      link,
    });
    await recordAudit(tx, {
      workspaceId: args.workspaceId,
      actor: args.by.actor,
      action: "member.invited",
      target: email,
      details: { role },
      ip: args.by.ip,
    });
    return { ...invite, link };
  });
}

/** Revoking a revoked invite succeeds and records nothing: nothing changed. */
export async function revokeInvite(args: { db: Db; workspaceId: string; id: string; by: AuditBy }) {
  await args.db.$transaction(async (tx) => {
    const where = { id: args.id, workspaceId: args.workspaceId, acceptedAt: null };
    const invite = await tx.invite.findFirst({ where, select: { email: true, role: true } });
    if (!invite) throw new AppError("NOT_FOUND", "Invite not found.");
    const { count } = await tx.invite.updateMany({
      where: { ...where, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (count === 1)
      await recordAudit(tx, {
        workspaceId: args.workspaceId,
        actor: args.by.actor,
        action: "member.invite-revoked",
        target: invite.email,
        details: { role: invite.role },
        ip: args.by.ip,
      });
  });
}

/** What an invite link offers, for the invite page. A used, revoked or expired invite describes
 * nothing: its link may have been passed around, and who was invited where is not public. */
export async function describeInvite(args: { db: Db; token: string }) {
  const invite = await args.db.invite.findUnique({
    where: { tokenHash: hashToken(args.token) },
    select: {
      email: true,
      role: true,
      expiresAt: true,
      acceptedAt: true,
      revokedAt: true,
      workspace: { select: { name: true, slug: true } },
    },
  });
  if (!invite || invite.acceptedAt || invite.revokedAt || invite.expiresAt < new Date()) return null;
  return invite;
}

/** The signed-in user (`by.actor`, who is also the audit entry's actor) joins with the invite's
 * role; the invite must be addressed to them, and they must have proved they own that address
 * (an account's email alone proves nothing). Confirming a membership again records nothing. */
export async function acceptInvite(args: { db: Db; token: string; by: AuditBy<MemberActor> }) {
  const userId = args.by.actor.userId;
  return args.db.$transaction(async (tx) => {
    const invite = await tx.invite.findUnique({ where: { tokenHash: hashToken(args.token) } });
    if (!invite || invite.revokedAt || invite.expiresAt < new Date())
      throw new AppError("NOT_FOUND", "This invite is invalid or has expired.");
    const user = await tx.user.findUniqueOrThrow({
      where: { id: userId },
      select: { email: true, emailVerifiedAt: true },
    });
    if (user.email !== invite.email)
      throw new AppError("FORBIDDEN", `This invite is for ${invite.email}; you are signed in as ${user.email}.`);
    if (!user.emailVerifiedAt)
      throw new AppError(
        "FORBIDDEN",
        `Confirm your email address first: open the link we sent to ${user.email} (or ask for a new one on the sign-in page), then accept the invite.`,
      );
    const workspace = await tx.workspace.findUniqueOrThrow({
      where: { id: invite.workspaceId },
      select: { id: true, slug: true },
    });
    const existing = await tx.member.findUnique({
      where: { workspaceId_userId: { workspaceId: invite.workspaceId, userId } },
    });
    // A used invite only confirms a membership; it must not bring back a member who was removed.
    if (invite.acceptedAt && !existing) throw new AppError("NOT_FOUND", "This invite has already been used.");
    if (!existing) {
      await tx.member.create({ data: { workspaceId: invite.workspaceId, userId, role: invite.role } });
      await recordAudit(tx, {
        workspaceId: invite.workspaceId,
        actor: args.by.actor,
        action: "member.joined",
        target: user.email,
        details: { role: invite.role },
        ip: args.by.ip,
      });
    }
    if (!invite.acceptedAt) await tx.invite.update({ where: { id: invite.id }, data: { acceptedAt: new Date() } });
    return workspace;
  });
}

async function assertAnotherAdmin(db: DbOrTx, workspaceId: string, memberId: string) {
  const admins = await db.member.count({ where: { workspaceId, role: "admin", id: { not: memberId } } });
  if (admins === 0)
    throw new AppError("BAD_REQUEST", "A workspace needs at least one admin; promote someone else first.");
}

/** Member changes run with the workspace row locked: otherwise two admins demoting each other at
 * once both see "another admin" and the workspace is left with none (PostgreSQL, and SQLite too
 * when the count and the write of two requests interleave). */
function withMembersLocked<T>(db: Db, workspaceId: string, change: (tx: Tx) => Promise<T>): Promise<T> {
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`UPDATE "Workspace" SET "name" = "name" WHERE "id" = ${workspaceId}`;
    return change(tx);
  });
}

const MEMBER_SELECT = { id: true, role: true, user: { select: { email: true } } } as const;

/** Setting the role a member already has records nothing: nothing changed. */
export async function updateMemberRole(args: {
  db: Db;
  workspaceId: string;
  id: string;
  role: MemberRole;
  by: AuditBy;
}) {
  return withMembersLocked(args.db, args.workspaceId, async (tx) => {
    const member = await tx.member.findFirst({
      where: { id: args.id, workspaceId: args.workspaceId },
      select: MEMBER_SELECT,
    });
    if (!member) throw new AppError("NOT_FOUND", "Member not found.");
    if (member.role === args.role) return { id: member.id, role: member.role };
    if (member.role === "admin") await assertAnotherAdmin(tx, args.workspaceId, member.id);
    const updated = await tx.member.update({
      where: { id: member.id, workspaceId: args.workspaceId },
      data: { role: args.role },
      select: { id: true, role: true },
    });
    await recordAudit(tx, {
      workspaceId: args.workspaceId,
      actor: args.by.actor,
      action: "member.role-changed",
      target: member.user.email,
      details: { from: member.role, to: args.role },
      ip: args.by.ip,
    });
    return updated;
  });
}

export async function removeMember(args: { db: Db; workspaceId: string; id: string; by: AuditBy }) {
  await withMembersLocked(args.db, args.workspaceId, async (tx) => {
    const member = await tx.member.findFirst({
      where: { id: args.id, workspaceId: args.workspaceId },
      select: MEMBER_SELECT,
    });
    if (!member) throw new AppError("NOT_FOUND", "Member not found.");
    if (member.role === "admin") await assertAnotherAdmin(tx, args.workspaceId, member.id);
    await tx.member.delete({ where: { id: member.id, workspaceId: args.workspaceId } });
    await recordAudit(tx, {
      workspaceId: args.workspaceId,
      actor: args.by.actor,
      action: "member.removed",
      target: member.user.email,
      details: { role: member.role },
      ip: args.by.ip,
    });
  });
}
