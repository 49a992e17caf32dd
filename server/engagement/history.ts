import { z } from "zod";
import type { Db } from "../db";
import { AppError } from "../errors";
import { isoOfDay } from "../calendar/day-number";
import { trendOf } from "../analytics/metrics/engagement";
import { HISTORY_DAYS } from "./schemas";

export const ZEngagementHistoryInput = z.object({ kind: z.enum(["user", "account"]), id: z.string().min(1).max(100) });
export const ZEngagementHistory = z.object({
  configured: z.boolean(),
  /** One point per snapshot day, oldest first; null: the user was not active in that day's window. */
  points: z.array(z.object({ date: z.string(), score: z.number().nullable() })),
  latest: z.number().nullable(),
  /** Against the snapshot one window before the latest. */
  trend: z.enum(["up", "down", "flat"]).nullable(),
});
export type TEngagementHistory = z.infer<typeof ZEngagementHistory>;

/** A user's or an account's score over the snapshots of the last 12 weeks (user and account
 * pages). An id this workspace does not have (another workspace's) is NOT_FOUND. */
export async function getEngagementHistory(args: {
  db: Db;
  workspaceId: string;
  input: z.infer<typeof ZEngagementHistoryInput>;
}): Promise<TEngagementHistory> {
  const { db, workspaceId, input } = args;
  const where = { id: input.id, workspaceId };
  const exists =
    input.kind === "user"
      ? await db.endUser.findFirst({ where, select: { id: true } })
      : await db.account.findFirst({ where, select: { id: true } });
  if (!exists) throw new AppError("NOT_FOUND", `No such ${input.kind} in this workspace.`);
  const [settings, days] = await Promise.all([
    db.engagementSettings.findUnique({ where: { workspaceId }, select: { windowDays: true } }),
    db.engagementDay.findMany({
      where: { workspaceId },
      orderBy: { day: "desc" },
      take: HISTORY_DAYS,
      select: { day: true },
    }),
  ]);
  if (!settings || days.length === 0) return { configured: Boolean(settings), points: [], latest: null, trend: null };
  const from = days[days.length - 1]!.day;
  const rows =
    input.kind === "user"
      ? await db.engagementUserDay.findMany({
          where: { workspaceId, endUserId: input.id, day: { gte: from } },
          select: { day: true, score: true },
        })
      : await db.engagementAccountDay.findMany({
          where: { workspaceId, accountId: input.id, day: { gte: from } },
          select: { day: true, score: true },
        });
  const byDay = new Map(rows.map((r) => [r.day, r.score]));
  const last = days[0]!.day;
  const latest = byDay.get(last) ?? null;
  return {
    configured: true,
    points: [...days].reverse().map((d) => ({ date: isoOfDay(d.day), score: byDay.get(d.day) ?? null })),
    latest,
    trend: trendOf(latest, byDay.get(last - settings.windowDays) ?? null),
  };
}
