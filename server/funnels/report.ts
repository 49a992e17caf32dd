import { funnelCounts, timeToConvert, type FunnelPath } from "../analytics/metrics/funnel";
import { sql, type Sql } from "../sql/fragments";
import type { ReportArgs } from "../sql/report-args";
import { tenantSql } from "../sql/tenant-sql";
import { funnelPaths, funnelScope, type FunnelScope } from "./paths";
import { MAX_GROUPS, type TFunnelReport, type TFunnelReportInput } from "./schemas";

const NONE = "(none)";

/** Each entrant's breakdown value: their persona, their account's plan, or a trait. */
function groupSql(args: ReportArgs<TFunnelReportInput>, scope: FunnelScope): Sql | null {
  const { dialect: d, input } = args;
  const ws = args.workspace.id;
  const b = input.breakdown;
  if (b.kind === "none") return null;
  if (input.unit === "accounts") {
    const key = b.kind === "plan" ? "plan" : b.kind === "trait" ? b.key : "plan";
    return sql`SELECT a."id" AS "s", LOWER(${d.jsonText('a."traits"', key)}) AS "g" FROM "Account" a
      WHERE a."workspaceId" = ${ws} AND a."id" IN (${scope.entrants})`;
  }
  // Trait values group case-insensitively, as segments match them ("Data Engineer" = "data engineer").
  const value =
    b.kind === "persona"
      ? sql`p."name"`
      : b.kind === "plan"
        ? sql`LOWER(${d.jsonText('a."traits"', "plan")})`
        : sql`LOWER(${d.jsonText(b.scope === "user" ? 'u."traits"' : 'a."traits"', b.key)})`;
  return sql`SELECT u."id" AS "s", ${value} AS "g" FROM "EndUser" u
    LEFT JOIN "Persona" p ON p."id" = u."personaId"
    LEFT JOIN "Account" a ON a."id" = u."accountId"
    WHERE u."workspaceId" = ${ws} AND u."id" IN (${scope.entrants})`;
}

/** Paths grouped by breakdown value, largest groups first, the rest summed as "Other". */
function grouped(paths: Map<string, FunnelPath>, groupOf: Map<string, string>): [string, FunnelPath[]][] {
  const groups = new Map<string, FunnelPath[]>();
  for (const [subject, path] of paths) {
    if (path.reached === 0) continue;
    const g = groupOf.get(subject) || NONE;
    const list = groups.get(g);
    if (list) list.push(path);
    else groups.set(g, [path]);
  }
  const sorted = [...groups].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
  if (sorted.length <= MAX_GROUPS) return sorted;
  const rest = sorted.slice(MAX_GROUPS - 1).flatMap(([, p]) => p);
  return [...sorted.slice(0, MAX_GROUPS - 1), ["Other", rest]];
}

/**
 * A funnel over the period (metrics/funnel.ts): per step the subjects who reached it, conversion
 * from the previous and the first step, the median time from the previous step; the time to
 * convert of those who finished; the same counts per breakdown group.
 */
export async function getFunnelReport(args: ReportArgs<TFunnelReportInput>): Promise<TFunnelReport> {
  const { input } = args;
  const scope = funnelScope(args);
  const groupStatement = groupSql(args, scope);
  const [paths, groupRows] = await Promise.all([
    funnelPaths(args, scope),
    groupStatement
      ? tenantSql(args.db, args.workspace.id).query<{ s: string; g: string | null }[]>(groupStatement)
      : Promise.resolve([]),
  ]);
  const all = [...paths.values()];
  const n = input.steps.length;
  const counts = funnelCounts(all, n);
  const groupOf = new Map(groupRows.map((r) => [r.s, r.g ?? ""]));
  return {
    from: scope.period.from,
    to: scope.period.to,
    unit: input.unit,
    windowHours: input.windowHours,
    steps: counts.map((c, i) => ({ ...c, label: input.steps[i]!.label || input.steps[i]!.event })),
    timeToConvert: timeToConvert(all, n),
    groups: groupStatement ? grouped(paths, groupOf).map(([group, p]) => ({ group, steps: funnelCounts(p, n) })) : [],
  };
}
