import { z } from "zod";
import { ZJobOut } from "../jobs/schemas";
import { ZFeatureMatcher } from "./match-feature";

export const ZFeatureInput = z.object({
  name: z.string().trim().min(1, "Name the feature").max(80),
  description: z.string().max(500).default(""),
  matchers: z.array(ZFeatureMatcher).min(1, "Add at least one event").max(20),
  releasedAt: z.coerce.date().nullable().default(null),
});
export type TFeatureInput = z.infer<typeof ZFeatureInput>;

// ---------------------------------------------------------------- outputs

export const ZFeatureOut = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  matchers: z.array(ZFeatureMatcher),
  releasedAt: z.date().nullable(),
  createdAt: z.date(),
});

/** `adopters`: distinct users who ever used it. */
export const ZFeatureListOut = z.array(ZFeatureOut.extend({ adopters: z.number().int() }));

/** A save rebuilds the feature's usage in the background: `job` is what the UI polls. */
export const ZFeatureSavedOut = z.object({ feature: ZFeatureOut, job: ZJobOut });
