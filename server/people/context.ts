// What every People query shares: its arguments, the "last 30 days" window and, for the raw
// source, the workspace's feature rules.
import { dayNumber } from "../calendar/day-number";
import type { FeatureMatcher, FeatureRule } from "../features/match-feature";
import type { Source } from "../analytics/sources";
import type { ReportArgs } from "../sql/report-args";
import type { Db } from "../db";
import { ACTIVE_WINDOW_DAYS } from "./schemas";

/** A report's arguments plus where activity is read from (rollups in the product; raw events for
 * the parity tests). */
export type PeopleArgs<T> = ReportArgs<T> & { source?: Source };

/** Today and the first day of the active window (ACTIVE_WINDOW_DAYS days, today included), in the
 * workspace's time zone. */
export function activeWindow(now: Date, timeZone: string): { today: number; fromDay: number } {
  const today = dayNumber(now, timeZone);
  return { today, fromDay: today - (ACTIVE_WINDOW_DAYS - 1) };
}

/** The feature rules the raw source matches events against; rollups need none. */
export async function featureRulesFor(db: Db, workspaceId: string, source: Source): Promise<FeatureRule[]> {
  if (source === "rollups") return [];
  const features = await db.feature.findMany({ where: { workspaceId }, select: { id: true, matchers: true } });
  return features.map((f) => ({ id: f.id, matchers: f.matchers as FeatureMatcher[] }));
}
