// The definition of every number on the onboarding report page, shown beside it. The pure
// functions that compute them (funnel.ts, impact.ts) carry the same definitions in their doc
// comments; keep both in step. No server imports: the page renders these strings.

export const COHORT_DEFINITION =
  "Users enter a checklist when they are first targeted by it and assigned to the exposed or holdout group. " +
  "The date range keeps users who entered between the two days (inclusive, workspace time zone); the persona filter uses each user's current persona.";

export const FUNNEL_DEFINITIONS = {
  seen: "Exposed users whose widget showed the checklist at least once. Every other funnel number is a share of them.",
  item:
    "Seen users with the item done: by themselves, or, for an account-wide item, by anyone in their current account. " +
    "Items can be done in any order, so steps need not shrink.",
  completed: "Seen users with every item done.",
  dismissed: "Seen users who closed the checklist and have not completed it.",
  medianTimeToComplete:
    "Median, over users who completed, of the time from first seeing the checklist to their last item's completion " +
    "(0 when everything was already done, e.g. by their account). n/a when nobody completed.",
  stalls:
    "Seen users who tracked the item's precursor event (at any time) but do not have the item done, " +
    "as a share of the seen users who tracked the precursor. Examples: the most recent precursors first.",
} as const;

/** What "converted" means for a goal event (impact.ts). */
export function conversionDefinition(goalEvent: string | null): string {
  const goal = goalEvent ? `"${goalEvent}"` : "the goal event";
  return (
    `A user converted if they tracked ${goal} at or after the moment they entered the checklist. ` +
    "Exposed counts every user assigned to see the checklist, whether or not the widget showed it yet (intent to treat), " +
    "so that the exposed and holdout groups stay comparable; the holdout never sees it."
  );
}

export const IMPACT_DEFINITIONS = {
  goal: "The checklist's goal event, or the completion event of its last item when it has none.",
  difference: "Exposed conversion rate minus holdout conversion rate, in percentage points (pp).",
  interval:
    "95% confidence interval of the difference: difference ± 1.96 × √(p₁(1−p₁)/n₁ + p₂(1−p₂)/n₂) " +
    "(Wald, unpooled normal approximation). The effect is significant when the interval excludes 0. " +
    "It needs at least 5 converted and 5 unconverted users in each group to be trusted.",
  pValue:
    "Two-proportion z-test with the pooled rate p: z = difference / √(p(1−p)(1/n₁ + 1/n₂)). " +
    "Its standard error differs from the interval's, so the two can disagree right at the 5% threshold; the reading follows the interval.",
} as const;
