import { dayNumber, isoOfDay } from "../calendar/day-number";
import { resolvePeriod } from "../calendar/report-period";
import {
  accountPairs,
  efficiencyByWeek,
  weekOverWeek,
  weeksEndingOn,
  type EfficiencyPair,
  type Week,
} from "../analytics/metrics/north-star";
import {
  andAccountInPopulation,
  andInPopulation,
  populationOf,
  restrictsUsers,
  type Population,
} from "../analytics/population";
import { int } from "../analytics/queries/activity-days";
import type { SqlDialect } from "../sql/dialect";
import { num, raw, sql, type Sql } from "../sql/fragments";
import type { ReportArgs } from "../sql/report-args";
import { tenantSql, type TenantSql } from "../sql/tenant-sql";
import { getNorthStarSettings } from "./settings";
import type { TNorthStarConfig, TNorthStarEfficiency, TNorthStarInput, TNorthStarReport } from "./schemas";

type Unit = "users" | "accounts";
type Span = { lo: number; hi: number; weeks: Week[] };
type Ctx = { t: TenantSql; d: SqlDialect; p: Population; span: Span };

const weekExpr = (column: string, lo: number) => sql`(${raw(column)} - ${int(lo)}) / 7`;

type WeekCounts = { doers: number; calls: number; repeaters: number; above: number; above2: number };

/**
 * One event's calls per (week, subject) from the UserEventDay rollup, summarised per week: subjects
 * who did it, calls, subjects with 2+ calls, with `min`+ and with `min2`+ calls (the North Star and
 * the threshold view share the statement when they count the same event). `accountsMin`, for users
 * only and a filter that restricts no one: also the accounts with that many calls, from the same
 * per-user sums (a North Star counted in accounts beside inputs in users), instead of a second
 * pass over the rollup.
 */
async function eventWeeks(
  c: Ctx,
  event: string,
  unit: Unit,
  min: number,
  min2 = min,
  accountsMin?: number,
): Promise<{ weeks: WeekCounts[]; accountsAbove: number[] | null }> {
  const { lo, hi } = c.span;
  const ws = c.p.workspaceId;
  const inner =
    unit === "users"
      ? sql`SELECT ${weekExpr('x."day"', lo)} AS "w", x."endUserId" AS "s", SUM(x."count") AS "c"
          FROM "UserEventDay" x
          WHERE x."workspaceId" = ${ws} AND x."name" = ${event} AND x."day" BETWEEN ${int(lo)} AND ${int(hi)}
            ${andInPopulation(c.d, c.p, 'x."endUserId"')}
          GROUP BY ${weekExpr('x."day"', lo)}, x."endUserId"`
      : sql`SELECT ${weekExpr('x."day"', lo)} AS "w", u."accountId" AS "s", SUM(x."count") AS "c"
          FROM "UserEventDay" x JOIN "EndUser" u ON u."id" = x."endUserId" AND u."workspaceId" = x."workspaceId"
          WHERE x."workspaceId" = ${ws} AND x."name" = ${event} AND x."day" BETWEEN ${int(lo)} AND ${int(hi)}
            AND u."accountId" IS NOT NULL ${andAccountInPopulation(c.d, c.p, 'u."accountId"')}
          GROUP BY ${weekExpr('x."day"', lo)}, u."accountId"`;
  const withAccounts = accountsMin !== undefined && unit === "users" && !restrictsUsers(c.p);
  const accounts = withAccounts
    ? sql`
    UNION ALL
    SELECT 'a', a."w", COUNT(*), SUM(a."c"), 0, SUM(CASE WHEN a."c" >= ${int(accountsMin!)} THEN 1 ELSE 0 END), 0
    FROM (SELECT k."w" AS "w", u."accountId" AS "s", SUM(k."c") AS "c" FROM "k" k
      JOIN "EndUser" u ON u."id" = k."s" AND u."workspaceId" = ${ws}
      WHERE u."accountId" IS NOT NULL GROUP BY k."w", u."accountId") a
    GROUP BY a."w"`
    : sql``;
  const rows = await c.t.query<
    { level: string; w: unknown; doers: unknown; calls: unknown; repeaters: unknown; above: unknown; above2: unknown }[]
  >(sql`
    WITH "k" AS MATERIALIZED (${inner})
    SELECT 'u' AS "level", k."w" AS "w", COUNT(*) AS "doers", SUM(k."c") AS "calls",
      SUM(CASE WHEN k."c" >= 2 THEN 1 ELSE 0 END) AS "repeaters",
      SUM(CASE WHEN k."c" >= ${int(min)} THEN 1 ELSE 0 END) AS "above",
      SUM(CASE WHEN k."c" >= ${int(min2)} THEN 1 ELSE 0 END) AS "above2"
    FROM "k" k GROUP BY k."w"${accounts}`);
  const weeks = c.span.weeks.map(() => ({ doers: 0, calls: 0, repeaters: 0, above: 0, above2: 0 }));
  const accountsAbove = withAccounts ? c.span.weeks.map(() => 0) : null;
  for (const r of rows) {
    const i = num(r.w);
    if (i < 0 || i >= weeks.length) continue;
    if (r.level === "a") accountsAbove![i] = num(r.above);
    else
      weeks[i] = {
        doers: num(r.doers),
        calls: num(r.calls),
        repeaters: num(r.repeaters),
        above: num(r.above),
        above2: num(r.above2),
      };
  }
  return { weeks, accountsAbove };
}

