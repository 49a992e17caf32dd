import { z } from "zod";
import { ZFeatureMatcher } from "./match-feature";

export const ZFeatureInput = z.object({
  name: z.string().trim().min(1, "Name the feature").max(80),
  description: z.string().max(500).default(""),
  matchers: z.array(ZFeatureMatcher).min(1, "Add at least one event").max(20),
  releasedAt: z.coerce.date().nullable().default(null),
});
export type TFeatureInput = z.infer<typeof ZFeatureInput>;
