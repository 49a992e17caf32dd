import type { Db } from "../db";
import type { TLiveEventsInput } from "./schemas";
import { dayNumber } from "../calendar/day-number";
import { num, sql } from "../sql/fragments";
import { tenantSql } from "../sql/tenant-sql";

/** Home counters (activeWeek: distinct users with a track or page call in the 7 days ending today). Events today reads the EventDay rollup (track + page), not the raw table. */
export async function getOverview(args: { db: Db; workspaceId: string; timeZone: string; now?: Date }) {
  const today = dayNumber(args.now ?? new Date(), args.timeZone);
  const [users, accounts, eventsToday, activeToday, keys, weekly] = await Promise.all([
    args.db.endUser.count({ where: { workspaceId: args.workspaceId } }),
    args.db.account.count({ where: { workspaceId: args.workspaceId } }),
    args.db.eventDay.aggregate({ where: { workspaceId: args.workspaceId, day: today }, _sum: { count: true } }),
    args.db.userDay.count({ where: { workspaceId: args.workspaceId, day: today } }),
    args.db.apiKey.count({ where: { workspaceId: args.workspaceId, kind: "write", revokedAt: null } }),
    tenantSql(args.db, args.workspaceId).query<{ n: unknown }[]>(sql`
      SELECT COUNT(DISTINCT "endUserId") AS n FROM "UserDay" WHERE "workspaceId" = ${args.workspaceId} AND "day" > ${today - 7}`),
  ]);
  return {
    users,
    accounts,
    eventsToday: eventsToday._sum.count ?? 0,
    activeToday,
    activeWeek: num(weekly[0]?.n),
    hasWriteKey: keys > 0,
  };
}

export const LIVE_EVENT_SELECT = {
  id: true,
  type: true,
  name: true,
  properties: true,
  timestamp: true,
  receivedAt: true,
  endUserId: true,
} as const;

/** The newest events first; `after` (a receivedAt) returns only what arrived since; `event` and
 * `userId` keep one event name and one end user (by the id the product sends). */
export async function listLiveEvents(args: { db: Db; workspaceId: string } & TLiveEventsInput) {
  let endUserId: string | undefined;
  if (args.userId) {
    const user = await args.db.endUser.findUnique({
      where: { workspaceId_externalId: { workspaceId: args.workspaceId, externalId: args.userId } },
      select: { id: true },
    });
    if (!user) return [];
    endUserId = user.id;
  }
  const events = await args.db.event.findMany({
    where: {
      workspaceId: args.workspaceId,
      ...(args.after ? { receivedAt: { gt: args.after } } : {}),
      ...(args.event ? { name: args.event } : {}),
      ...(endUserId ? { endUserId } : {}),
    },
    orderBy: [{ receivedAt: "desc" }, { timestamp: "desc" }],
    take: args.take ?? 50,
    select: LIVE_EVENT_SELECT,
  });
  const userIds = [...new Set(events.map((e) => e.endUserId))];
  const users = await args.db.endUser.findMany({
    where: { workspaceId: args.workspaceId, id: { in: userIds } },
    select: { id: true, externalId: true, persona: { select: { name: true } } },
  });
  const byId = new Map(users.map((u) => [u.id, u]));
  return events.map((e) => ({
    ...e,
    user: byId.get(e.endUserId)?.externalId ?? "unknown",
    userFound: byId.has(e.endUserId),
    persona: byId.get(e.endUserId)?.persona?.name ?? null,
  }));
}