/** Distinct subjects per week from a (day, subject) source. */
async function distinctPerWeek(c: Ctx, source: Sql): Promise<number[]> {
  const rows = await c.t.query<{ w: unknown; n: unknown }[]>(sql`
    SELECT ${weekExpr('a."day"', c.span.lo)} AS "w", COUNT(DISTINCT a."s") AS "n"
    FROM (${source}) a GROUP BY ${weekExpr('a."day"', c.span.lo)}`);
  const out = c.span.weeks.map(() => 0);
  for (const r of rows) if (num(r.w) < out.length) out[num(r.w)] = num(r.n);
  return out;
}

function activeSource(c: Ctx, unit: Unit): Sql {
  const ws = c.p.workspaceId;
  const { lo, hi } = c.span;
  return unit === "users"
    ? sql`SELECT ud."day" AS "day", ud."endUserId" AS "s" FROM "UserDay" ud
        WHERE ud."workspaceId" = ${ws} AND ud."day" BETWEEN ${int(lo)} AND ${int(hi)}${andInPopulation(c.d, c.p, 'ud."endUserId"')}`
    : sql`SELECT ad."day" AS "day", ad."accountId" AS "s" FROM "AccountDay" ad
        WHERE ad."workspaceId" = ${ws} AND ad."day" BETWEEN ${int(lo)} AND ${int(hi)}${andAccountInPopulation(c.d, c.p, 'ad."accountId"')}`;
}

function featureSource(c: Ctx, featureId: string, unit: Unit): Sql {
  const ws = c.p.workspaceId;
  const { lo, hi } = c.span;
  return unit === "users"
    ? sql`SELECT f."day" AS "day", f."endUserId" AS "s" FROM "FeatureUserDay" f
        WHERE f."workspaceId" = ${ws} AND f."featureId" = ${featureId} AND f."day" BETWEEN ${int(lo)} AND ${int(hi)}
          ${andInPopulation(c.d, c.p, 'f."endUserId"')}`
    : sql`SELECT f."day" AS "day", u."accountId" AS "s" FROM "FeatureUserDay" f
        JOIN "EndUser" u ON u."id" = f."endUserId" AND u."workspaceId" = f."workspaceId"
        WHERE f."workspaceId" = ${ws} AND f."featureId" = ${featureId} AND f."day" BETWEEN ${int(lo)} AND ${int(hi)}
          AND u."accountId" IS NOT NULL ${andAccountInPopulation(c.d, c.p, 'u."accountId"')}`;
}

/** Each user's first `from` (if in the period) and their first `to` after it, from raw events
 * (index Event(workspaceId, name, timestamp) and (workspaceId, endUserId, timestamp)). */
