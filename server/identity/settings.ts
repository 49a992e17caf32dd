import { dayNumber } from "../calendar/day-number";
import type { Db } from "../db";
import { SDK_SOURCES, type IdentityMode, type IdentitySettings } from "./schemas";
import { AppError } from "../errors";
import { activeSecrets, listIdentitySecrets } from "./secrets";
import { recordAudit, type AuditBy } from "../audit/record-audit";

/** The share of the last 7 days' messages (today included) whose userId was verified, per SDK
 * source, from the IdentityDay rollup (the identity ingest stage writes it). */
export async function verifiedShare(args: { db: Db; workspaceId: string; timeZone: string; now: Date }) {
  const today = dayNumber(args.now, args.timeZone);
  const rows = await args.db.identityDay.groupBy({
    by: ["source"],
    where: { workspaceId: args.workspaceId, day: { gte: today - 6, lte: today } },
    _sum: { verified: true, unverified: true },
  });
  return SDK_SOURCES.map((source) => {
    const row = rows.find((r) => r.source === source);
    return { source, verified: row?._sum.verified ?? 0, unverified: row?._sum.unverified ?? 0 };
  });
}

/** The Identity settings page: the mode, the secrets (never in clear) and the verified share. */
export async function getIdentitySettings(args: {
  db: Db;
  workspaceId: string;
  timeZone: string;
  now: Date;
}): Promise<IdentitySettings> {
  const workspace = await args.db.workspace.findUniqueOrThrow({
    where: { id: args.workspaceId },
    select: { identityVerification: true },
  });
  return {
    mode: workspace.identityVerification,
    secrets: await listIdentitySecrets(args),
    lastWeek: await verifiedShare(args),
  };
}

/** Sets off / optional / required. Required needs an active secret the server can read, or
 * every end-user call from the write key would be refused. Setting the mode it already has
 * records nothing. */
export async function setIdentityMode(args: { db: Db; workspaceId: string; mode: IdentityMode; by: AuditBy }) {
  if (args.mode === "required" && (await activeSecrets(args.db, args.workspaceId)).length === 0)
    throw new AppError(
      "BAD_REQUEST",
      "Create an identity secret and sign userIds with it before requiring verified identity.",
    );
  await args.db.$transaction(async (tx) => {
    const before = await tx.workspace.findUniqueOrThrow({
      where: { id: args.workspaceId },
      select: { identityVerification: true },
    });
    if (before.identityVerification === args.mode) return;
    await tx.workspace.update({ where: { id: args.workspaceId }, data: { identityVerification: args.mode } });
    await recordAudit(tx, {
      workspaceId: args.workspaceId,
      actor: args.by.actor,
      action: "identity.mode-changed",
      details: { from: before.identityVerification, to: args.mode },
      ip: args.by.ip,
    });
  });
  return { mode: args.mode };
}
