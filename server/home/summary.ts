import { dayNumber, isoOfDay } from "../calendar/day-number";
import { weekStartDay } from "../calendar/periods";
import { ZLifecycleInput } from "../analytics/activity-schemas";
import { getLifecycleReport } from "../analytics/queries/lifecycle";
import { ZAccountsInput } from "../people/schemas";
import { listAccounts } from "../people/list-accounts";
import type { ReportArgs } from "../sql/report-args";
import { accountNps, userNps } from "../surveys/nps";
import { NPS_DAYS, type THomeSummary } from "./summary-schema";

const AT_RISK_LISTED = 5;

/**
 * What an admin reads on Monday, each figure from the report that owns it: the product engagement
 * score (latest snapshot), user and account NPS over the last 90 days, onboarding completion of
 * the live checklists, weekly active users and the last week's lifecycle, accounts at risk.
 */
export async function getHomeSummary(args: ReportArgs<Record<string, never>>): Promise<THomeSummary> {
  const { db, workspace } = args;
  const ws = workspace.id;
  const now = args.now ?? new Date();
  // The last whole calendar week (Monday to Sunday, as the lifecycle report counts weeks) and the
  // one before it.
  const monday = weekStartDay(dayNumber(now, workspace.timeZone));
  const weekFrom = isoOfDay(monday - 7);
  const weekTo = isoOfDay(monday - 1);
  const since = new Date(now.getTime() - NPS_DAYS * 86_400_000);

  const [lastSnapshot, settings, responses, checklists, lifecycle, atRisk] = await Promise.all([
    db.engagementDay.findFirst({
      where: { workspaceId: ws },
      orderBy: { day: "desc" },
      select: { day: true, productScore: true },
    }),
    db.engagementSettings.findUnique({ where: { workspaceId: ws }, select: { windowDays: true } }),
    db.surveyResponse.findMany({
      where: { workspaceId: ws, score: { not: null }, createdAt: { gte: since }, survey: { kind: "nps" } },
      select: { endUserId: true, accountId: true, score: true, createdAt: true },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    }),
    db.checklist.findMany({ where: { workspaceId: ws, status: "live" }, select: { id: true } }),
    getLifecycleReport({
      ...args,
      input: ZLifecycleInput.parse({ from: isoOfDay(monday - 14), to: weekTo, granularity: "week" }),
    }),
    listAccounts({
      ...args,
      input: ZAccountsInput.parse({ health: "at_risk", sort: "engagement", dir: "asc", pageSize: AT_RISK_LISTED }),
    }),
  ]);
  const previousSnapshot =
    lastSnapshot && settings
      ? await db.engagementDay.findUnique({
          where: { workspaceId_day: { workspaceId: ws, day: lastSnapshot.day - settings.windowDays } },
          select: { productScore: true },
        })
      : null;
  const ids = checklists.map((c) => c.id);
  const [exposed, completed] = await Promise.all([
    db.checklistProgress.count({ where: { workspaceId: ws, checklistId: { in: ids }, group: "exposed" } }),
    db.checklistProgress.count({
      where: { workspaceId: ws, checklistId: { in: ids }, group: "exposed", completedAt: { not: null } },
    }),
  ]);
  const answers = responses.map((r) => ({
    userId: r.endUserId,
    accountId: r.accountId,
    score: r.score!,
    at: r.createdAt,
  }));
  const users = userNps(answers);
  const accounts = accountNps(answers);
  const weeks = lifecycle.intervals;
  const last = weeks[weeks.length - 1];
  const before = weeks[weeks.length - 2];
  return {
    engagement: lastSnapshot
      ? {
          date: isoOfDay(lastSnapshot.day),
          score: lastSnapshot.productScore,
          previous: previousSnapshot?.productScore ?? null,
        }
      : null,
    nps: { users: users.nps, responses: users.n, accounts: accounts.nps, accountsAnswered: accounts.accounts },
    onboarding: { checklists: ids.length, exposed, completed },
    weeklyActive: { from: weekFrom, to: weekTo, users: last?.active ?? 0, previous: before?.active ?? 0 },
    lifecycle: {
      new: last?.new ?? 0,
      current: last?.current ?? 0,
      resurrected: last?.resurrected ?? 0,
      dormant: last?.dormant ?? 0,
      quickRatio: last?.quickRatio ?? null,
    },
    atRisk: {
      total: atRisk.total,
      accounts: atRisk.rows.map((a) => ({
        id: a.id,
        name: a.name || a.externalId,
        engagement: a.engagement,
        activeUsers: a.activeUsers,
        users: a.users,
      })),
    },
  };
}