async function efficiencyPairs(
  c: Ctx,
  from: string,
  to: string,
  unit: Unit,
  timeZone: string,
): Promise<EfficiencyPair[]> {
  const ws = c.p.workspaceId;
  const { lo, hi } = c.span;
  // An account starts with its first user's `from`, which may precede the period: accounts read
  // every user's, and efficiencyByWeek keeps the accounts that started in the period.
  const started =
    unit === "users"
      ? sql`f."d0" BETWEEN ${int(lo)} AND ${int(hi)}${andInPopulation(c.d, c.p, 'f."s"')}`
      : sql`f."d0" <= ${int(hi)} AND u."accountId" IS NOT NULL${andAccountInPopulation(c.d, c.p, 'u."accountId"')}`;
  // The first `to` after each start. Whether the user did `to` on or after their start day comes
  // from the UserEventDay rollup (their event days from the start on); only then does it look for
  // the exact call, walking the user's calls from the start in time order to the first `to`
  // (index (endUserId, timestamp), stopped by LIMIT 1). Users who never did `to` would walk all
  // their calls; `g."name" || ''` keeps both planners off the (name, timestamp) index, which
  // SQLite otherwise picks and then reads every `to` call once per user (60 s on the demo).
  // Grouping the starts by `"endUserId" || ''` likewise keeps SQLite from walking the
  // (endUserId, timestamp) index, every event of the workspace, for its order (1.8 s at 1M events).
  const rows = await c.t.query<{ s: string; accountId: string | null; t0: unknown; d0: unknown; t1: unknown }[]>(sql`
    WITH "f" AS (
      SELECT e."endUserId" || '' AS "s", MIN(e."timestamp") AS "t0", MIN(e."day") AS "d0"
      FROM "Event" e WHERE e."workspaceId" = ${ws} AND e."name" = ${from}
      GROUP BY e."endUserId" || ''
      ${unit === "users" ? sql`HAVING MIN(e."day") BETWEEN ${int(lo)} AND ${int(hi)}` : sql``}
    )
    SELECT f."s" AS "s", u."accountId" AS "accountId", ${c.d.epochMs('f."t0"')} AS "t0", f."d0" AS "d0",
      CASE WHEN NOT EXISTS (SELECT 1 FROM "UserEventDay" x
        WHERE x."workspaceId" = ${ws} AND x."endUserId" = f."s" AND x."day" >= f."d0" AND x."name" || '' = ${to})
      THEN NULL ELSE (SELECT ${c.d.epochMs('g."timestamp"')} FROM "Event" g
        WHERE g."workspaceId" = ${ws} AND g."endUserId" = f."s" AND g."timestamp" >= f."t0" AND g."name" || '' = ${to}
        ORDER BY g."timestamp" LIMIT 1) END AS "t1"
    FROM "f" f
    JOIN "EndUser" u ON u."id" = f."s" AND u."workspaceId" = ${ws}
    WHERE ${started}`);
  if (unit === "users")
    return rows.map((r) => ({
      startDay: num(r.d0),
      ms: r.t1 === null || r.t1 === undefined ? null : num(r.t1) - num(r.t0),
    }));
  return accountPairs(
    rows.map((r) => ({
      accountId: r.accountId,
      startAt: num(r.t0),
      endAt: r.t1 === null || r.t1 === undefined ? null : num(r.t1),
    })),
    (at) => dayNumber(new Date(at), timeZone),
  );
}

type EventWeeks = Awaited<ReturnType<typeof eventWeeks>>;

/** The North Star per week, reusing the core action's statement when it counts the same event. */
async function northStarPerWeek(
  c: Ctx,
  config: TNorthStarConfig,
  core: Promise<EventWeeks>,
  unit: Unit,
): Promise<number[]> {
  const m = config.metric;
  const same = m.kind !== "feature" && m.event === config.coreEvent;
  if (m.kind === "events") return (await (same ? core : eventWeeks(c, m.event, "users", 1))).weeks.map((w) => w.calls);
  if (m.kind === "doers") {
    if (same && m.unit === unit) return (await core).weeks.map((w) => w.above2);
    const shared = same ? (await core).accountsAbove : null;
    return shared ?? (await eventWeeks(c, m.event, m.unit, m.minPerWeek)).weeks.map((w) => w.above);
  }
  return distinctPerWeek(c, featureSource(c, m.featureId, m.unit));
}

