import { z } from "zod";
import { matchesCondition, ZCondition } from "../audience/condition";

export const ZFeatureMatcher = z.object({
  event: z.string().trim().min(1, "Name the event").max(200),
  where: ZCondition.optional(),
});
export type FeatureMatcher = z.infer<typeof ZFeatureMatcher>;

export type FeatureRule = { id: string; matchers: FeatureMatcher[] };

/** The features a tracked event counts as using: any matcher with the event's name whose
 * optional property filter holds. */
export function featuresForEvent(
  name: string,
  properties: Record<string, unknown>,
  features: readonly FeatureRule[],
): string[] {
  const hits: string[] = [];
  for (const f of features) {
    if (f.matchers.some((m) => m.event === name && (!m.where || matchesCondition(properties, m.where))))
      hits.push(f.id);
  }
  return hits;
}
