import { startOfDayInZone } from "../calendar/zone-range";
import type { Db } from "../db";
import { AppError } from "../errors";
import { FEATURE_SELECT } from "./features";
import type { FeatureMatcher } from "./match-feature";
import type { TFeatureAdoptionInput } from "./schemas";

/**
 * Marks a feature core or not and sets its release day. The day is stored as the instant it begins
 * in the workspace's time zone, so reports (which number days in that zone) read back the day the
 * PM picked; if the workspace later changes zone, the day may shift by one, as every stored day
 * does. Usage rollups do not depend on either field: nothing is rebuilt.
 */
export async function setFeatureAdoption(args: {
  db: Db;
  workspaceId: string;
  timeZone: string;
  input: TFeatureAdoptionInput;
}) {
  const { db, workspaceId, input } = args;
  const found = await db.feature.findFirst({ where: { id: input.id, workspaceId }, select: { id: true } });
  if (!found) throw new AppError("NOT_FOUND", "Feature not found.");
  const feature = await db.feature.update({
    where: { id: input.id, workspaceId },
    data: {
      core: input.core,
      releasedAt: input.releasedOn === null ? null : startOfDayInZone(input.releasedOn, args.timeZone),
    },
    select: FEATURE_SELECT,
  });
  return { ...feature, matchers: feature.matchers as FeatureMatcher[] };
}
