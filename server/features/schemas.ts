import { z } from "zod";
import { ZJobOut } from "../jobs/schemas";
import { ZFeatureMatcher } from "./match-feature";

export const ZFeatureInput = z.object({
  name: z.string().trim().min(1, "Name the feature").max(80),
  description: z.string().max(500).default(""),
  matchers: z.array(ZFeatureMatcher).min(1, "Add at least one event").max(20),
  /** Left out: unchanged on update (none on create). The settings page sets it with
   * ZFeatureAdoptionInput, which also marks a feature core, without rebuilding usage. */
  releasedAt: z.coerce.date().nullable().optional(),
});
export type TFeatureInput = z.infer<typeof ZFeatureInput>;

/** A feature's release day (YYYY-MM-DD in the workspace's time zone, or none) and whether it is
 * core. Neither changes which events count as using it, so saving them rebuilds nothing. */
export const ZFeatureAdoptionInput = z.object({
  id: z.string().min(1),
  core: z.boolean(),
  releasedOn: z.iso.date({ message: "Use a YYYY-MM-DD date" }).nullable(),
});
export type TFeatureAdoptionInput = z.infer<typeof ZFeatureAdoptionInput>;

// ---------------------------------------------------------------- outputs

export const ZFeatureOut = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  matchers: z.array(ZFeatureMatcher),
  releasedAt: z.date().nullable(),
  core: z.boolean(),
  createdAt: z.date(),
});

/** `adopters`: distinct users who ever used it. `releasedOn`: the release day in the workspace's
 * time zone (YYYY-MM-DD), or null. */
export const ZFeatureListOut = z.array(
  ZFeatureOut.extend({ adopters: z.number().int(), releasedOn: z.string().nullable() }),
);

/** A save rebuilds the feature's usage in the background: `job` is what the UI polls. */
export const ZFeatureSavedOut = z.object({ feature: ZFeatureOut, job: ZJobOut });
