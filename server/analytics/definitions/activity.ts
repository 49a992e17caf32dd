// The definition of every number on the activity reports (retention, cohorts, lifecycle,
// stickiness, critical event), shown beside it. The pure functions in ../metrics carry the same
// definitions in their doc comments; keep both in step. No server imports: the pages render these.

/** What "active" means on a report, from its activity choice. */
export function activeDefinition(
  basis: { event?: string | null; feature?: string | null },
  unit: "users" | "accounts",
): string {
  const what = basis.event
    ? `tracked "${basis.event}"`
    : basis.feature
      ? `used the feature "${basis.feature}"`
      : "sent any track, page or screen call";
  return unit === "accounts"
    ? `An account is active on a day when one of its users ${what} that day (days in the workspace's time zone).`
    : `A user is active on a day when they ${what} that day (days in the workspace's time zone).`;
}

export const RETENTION_DEFINITIONS = {
  rate:
    "Of those active in the period's first window (its first 1, 7 or 28 days), the share also active in its last window. " +
    "Those who only show up later in the period are not counted, so acquisition cannot hide churn.",
  started: "Active in the start window.",
  retained: "Active in the start window and in the end window.",
  lost: "Active in the start window, not in the end window.",
  new: "Active in the end window but not in the start window (newly acquired, or back after a break): excluded from the rate.",
  trend: "The same retention for each period of the same length before this one, the last bar being the chosen period.",
} as const;

export const COHORT_DEFINITIONS = {
  cohort:
    "Users grouped by the calendar week (Monday to Sunday) they were first seen; accounts by the week of their first activity. " +
    "Rows are the cohorts whose week starts in the period.",
  on: "Week N: the share of the cohort active during the Nth week after its first week (week 0 is the first week).",
  onOrAfter:
    "On or after week N: the share of the cohort active in week N or any later week up to the period's end (unbounded retention).",
  incomplete: "A week that has not ended by the period's last day is left empty: its number is not known yet.",
  average:
    "Average curve: for each week N, active subjects summed over the cohorts that reached week N, divided by the sum of their sizes (weighted by cohort size).",
  persona: "The average curve per persona (each user's current persona).",
} as const;

export const LIFECYCLE_DEFINITIONS = {
  new: "First seen in the interval (for accounts: first active) and active in it.",
  current: "Active in this interval and in the previous one.",
  resurrected: "Active in this interval, not in the previous one, and not new.",
  dormant: "Active in the previous interval, not in this one (drawn below zero).",
  quickRatio:
    "Quick ratio = (new + resurrected) / dormant: above 1, more were gained than lost. n/a when none went dormant.",
  intervals:
    "Days, ISO weeks (Monday to Sunday) or calendar months, clipped to the period; the whole interval before the first one is read so that it is classified like the rest.",
} as const;

export const STICKINESS_DEFINITIONS = {
  dauMau: "DAU/MAU: active on the day divided by distinct active in the 30 days ending that day.",
  dauWau: "DAU/WAU: active on the day divided by distinct active in the 7 days ending that day.",
  wauMau:
    "WAU/MAU: distinct active in the 7 days ending on a day divided by distinct active in the 30 days ending on it.",
  headline:
    "Averages of the daily ratios over the period's days (days with nobody active in the denominator's window are skipped).",
  weekly: "Long periods are drawn as weekly means of the daily ratios (7-day weeks from the period's first day).",
  activeDays:
    "Over the 30 days ending on the period's last day: how many distinct days each user active in them was active. " +
    "Share at 10 or more days: those active on at least 10 of the 30 days.",
} as const;

export const CRITICAL_EVENT_DEFINITIONS = {
  doers: "Users (in the filter) who did the event on or before the period's last day.",
  gap: "A user's repeat gap: days from their first occurrence to their second; two on the first day is a gap of 0.",
  curve: "Share of repeaters (users who did it at least twice) who repeated within d days of their first time.",
  interval: (p: number) =>
    `Usage interval: the repeat gap within which ${p}% of the repeaters did it again (nearest rank). n/a when nobody repeated.`,
  once: "Did it exactly once so far (up to the period's last day), as a share of the users who did it.",
  pastInterval:
    "Users whose last occurrence is more than the usage interval before the period's last day: overdue by their own product's rhythm.",
} as const;