/** The weeks (whole weeks ending on the period's last day, by default yesterday) and population. */
function contextOf(args: ReportArgs<TNorthStarInput>): Ctx {
  const { db, dialect: d, workspace, input } = args;
  const today = dayNumber(args.now ?? new Date(), workspace.timeZone);
  const period = resolvePeriod(
    { from: input.from, to: input.to ?? isoOfDay(today - 1) },
    workspace.timeZone,
    args.now ?? new Date(),
  );
  const weeks = weeksEndingOn(period.fromDay, period.toDay);
  const span: Span = { lo: weeks[0]!.fromDay, hi: weeks[weeks.length - 1]!.toDay, weeks };
  return { t: tenantSql(db, workspace.id), d, p: populationOf(workspace.id, input), span };
}

/** Efficiency per week (metrics/north-star.ts efficiencyByWeek) of the saved North Star, in the
 * filter's unit; null weeks when efficiency is off. Its own query: it reads event times. */
export async function getNorthStarEfficiency(args: ReportArgs<TNorthStarInput>): Promise<TNorthStarEfficiency> {
  const { config } = await getNorthStarSettings({ db: args.db, workspaceId: args.workspace.id });
  return northStarEfficiencyFor(args, config);
}

export async function northStarEfficiencyFor(
  args: ReportArgs<TNorthStarInput>,
  config: TNorthStarConfig | null,
): Promise<TNorthStarEfficiency> {
  if (!config?.efficiency) return { from: null, to: null, weeks: [] };
  const c = contextOf(args);
  const { from, to } = config.efficiency;
  const pairs = await efficiencyPairs(c, from, to, args.input.unit, args.workspace.timeZone);
  const per = efficiencyByWeek(pairs, c.span.weeks);
  return {
    from,
    to,
    weeks: c.span.weeks.map((w, i) => ({ from: isoOfDay(w.fromDay), to: isoOfDay(w.toDay), ...per[i]! })),
  };
}

/**
 * The North Star per week (whole weeks ending on the period's last day, by default yesterday) with
 * its target and week-over-week change, and its input KPIs in the filter's unit: breadth, depth
 * and frequency of the core action, and the threshold split. All from the daily rollups;
 * efficiency, which needs event times, is getNorthStarEfficiency.
 */
export async function getNorthStarReport(args: ReportArgs<TNorthStarInput>): Promise<TNorthStarReport> {
  const { config, featureName } = await getNorthStarSettings({ db: args.db, workspaceId: args.workspace.id });
  if (!config) return { config: null, featureName: null, unit: args.input.unit, weeks: [], latest: null };
  return northStarReportFor(args, config, featureName);
}

/** The report of a given North Star (the saved one, or one being chosen). */
export async function northStarReportFor(
  args: ReportArgs<TNorthStarInput>,
  config: TNorthStarConfig,
  featureName: string | null,
): Promise<TNorthStarReport> {
  const unit = args.input.unit;
  const c = contextOf(args);
  const weeks = c.span.weeks;

  const m = config.metric;
  const doers = m.kind === "doers" ? m : null;
  const corePromise = eventWeeks(
    c,
    config.coreEvent,
    unit,
    config.threshold,
    doers?.minPerWeek ?? 1,
    doers && doers.unit === "accounts" && doers.event === config.coreEvent ? doers.minPerWeek : undefined,
  );
  const [star, core, active] = await Promise.all([
    northStarPerWeek(c, config, corePromise, unit),
    corePromise,
    distinctPerWeek(c, activeSource(c, unit)),
  ]);
  const rows = weeks.map((w, i) => {
    const k = core.weeks[i]!;
    return {
      from: isoOfDay(w.fromDay),
      to: isoOfDay(w.toDay),
      northStar: star[i]!,
      active: active[i]!,
      breadth: k.doers,
      breadthShare: active[i]! > 0 ? k.doers / active[i]! : null,
      depth: k.doers > 0 ? k.repeaters / k.doers : null,
      frequency: k.doers > 0 ? k.calls / k.doers : null,
      above: k.above,
      below: Math.max(0, active[i]! - k.above),
    };
  });
  const last = rows[rows.length - 1]!;
  const previous = rows.length > 1 ? rows[rows.length - 2]!.northStar : null;
  return {
    config,
    featureName,
    unit,
    weeks: rows,
    latest: {
      value: last.northStar,
      previous,
      change: weekOverWeek(last.northStar, previous),
      targetShare: config.target ? last.northStar / config.target : null,
    },
  };
}
