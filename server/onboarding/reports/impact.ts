// Guide impact: does seeing the checklist change how many users reach its goal? Exposed users
// are compared with the holdout group (randomly kept from seeing it). Pure functions over counts;
// the counts come from queries.ts, the definitions shown in the UI from definitions.ts.
import { AppError } from "../../errors";
import { formatPp } from "./format";
import { ratio, twoSidedNormalP, Z_95 } from "./stats";
import type { ImpactVerdict, TImpactReport, TReportChecklist } from "./schemas";

export type GroupCounts = { users: number; converted: number };

export type ProportionDifference = {
  /** p₁ − p₂ as a fraction. */
  difference: number;
  /** √(p₁(1−p₁)/n₁ + p₂(1−p₂)/n₂): the unpooled (Wald) standard error of the difference. */
  standardError: number;
  /** difference ± Z_95 × standardError, clamped to [−1, 1] (a difference of proportions cannot leave it). */
  ci: { low: number; high: number };
  /** difference / √(p(1−p)(1/n₁ + 1/n₂)) with the pooled rate p = (x₁ + x₂)/(n₁ + n₂); 0 when that
   * standard error is 0 (everyone or no one converted: no observed difference). */
  z: number;
  /** Two-sided p-value of z under the standard normal. */
  pValue: number;
};

const clampUnit = (x: number) => Math.min(1, Math.max(-1, x));

function checkCounts(name: string, g: GroupCounts): void {
  if (
    !Number.isInteger(g.users) ||
    !Number.isInteger(g.converted) ||
    g.users < 0 ||
    g.converted < 0 ||
    g.converted > g.users
  ) {
    throw new AppError(
      "INTERNAL_SERVER_ERROR",
      `Impact counts of the ${name} group are inconsistent (${g.converted} of ${g.users}).`,
    );
  }
}

/**
 * Difference of two proportions a (exposed) − b (holdout) with its 95% Wald interval and the
 * pooled two-proportion z-test; null when either group is empty (no rate to compare).
 * Rates of 0% or 100% are fine: the standard errors shrink to 0 and nothing divides by them.
 */
export function differenceOfProportions(a: GroupCounts, b: GroupCounts): ProportionDifference | null {
  checkCounts("exposed", a);
  checkCounts("holdout", b);
  if (a.users === 0 || b.users === 0) return null;
  const p1 = a.converted / a.users;
  const p2 = b.converted / b.users;
  const difference = p1 - p2;
  const standardError = Math.sqrt((p1 * (1 - p1)) / a.users + (p2 * (1 - p2)) / b.users);
  const margin = Z_95 * standardError;
  const pooled = (a.converted + b.converted) / (a.users + b.users);
  const pooledError = Math.sqrt(pooled * (1 - pooled) * (1 / a.users + 1 / b.users));
  const z = pooledError > 0 ? difference / pooledError : 0;
  return {
    difference,
    standardError,
    ci: { low: clampUnit(difference - margin), high: clampUnit(difference + margin) },
    z,
    pValue: twoSidedNormalP(z),
  };
}

/** The rule of thumb for the normal approximation: every group has at least 5 converted and 5
 * unconverted users. Below it the Wald interval is too narrow (zero-width at 0% or 100%). */
export function approximationHolds(a: GroupCounts, b: GroupCounts): boolean {
  return [a, b].every((g) => g.converted >= 5 && g.users - g.converted >= 5);
}

/**
 * The impact report for a goal event.
 * - converted (per user, both groups) = tracked the goal event at or after the user's
 *   ChecklistProgress.createdAt, the moment they entered the checklist (queries.ts counts it).
 * - exposed = every user assigned to the exposed group, seen or not (intent to treat: the
 *   holdout has no "seen", so keeping only seen exposed users would compare a self-selected
 *   group with a random one). `seen` is reported beside it.
 * - rate = converted / users (null without users or without a goal); difference = rate(exposed) − rate(holdout);
 *   95% CI = difference ± 1.96 × √(p₁(1−p₁)/n₁ + p₂(1−p₂)/n₂); p-value: pooled z-test
 *   (differenceOfProportions).
 * - verdict, in order: no_goal (no goal event); no_users / no_exposed / no_holdout (a group is
 *   empty); too_few (approximationHolds fails); better / worse (the CI lies above / below 0);
 *   not_significant (the CI includes 0). `reading` says it in one sentence.
 */
