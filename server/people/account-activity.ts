import { accountDays, userDays, type Source } from "../analytics/sources";
import { isoOfDay } from "../calendar/day-number";
import { rollingWeeks } from "../calendar/periods";
import type { Db } from "../db";
import { num, sql } from "../sql/fragments";
import { tenantSql } from "../sql/tenant-sql";
import { daySeries } from "./format";
import { ACTIVITY_DAYS, WEEKS_OF_ACTIVITY } from "./schemas";

/** An account's events per day (AccountDay, the last ACTIVITY_DAYS days) and its distinct active
 * users per 7-day week (UserDay rows under the account, the last WEEKS_OF_ACTIVITY weeks ending
 * today), both oldest first with empty days and weeks included. */
export async function accountActivity(args: {
  db: Db;
  workspaceId: string;
  accountId: string;
  today: number;
  source: Source;
}) {
  const { db, workspaceId: ws, accountId, today, source } = args;
  const eventsFrom = today - (ACTIVITY_DAYS - 1);
  const weeksFrom = today - 7 * WEEKS_OF_ACTIVITY + 1;
  const t = tenantSql(db, ws);
  const [days, weeks] = await Promise.all([
    t.query<{ day: unknown; count: unknown }[]>(sql`
      SELECT ad."day", CAST(ad."eventCount" AS INTEGER) AS "count" FROM ${accountDays(source, ws)} ad
      WHERE ad."workspaceId" = ${ws} AND ad."accountId" = ${accountId} AND ad."day" BETWEEN ${eventsFrom} AND ${today}`),
    // The week is computed in a subquery and grouped by name: PostgreSQL does not see two bound
    // parameters as the same expression in SELECT and GROUP BY.
    t.query<{ week: unknown; users: unknown }[]>(sql`
      SELECT w."week", CAST(COUNT(DISTINCT w."endUserId") AS INTEGER) AS "users"
      FROM (SELECT (ud."day" - CAST(${weeksFrom} AS INTEGER)) / 7 AS "week", ud."endUserId" FROM ${userDays(source, ws)} ud
        WHERE ud."workspaceId" = ${ws} AND ud."accountId" = ${accountId} AND ud."day" BETWEEN ${weeksFrom} AND ${today}) w
      GROUP BY w."week"`),
  ]);
  const perWeek = new Map(weeks.map((w) => [num(w.week), num(w.users)]));
  return {
    events: daySeries(
      days.map((r) => ({ day: num(r.day), count: num(r.count) })),
      eventsFrom,
      today,
    ),
    weeklyActiveUsers: rollingWeeks(weeksFrom, today).map((w) => ({
      from: isoOfDay(w.fromDay),
      to: isoOfDay(w.toDay),
      users: perWeek.get(w.index) ?? 0,
    })),
  };
}
