import { dayNumber, isoOfDay } from "../../calendar/day-number";
import { resolvePeriod } from "../../calendar/report-period";
import type { Db } from "../../db";
import { num, sql, type Sql } from "../../sql/fragments";
import { tenantSql } from "../../sql/tenant-sql";
import {
  CURVE_DAYS,
  RECENT_EVENT_DAYS,
  type TCriticalEventInput,
  type TCriticalEventReport,
  type TEventOptions,
  type TPastIntervalInput,
  type TPastIntervalList,
} from "../activity-schemas";
import { countPastInterval, repeatCurve, usageInterval } from "../metrics/usage-interval";
import { percentileOfCounts } from "../metrics/percentile-of";
import { andInPopulation, populationOf } from "../population";
import type { AdoptionFilter } from "../schemas";
import { userEventDays } from "../sources";
import { int } from "./activity-days";
import type { ActivityReportArgs } from "./report-scope";

const MAX_EVENT_OPTIONS = 500;

/** The workspace's event names (track, page and screen names) by calls, most used first, with
 * their calls in the last RECENT_EVENT_DAYS days (the workspace's calendar days, today included):
 * the editors suggest them and warn about a name never seen. */
export async function getEventOptions(args: {
  db: Db;
  workspace: { id: string; timeZone: string };
  now?: Date;
}): Promise<TEventOptions> {
  const ws = args.workspace.id;
  const since = dayNumber(args.now ?? new Date(), args.workspace.timeZone) - (RECENT_EVENT_DAYS - 1);
  const rows = await tenantSql(args.db, ws).query<{ name: string; count: unknown; recent: unknown }[]>(sql`
    SELECT e."name" AS "name", CAST(SUM(e."count") AS INTEGER) AS "count",
      CAST(SUM(CASE WHEN e."day" >= ${int(since)} THEN e."count" ELSE 0 END) AS INTEGER) AS "recent"
    FROM "EventDay" e
    WHERE e."workspaceId" = ${ws}
    GROUP BY e."name" ORDER BY CAST(SUM(e."count") AS INTEGER) DESC, e."name" LIMIT ${int(MAX_EVENT_OPTIONS)}`);
  return { events: rows.map((r) => ({ name: r.name, count: num(r.count), recent: num(r.recent) })) };
}

/** Per user of the population who did `event` on or before `toDay`: last day, uses, and the repeat
 * gap (metrics/usage-interval.ts: 0 when done twice on the first day), in one pass over the
 * user's event days (window functions, no self-join); materialized, as the report reads it twice. */
function repeatFactsSql(
  args: ActivityReportArgs<{ event: string } & Pick<AdoptionFilter, "personaId" | "accountId" | "segment">>,
  toDay: number,
): Sql {
  const ws = args.workspace.id;
  const population = populationOf(ws, args.input);
  return sql`
    "e" AS (
      SELECT x."endUserId" AS "endUserId", x."day" AS "day", x."count" AS "count"
      FROM ${userEventDays(args.source ?? "rollups", ws)} x
      WHERE x."workspaceId" = ${ws} AND x."name" = ${args.input.event} AND x."day" <= ${int(toDay)} AND x."count" > 0
        ${andInPopulation(args.dialect, population, 'x."endUserId"')}
    ),
    "o" AS (
      SELECT e."endUserId" AS "endUserId", e."day" AS "day", e."count" AS "count",
        ROW_NUMBER() OVER (PARTITION BY e."endUserId" ORDER BY e."day") AS "rn",
        LEAD(e."day") OVER (PARTITION BY e."endUserId" ORDER BY e."day") AS "next",
        MAX(e."day") OVER (PARTITION BY e."endUserId") AS "lastDay",
        SUM(e."count") OVER (PARTITION BY e."endUserId") AS "uses"
      FROM "e" e
    ),
    "r" AS MATERIALIZED (
      SELECT o."endUserId" AS "endUserId", o."lastDay" AS "lastDay", CAST(o."uses" AS INTEGER) AS "uses",
        CASE WHEN o."count" >= 2 THEN 0 ELSE o."next" - o."day" END AS "gap"
      FROM "o" o WHERE o."rn" = 1
    )`;
}

