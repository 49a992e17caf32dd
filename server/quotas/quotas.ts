import { recordAudit, type AuditBy } from "../audit/record-audit";
import { dayNumber } from "../calendar/day-number";
import type { Db } from "../db";
import { LIMIT_SPECS } from "../rate-limit/limits";
import type { QuotasOut, QuotaValues } from "./schemas";

const SELECT = { ingestEventsPerSecond: true, newEndUsersPerDay: true } as const;
/** How the audit log names each quota ("messages per second per key: default → 50"). */
const QUOTA_WORDS: Record<keyof QuotaValues, string> = {
  ingestEventsPerSecond: "messages per second per key",
  newEndUsersPerDay: "new end users per day",
};

/** Settings → Quotas: the workspace's own values, the instance's defaults and today's usage. */
export async function getQuotas(args: {
  db: Db;
  workspaceId: string;
  timeZone: string;
  now: Date;
}): Promise<QuotasOut> {
  const own = await args.db.workspace.findUniqueOrThrow({ where: { id: args.workspaceId }, select: SELECT });
  const newEndUsersToday = await args.db.endUser.count({
    where: { workspaceId: args.workspaceId, firstSeenDay: dayNumber(args.now, args.timeZone) },
  });
  return {
    own,
    defaults: {
      ingestEventsPerSecond: LIMIT_SPECS.ingestEventsPerKey.points,
      newEndUsersPerDay: LIMIT_SPECS.newEndUsersPerWorkspace.points,
    },
    newEndUsersToday,
  };
}

/** Sets both quotas (null: back to the default) and records the change with its before and after.
 * Keys read their workspace's quotas when they are authenticated, so the change applies to the
 * next request. */
export async function setQuotas(args: {
  db: Db;
  workspaceId: string;
  values: QuotaValues;
  by: AuditBy;
}): Promise<QuotaValues> {
  return args.db.$transaction(async (tx) => {
    const before = await tx.workspace.findUniqueOrThrow({ where: { id: args.workspaceId }, select: SELECT });
    const after = await tx.workspace.update({ where: { id: args.workspaceId }, data: args.values, select: SELECT });
    const changed = Object.fromEntries(
      (Object.keys(QUOTA_WORDS) as (keyof QuotaValues)[])
        .filter((k) => before[k] !== after[k])
        .map((k) => [QUOTA_WORDS[k], `${before[k] ?? "default"} → ${after[k] ?? "default"}`]),
    );
    if (Object.keys(changed).length > 0)
      await recordAudit(tx, {
        workspaceId: args.workspaceId,
        actor: args.by.actor,
        action: "quotas.changed",
        details: changed,
        ip: args.by.ip,
      });
    return after;
  });
}
