// The definition of every number on the feature adoption pages, shown beside it. The pure
// functions that compute them (server/analytics/metrics/feature-adoption.ts, quantiles.ts) carry
// the same definitions in their doc comments; keep both in step. No server imports: pages render these.

type Unit = "users" | "accounts";

const who = (unit: Unit) => (unit === "accounts" ? "accounts" : "users");

export const PERIOD_DEFINITION =
  "Calendar days between the two dates, both included, in the workspace's time zone (default: the last 12 weeks). " +
  "Persona, account and trait filters use each user's (and account's) current values.";

export function activeDefinition(unit: Unit): string {
  return unit === "accounts"
    ? "Active accounts: accounts with at least one tracked event, page or screen view in the period, sent with the account."
    : "Active users: users with at least one tracked event, page or screen view in the period.";
}

export function adoptersDefinition(unit: Unit): string {
  return unit === "accounts"
    ? "Adopting accounts: active accounts one of whose current users used the feature in the period (a use counts for the account the user belongs to now)."
    : "Adopters: users who used the feature at least once in the period.";
}

export function breadthDefinition(unit: Unit): string {
  return `Breadth = adopting ${who(unit)} ÷ active ${who(unit)} in the period. n/a when nobody was active.`;
}

export function depthDefinition(unit: Unit): string {
  return unit === "accounts"
    ? "Depth = for each adopting account, its users' uses of the feature in the period ÷ the days the account was active in the period; the median over adopting accounts."
    : "Depth = for each adopter, uses of the feature in the period ÷ the days they were active in the period; the median over adopters.";
}

export function timeToAdoptDefinition(unit: Unit): string {
  const first = unit === "accounts" ? "the account was first seen (Account first seen)" : "the user was first seen";
  return (
    `Time to adopt = days from the later of when ${first} and the feature's release date to the first use ever, ` +
    `for ${who(unit)} whose first use falls in the period (0 if used before its release date); the median.`
  );
}

export function durationDefinition(unit: Unit): string {
  return (
    `Duration = of the ${who(unit)} whose first use falls in the period, the share who used the feature again in week k after first use ` +
    "(days 7k to 7k+6 after it; week 0 holds the first use). Week k counts only those for whom that whole week is on or before the period's last day (n)."
  );
}

export function frequencyDefinition(unit: Unit): string {
  return `Frequency = the average number of days per week the feature was used by the ${who(unit)} who used it: their feature-days ÷ adopters ÷ (days in the period ÷ 7).`;
}

export const TREND_DEFINITION =
  "Weekly breadth: adopters ÷ active in each 7-day week counted from the period's first day (the last week may be shorter).";

export const MATRIX_DEFINITION =
  "One dot per feature: breadth (x) against frequency (y). The dashed lines are the medians over features; " +
  "core = at or above both, niche = few use it but often, casual = many use it but rarely, low = below both. Ringed dots are features marked core in Settings.";

export const QUADRANT_LABELS = { core: "Core", niche: "Niche", casual: "Casual", low: "Low engagement" } as const;

export const BREAKDOWN_DEFINITION =
  'Users only, by their current persona and by their account\'s "plan" trait: active users in the period, adopters among them, and breadth.';

export const ACCOUNTS_DEFINITION =
  "Accounts that first used the feature on or before the period's last day (events sent with the account): first and last use and uses to date, " +
  "and how many of the account's current users had used it by the period's end. Most uses first.";

export const TRIED_ONCE_DEFINITION =
  "Users whose every use of the feature, ever, fell on a single day, that day within the period and at least 14 days before its last day.";