/**
 * The critical event's repeat behaviour (metrics/usage-interval.ts) over the users in the filter
 * who did it on or before the period's last day: the distribution of repeat gaps and of days since
 * the last occurrence, counted in SQL; curve, usage interval and the overdue count from those.
 * An event nobody tracked gives an empty report.
 */
export async function getCriticalEventReport(
  args: ActivityReportArgs<TCriticalEventInput>,
): Promise<TCriticalEventReport> {
  const period = resolvePeriod(args.input, args.workspace.timeZone, args.now ?? new Date());
  const rows = await tenantSql(args.db, args.workspace.id).query<{ kind: string; days: unknown; count: unknown }[]>(sql`
    WITH ${repeatFactsSql(args, period.toDay)}
    SELECT 'gap' AS "kind", r."gap" AS "days", CAST(COUNT(*) AS INTEGER) AS "count" FROM "r" r
      WHERE r."gap" IS NOT NULL GROUP BY r."gap"
    UNION ALL
    SELECT 'since', ${int(period.toDay)} - r."lastDay", CAST(COUNT(*) AS INTEGER) FROM "r" r
      GROUP BY ${int(period.toDay)} - r."lastDay"`);
  const gaps = new Map<number, number>();
  const sinceLast = new Map<number, number>();
  for (const r of rows) (r.kind === "gap" ? gaps : sinceLast).set(num(r.days), num(r.count));
  const sum = (m: Map<number, number>) => [...m.values()].reduce((s, n) => s + n, 0);
  const doers = sum(sinceLast);
  const repeaters = sum(gaps);
  const interval = usageInterval(gaps, args.input.percentile);
  const past = countPastInterval(sinceLast, interval);
  return {
    event: args.input.event,
    from: period.from,
    to: period.to,
    percentile: args.input.percentile,
    doers,
    repeaters,
    once: doers - repeaters,
    onceShare: doers === 0 ? null : (doers - repeaters) / doers,
    intervalDays: interval,
    medianGap: percentileOfCounts(gaps, 50),
    curve: repeatCurve(gaps, CURVE_DAYS),
    pastInterval: past,
    pastIntervalShare: doers === 0 ? null : past / doers,
  };
}

/** The users past the interval (last occurrence more than `intervalDays` before the period's last
 * day), the most recently lapsed first, with their persona and account; and how many there are. */
export async function listPastInterval(args: ActivityReportArgs<TPastIntervalInput>): Promise<TPastIntervalList> {
  const period = resolvePeriod(args.input, args.workspace.timeZone, args.now ?? new Date());
  const ws = args.workspace.id;
  const cutoff = period.toDay - args.input.intervalDays;
  const rows = await tenantSql(args.db, ws).query<
    {
      endUserId: string;
      externalId: string;
      lastDay: unknown;
      uses: unknown;
      persona: string | null;
      accountId: string | null;
      account: string | null;
      accountExternalId: string | null;
      total: unknown;
    }[]
  >(sql`
    WITH ${repeatFactsSql(args, period.toDay)}
    SELECT r."endUserId" AS "endUserId", eu."externalId" AS "externalId", r."lastDay" AS "lastDay", r."uses" AS "uses",
      p."name" AS "persona", a."id" AS "accountId", a."name" AS "account", a."externalId" AS "accountExternalId",
      CAST(COUNT(*) OVER () AS INTEGER) AS "total"
    FROM "r" r
    JOIN "EndUser" eu ON eu."workspaceId" = ${ws} AND eu."id" = r."endUserId"
    LEFT JOIN "Persona" p ON p."workspaceId" = ${ws} AND p."id" = eu."personaId"
    LEFT JOIN "Account" a ON a."workspaceId" = ${ws} AND a."id" = eu."accountId"
    WHERE r."lastDay" < ${int(cutoff)}
    ORDER BY r."lastDay" DESC, eu."externalId"
    LIMIT ${int(args.input.limit)}`);
  return {
    total: num(rows[0]?.total),
    users: rows.map((r) => ({
      endUserId: r.endUserId,
      externalId: r.externalId,
      lastDay: isoOfDay(num(r.lastDay)),
      daysSince: period.toDay - num(r.lastDay),
      uses: num(r.uses),
      persona: r.persona,
      accountId: r.accountId,
      account: r.accountId ? (r.account ?? r.accountExternalId) : null,
    })),
  };
}
