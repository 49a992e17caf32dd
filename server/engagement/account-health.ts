// An account's health on the Accounts list (issue 10, account health), by documented rules, in
// this order:
// - dormant: none of its users was active (track, page or screen) in the last 30 days;
// - at risk: its engagement score is below AT_RISK_SCORE, or fell by DROP_POINTS or more since the
//   snapshot one window earlier, or at most a quarter of its users were active in 30 days;
// - healthy: otherwise.
// The same rules exist twice: here for what a row shows (safe to import in the browser), and as SQL
// for filtering and sorting in the query (account-health-sql.ts); a test checks they agree.

export const AT_RISK_SCORE = 15;
export const DROP_POINTS = 10;
export const HEALTH = ["healthy", "at_risk", "dormant"] as const;
export type Health = (typeof HEALTH)[number];

export const HEALTH_DEFINITION = `Dormant: no user active in the last 30 days. At risk: an engagement score under ${AT_RISK_SCORE}, a drop of ${DROP_POINTS} points or more since one window earlier, or at most a quarter of its users active in 30 days. Healthy: otherwise.`;

const tenths = (x: number) => Math.round(x * 10);

export function healthOf(a: {
  users: number;
  activeUsers: number;
  score: number | null;
  previous: number | null;
}): Health {
  if (a.activeUsers === 0) return "dormant";
  // Scores have one decimal: the drop is compared in tenths, so 25.4 → 15.4 is a drop of 10.
  if (
    a.score !== null &&
    (a.score < AT_RISK_SCORE || (a.previous !== null && tenths(a.previous - a.score) >= 10 * DROP_POINTS))
  )
    return "at_risk";
  if (a.users > 0 && 4 * a.activeUsers <= a.users) return "at_risk";
  return "healthy";
}
