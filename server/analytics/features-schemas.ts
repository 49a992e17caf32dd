// Inputs and outputs of the feature adoption reports (overview, detail, tried-once list). No
// server imports: the pages reuse these types.
import { z } from "zod";
import { periodInOrder, ZAdoptionFilterFields } from "./schemas";

const ZFeatureId = z.string().trim().min(1, "Name the feature").max(100);

export const ZFeaturesOverviewInput = periodInOrder(ZAdoptionFilterFields);
export type TFeaturesOverviewInput = z.infer<typeof ZFeaturesOverviewInput>;

export const ZFeatureDetailInput = periodInOrder(ZAdoptionFilterFields.extend({ featureId: ZFeatureId }));
export type TFeatureDetailInput = z.infer<typeof ZFeatureDetailInput>;

export const ZTriedOnceInput = periodInOrder(
  ZAdoptionFilterFields.extend({ featureId: ZFeatureId, limit: z.number().int().min(1).max(1000).default(200) }),
);
export type TTriedOnceInput = z.infer<typeof ZTriedOnceInput>;

// ---------------------------------------------------------------- outputs

const ZPeriod = z.object({ from: z.string(), to: z.string(), days: z.number().int() });

export const ZSummary = z.object({
  n: z.number().int(),
  mean: z.number().nullable(),
  p25: z.number().nullable(),
  median: z.number().nullable(),
  p75: z.number().nullable(),
  p90: z.number().nullable(),
});

export const ZBucket = z.object({ from: z.number(), to: z.number().nullable(), count: z.number().int() });

export const ZTrendWeek = z.object({
  week: z.number().int(),
  from: z.string(),
  to: z.string(),
  active: z.number().int(),
  adopters: z.number().int(),
  breadth: z.number().nullable(),
});

export const ZDurationPoint = z.object({
  week: z.number().int(),
  n: z.number().int(),
  retained: z.number().int(),
  share: z.number().nullable(),
});

export const ZFeatureStats = z.object({
  featureId: z.string(),
  name: z.string(),
  core: z.boolean(),
  /** The release day (YYYY-MM-DD, workspace time zone), or null. */
  releasedOn: z.string().nullable(),
  active: z.number().int(),
  adopters: z.number().int(),
  breadth: z.number().nullable(),
  frequency: z.number().nullable(),
  depth: ZSummary,
  timeToAdopt: ZSummary,
  /** Share of adopters (first use in the period) still using it in week 4 after first use. */
  durationWeek4: ZDurationPoint,
  trend: z.array(ZTrendWeek),
  quadrant: z.enum(["core", "niche", "casual", "low"]),
});
export type TFeatureStats = z.infer<typeof ZFeatureStats>;

export const ZFeaturesOverviewOut = z.object({
  period: ZPeriod,
  unit: z.enum(["users", "accounts"]),
  active: z.number().int(),
  medians: z.object({ breadth: z.number().nullable(), frequency: z.number().nullable() }),
  features: z.array(ZFeatureStats),
});
export type TFeaturesOverview = z.infer<typeof ZFeaturesOverviewOut>;

export const ZBreakdownRow = z.object({
  key: z.string().nullable(),
  label: z.string(),
  active: z.number().int(),
  adopters: z.number().int(),
  breadth: z.number().nullable(),
});
export type TBreakdownRow = z.infer<typeof ZBreakdownRow>;

export const ZAdoptingAccount = z.object({
  accountId: z.string(),
  externalId: z.string(),
  name: z.string().nullable(),
  adoptingUsers: z.number().int(),
  firstUse: z.string(),
  lastUse: z.string(),
  uses: z.number().int(),
});

export const ZFeatureDetailOut = z.object({
  period: ZPeriod,
  unit: z.enum(["users", "accounts"]),
  feature: z.object({ id: z.string(), name: z.string(), description: z.string() }),
  stats: ZFeatureStats,
  depthHistogram: z.array(ZBucket),
  timeToAdoptHistogram: z.array(ZBucket),
  duration: z.array(ZDurationPoint),
  byPersona: z.array(ZBreakdownRow),
  byPlan: z.array(ZBreakdownRow),
  accounts: z.array(ZAdoptingAccount),
  accountsTotal: z.number().int(),
});
export type TFeatureDetail = z.infer<typeof ZFeatureDetailOut>;

export const ZTriedOnceUser = z.object({
  id: z.string(),
  externalId: z.string(),
  firstSeen: z.string(),
  day: z.string(),
  persona: z.string().nullable(),
  accountId: z.string().nullable(),
  accountName: z.string().nullable(),
});

export const ZTriedOnceOut = z.object({ total: z.number().int(), users: z.array(ZTriedOnceUser) });
export type TTriedOnce = z.infer<typeof ZTriedOnceOut>;
