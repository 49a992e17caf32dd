// "Trending" on the board and the public roadmap: recent votes and comments, each weighed by its
// age with a half-life, so an idea voted on this week rises above one that collected its votes a
// year ago. Pure; list queries pass each item's vote and comment times.

export const TRENDING_HALF_LIFE_DAYS = 7;
/** A comment shows interest too, but less than a vote. */
export const COMMENT_WEIGHT = 0.5;

const DAY_MS = 86_400_000;

/** Σ over votes of 2^(−age / half-life) + COMMENT_WEIGHT × the same over comments. Future times
 * (clock skew) count as now. */
export function trendingScore(
  voteTimes: readonly Date[],
  commentTimes: readonly Date[],
  now: Date,
  halfLifeDays = TRENDING_HALF_LIFE_DAYS,
): number {
  const weight = (at: Date) => Math.pow(2, -Math.max(0, now.getTime() - at.getTime()) / (halfLifeDays * DAY_MS));
  let score = 0;
  for (const t of voteTimes) score += weight(t);
  for (const t of commentTimes) score += COMMENT_WEIGHT * weight(t);
  return score;
}