export function computeImpact(args: {
  checklist: TReportChecklist;
  goalEvent: string | null;
  goalSource: "checklist" | "last_item" | null;
  exposed: GroupCounts & { seen: number };
  holdout: GroupCounts;
  /** A persona or date filter is applied (changes the empty-state wording). */
  filtered?: boolean;
}): TImpactReport {
  const { exposed, holdout } = args;
  const stats = args.goalEvent ? differenceOfProportions(exposed, holdout) : null;
  const approximationOk = stats !== null && approximationHolds(exposed, holdout);
  const verdict = decideVerdict(args.goalEvent, exposed, holdout, stats, approximationOk);
  return {
    checklist: args.checklist,
    goalEvent: args.goalEvent,
    goalSource: args.goalSource,
    // Without a goal nobody can convert: a 0% rate would read as a measurement.
    exposed: {
      users: exposed.users,
      converted: exposed.converted,
      seen: exposed.seen,
      rate: args.goalEvent ? ratio(exposed.converted, exposed.users) : null,
    },
    holdout: {
      users: holdout.users,
      converted: holdout.converted,
      rate: args.goalEvent ? ratio(holdout.converted, holdout.users) : null,
    },
    difference: stats?.difference ?? null,
    ci: stats?.ci ?? null,
    z: stats?.z ?? null,
    pValue: stats?.pValue ?? null,
    approximationOk,
    verdict,
    reading: readImpact({
      verdict,
      exposed,
      holdout,
      stats,
      holdoutPercent: args.checklist.holdoutPercent,
      filtered: args.filtered ?? false,
    }),
  };
}

function decideVerdict(
  goalEvent: string | null,
  exposed: GroupCounts,
  holdout: GroupCounts,
  stats: ProportionDifference | null,
  approximationOk: boolean,
): ImpactVerdict {
  if (!goalEvent) return "no_goal";
  if (exposed.users === 0 && holdout.users === 0) return "no_users";
  if (exposed.users === 0) return "no_exposed";
  if (holdout.users === 0) return "no_holdout";
  if (!approximationOk) return "too_few";
  if (stats!.ci.low > 0) return "better";
  if (stats!.ci.high < 0) return "worse";
  return "not_significant";
}

/** One sentence a PM can act on, e.g. "Exposed users convert 6.2 pp more (95% CI 2.1 to 10.3 pp)". */
export function readImpact(args: {
  verdict: ImpactVerdict;
  exposed: GroupCounts;
  holdout: GroupCounts;
  stats: ProportionDifference | null;
  holdoutPercent: number;
  filtered: boolean;
}): string {
  const { exposed, holdout, stats } = args;
  const sizes = `n=${exposed.users} exposed, ${holdout.users} holdout`;
  const interval = stats
    ? `${formatPp(stats.ci.low, { signed: true })} to ${formatPp(stats.ci.high, { signed: true })} pp`
    : "";
  switch (args.verdict) {
    case "no_goal":
      return "No goal event to measure: give the checklist a goal event, or at least one item whose completion event can stand for it.";
    case "no_users":
      return args.filtered
        ? "No users match these filters: widen the date range or pick another persona."
        : "No one has entered this checklist yet: make it live and embed the widget.";
    case "no_exposed":
      return `No exposed users yet (n=${holdout.users} holdout): make the checklist live and embed the widget.`;
    case "no_holdout":
      return args.holdoutPercent > 0
        ? `No holdout users yet (n=${exposed.users} exposed): ${args.holdoutPercent}% of newly targeted users are held out, so check back when more have entered.`
        : `No holdout group (n=${exposed.users} exposed): set a holdout percentage above 0 so some targeted users don't see the checklist, then compare.`;
    case "too_few":
      return (
        `Too few users to tell yet (${sizes}): each group needs at least 5 converted and 5 unconverted users before the interval can be trusted. ` +
        `So far the difference is ${formatPp(stats!.difference, { signed: true })} pp (95% CI ${interval}).`
      );
    case "not_significant":
      return `Not significant yet (${sizes}): the interval ${interval} includes 0.`;
    case "better":
      return `Exposed users convert ${formatPp(stats!.difference)} pp more (95% CI ${formatPp(stats!.ci.low)} to ${formatPp(stats!.ci.high)} pp).`;
    case "worse":
      return `Exposed users convert ${formatPp(-stats!.difference)} pp less (95% CI ${formatPp(stats!.ci.low)} to ${formatPp(stats!.ci.high)} pp).`;
  }
}
