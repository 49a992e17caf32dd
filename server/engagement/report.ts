import type { Db } from "../db";
import { isoOfDay } from "../calendar/day-number";
import { productScore, trendOf } from "../analytics/metrics/engagement";
import { parseJson } from "../sql/fragments";
import { HISTORY_DAYS } from "./schemas";
import type { TEngagementReport } from "./report-schemas";

const RANKED = 25;
const mean = (xs: number[]) => productScore(xs) ?? 0;

/** The engagement report from the snapshots (never from raw events): the last HISTORY_DAYS days
 * of product scores, and the latest day's distribution, rankings with their trend against the
 * snapshot one window earlier, and means by persona and by plan (the account trait "plan"). */
export async function getEngagementReport(args: {
  db: Db;
  workspace: { id: string; timeZone: string };
}): Promise<TEngagementReport> {
  const { db } = args;
  const workspaceId = args.workspace.id;
  const [settings, days] = await Promise.all([
    db.engagementSettings.findUnique({ where: { workspaceId }, select: { windowDays: true } }),
    db.engagementDay.findMany({ where: { workspaceId }, orderBy: { day: "desc" }, take: HISTORY_DAYS }),
  ]);
  const series = [...days]
    .reverse()
    .map((d) => ({ date: isoOfDay(d.day), productScore: d.productScore, activeUsers: d.activeUsers }));
  const last = days[0];
  if (!settings || !last) return { configured: Boolean(settings), series, latest: null };

  const before = last.day - settings.windowDays;
  const [userRows, previousUsers, accountRows, previousAccounts, previousDay] = await Promise.all([
    db.engagementUserDay.findMany({
      where: { workspaceId, day: last.day },
      select: { endUserId: true, score: true, raw: true },
    }),
    db.engagementUserDay.findMany({ where: { workspaceId, day: before }, select: { endUserId: true, score: true } }),
    db.engagementAccountDay.findMany({
      where: { workspaceId, day: last.day },
      select: { accountId: true, score: true, activeUsers: true, users: true },
    }),
    db.engagementAccountDay.findMany({ where: { workspaceId, day: before }, select: { accountId: true, score: true } }),
    db.engagementDay.findUnique({
      where: { workspaceId_day: { workspaceId, day: before } },
      select: { productScore: true },
    }),
  ]);
  const prevUser = new Map(previousUsers.map((u) => [u.endUserId, u.score]));
  const prevAccount = new Map(previousAccounts.map((a) => [a.accountId, a.score]));

  const distribution = Array.from({ length: 10 }, (_, i) => ({
    from: i * 10,
    to: i === 9 ? 100 : i * 10 + 9,
    users: 0,
  }));
  for (const u of userRows) distribution[Math.min(9, Math.floor(u.score / 10))]!.users += 1;

  const topUsers = [...userRows].sort((a, b) => b.score - a.score || b.raw - a.raw).slice(0, RANKED);
  const [people, accounts] = await Promise.all([
    db.endUser.findMany({
      where: { workspaceId, id: { in: userRows.map((u) => u.endUserId) } },
      select: { id: true, externalId: true, persona: { select: { name: true } } },
    }),
    db.account.findMany({
      where: { workspaceId, id: { in: accountRows.map((a) => a.accountId) } },
      select: { id: true, name: true, externalId: true, traits: true },
    }),
  ]);
  const person = new Map(people.map((p) => [p.id, p]));
  const account = new Map(accounts.map((a) => [a.id, a]));
  const nameOf = (id: string) => {
    const a = account.get(id);
    return a ? a.name || a.externalId : "(deleted account)";
  };

  const byPersona = new Map<string, number[]>();
  for (const u of userRows) {
    const name = person.get(u.endUserId)?.persona?.name ?? "No persona";
    const scores = byPersona.get(name);
    if (scores) scores.push(u.score);
    else byPersona.set(name, [u.score]);
  }
  const byPlan = new Map<string, number[]>();
  for (const a of accountRows) {
    const plan = parseJson<Record<string, unknown>>(account.get(a.accountId)?.traits, {}).plan;
    const key = typeof plan === "string" && plan !== "" ? plan : "No plan";
    const scores = byPlan.get(key);
    if (scores) scores.push(a.score);
    else byPlan.set(key, [a.score]);
  }

  return {
    configured: true,
    series,
    latest: {
      date: isoOfDay(last.day),
      productScore: last.productScore,
      activeUsers: last.activeUsers,
      low: last.low,
      high: last.high,
      previousScore: previousDay?.productScore ?? null,
      distribution,
      users: topUsers.map((u) => {
        const previous = prevUser.get(u.endUserId) ?? null;
        return {
          endUserId: u.endUserId,
          userId: person.get(u.endUserId)?.externalId ?? "(erased)",
          persona: person.get(u.endUserId)?.persona?.name ?? null,
          score: u.score,
          raw: u.raw,
          previous,
          trend: trendOf(u.score, previous),
        };
      }),
      accounts: [...accountRows]
        .sort((a, b) => b.score - a.score)
        .slice(0, RANKED)
        .map((a) => {
          const previous = prevAccount.get(a.accountId) ?? null;
          return { ...a, name: nameOf(a.accountId), previous, trend: trendOf(a.score, previous) };
        }),
      drops: accountRows
        .flatMap((a) => {
          const previous = prevAccount.get(a.accountId);
          return previous !== undefined && previous > a.score
            ? [{ accountId: a.accountId, name: nameOf(a.accountId), score: a.score, previous }]
            : [];
        })
        .sort((a, b) => b.previous - b.score - (a.previous - a.score))
        .slice(0, 10),
      byPersona: [...byPersona]
        .map(([persona, scores]) => ({ persona, users: scores.length, meanScore: mean(scores) }))
        .sort((a, b) => b.meanScore - a.meanScore),
      byPlan: [...byPlan]
        .map(([plan, scores]) => ({ plan, accounts: scores.length, meanScore: mean(scores) }))
        .sort((a, b) => b.meanScore - a.meanScore),
    },
  };
}
