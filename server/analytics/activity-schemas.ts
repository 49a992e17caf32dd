// Inputs and outputs of the activity reports (retention, cohorts, lifecycle, stickiness, critical
// event). No server imports: the report pages reuse them.
import { z } from "zod";
import { periodInOrder, ZAdoptionFilterFields } from "./schemas";

const ZEventName = z.string().trim().min(1, "Name the event").max(200);

/** What counts as being active: any track/page/screen call (default), one event, or one feature. */
const activityFields = {
  activeEvent: ZEventName.optional(),
  activeFeatureId: z.string().min(1).max(100).optional(),
};

function oneBasis<S extends z.ZodType<{ activeEvent?: string; activeFeatureId?: string }>>(schema: S): S {
  return schema.refine((v) => !(v.activeEvent && v.activeFeatureId), {
    message: "Choose an event or a feature, not both",
    path: ["activeFeatureId"],
  });
}

export const RETENTION_WINDOWS = [1, 7, 28] as const;
export const TREND_PERIODS = 6;

export const ZRetentionInput = oneBasis(
  periodInOrder(
    ZAdoptionFilterFields.extend({
      ...activityFields,
      window: z
        .union([z.literal(1), z.literal(7), z.literal(28)], { message: "The window is 1, 7 or 28 days" })
        .default(7),
    }),
  ),
);
export type TRetentionInput = z.infer<typeof ZRetentionInput>;

const ZRetentionCounts = z.object({
  from: z.string(),
  to: z.string(),
  started: z.number().int(),
  retained: z.number().int(),
  lost: z.number().int(),
  new: z.number().int(),
  rate: z.number().nullable(),
});
export type TRetentionCounts = z.infer<typeof ZRetentionCounts>;

export const ZRetentionReport = z.object({
  from: z.string(),
  to: z.string(),
  window: z.number().int(),
  unit: z.enum(["users", "accounts"]),
  startWindow: z.object({ from: z.string(), to: z.string() }),
  endWindow: z.object({ from: z.string(), to: z.string() }),
  current: ZRetentionCounts,
  /** The same metric over the consecutive periods of equal length before, oldest first, the current last. */
  trend: z.array(ZRetentionCounts),
});
export type TRetentionReport = z.infer<typeof ZRetentionReport>;

export const MAX_COHORT_WEEKS = 12;

export const ZCohortsInput = oneBasis(periodInOrder(ZAdoptionFilterFields.extend(activityFields)));
export type TCohortsInput = z.infer<typeof ZCohortsInput>;

/** A cell: active subjects and their share of the cohort; null when week N is not over by the
 * period's end. `onOrAfter`: active in week N or any later week up to the period's end. */
const ZCohortCell = z
  .object({
    week: z.number().int(),
    on: z.number().int(),
    onRate: z.number().nullable(),
    onOrAfter: z.number().int(),
    onOrAfterRate: z.number().nullable(),
  })
  .nullable();
export type TCohortCell = z.infer<typeof ZCohortCell>;

const ZCurvePoint = z.object({
  week: z.number().int(),
  on: z.number().nullable(),
  onOrAfter: z.number().nullable(),
  cohorts: z.number().int(),
  size: z.number().int(),
});
export type TCurvePoint = z.infer<typeof ZCurvePoint>;

export const ZCohortsReport = z.object({
  from: z.string(),
  to: z.string(),
  unit: z.enum(["users", "accounts"]),
  weeks: z.number().int(),
  cohorts: z.array(z.object({ weekStart: z.string(), size: z.number().int(), cells: z.array(ZCohortCell) })),
  average: z.array(ZCurvePoint),
  personas: z.array(z.object({ personaId: z.string().nullable(), name: z.string(), curve: z.array(ZCurvePoint) })),
});
export type TCohortsReport = z.infer<typeof ZCohortsReport>;

export const ZGranularity = z.enum(["day", "week", "month"]);
export type Granularity = z.infer<typeof ZGranularity>;

export const ZLifecycleInput = oneBasis(
  periodInOrder(ZAdoptionFilterFields.extend({ ...activityFields, granularity: ZGranularity.default("week") })),
);
export type TLifecycleInput = z.infer<typeof ZLifecycleInput>;

const ZLifecycleCounts = z.object({
  new: z.number().int(),
  current: z.number().int(),
  resurrected: z.number().int(),
  dormant: z.number().int(),
  active: z.number().int(),
  quickRatio: z.number().nullable(),
});
export type TLifecycleCounts = z.infer<typeof ZLifecycleCounts>;

export const ZLifecycleReport = z.object({
  from: z.string(),
  to: z.string(),
  unit: z.enum(["users", "accounts"]),
  granularity: ZGranularity,
  intervals: z.array(ZLifecycleCounts.extend({ from: z.string(), to: z.string() })),
  overall: ZLifecycleCounts.omit({ active: true, current: true }),
});
export type TLifecycleReport = z.infer<typeof ZLifecycleReport>;

export const ZStickinessInput = oneBasis(periodInOrder(ZAdoptionFilterFields.extend(activityFields)));
export type TStickinessInput = z.infer<typeof ZStickinessInput>;

const ZStickinessPoint = z.object({
  from: z.string(),
  to: z.string(),
  dau: z.number(),
  wau: z.number(),
  mau: z.number(),
  dauMau: z.number().nullable(),
  dauWau: z.number().nullable(),
  wauMau: z.number().nullable(),
});
export type TStickinessPoint = z.infer<typeof ZStickinessPoint>;

export const ZStickinessReport = z.object({
  from: z.string(),
  to: z.string(),
  unit: z.enum(["users", "accounts"]),
  daily: z.array(ZStickinessPoint),
  /** Rolling weeks of the period with the mean of each daily figure. */
  weekly: z.array(ZStickinessPoint),
  average: z.object({ dauMau: z.number().nullable(), dauWau: z.number().nullable(), wauMau: z.number().nullable() }),
  activeDays: z.object({
    from: z.string(),
    to: z.string(),
    total: z.number().int(),
    histogram: z.array(z.object({ days: z.number().int(), count: z.number().int() })),
    tenOrMore: z.number().int(),
    tenOrMoreShare: z.number().nullable(),
  }),
});
export type TStickinessReport = z.infer<typeof ZStickinessReport>;

/** The workspace's event names: calls all time and in the last RECENT_EVENT_DAYS days. */
export const ZEventOptions = z.object({
  events: z.array(z.object({ name: z.string(), count: z.number().int(), recent: z.number().int() })),
});
export const RECENT_EVENT_DAYS = 30;
export type TEventOptions = z.infer<typeof ZEventOptions>;

export const DEFAULT_PERCENTILE = 80;
export const CURVE_DAYS = 60;

const criticalFields = {
  event: ZEventName,
  percentile: z.number().int().min(50, "Between 50 and 95").max(95, "Between 50 and 95").default(DEFAULT_PERCENTILE),
};

export const ZCriticalEventInput = periodInOrder(ZAdoptionFilterFields.extend(criticalFields));
export type TCriticalEventInput = z.infer<typeof ZCriticalEventInput>;

export const ZCriticalEventReport = z.object({
  event: z.string(),
  from: z.string(),
  to: z.string(),
  percentile: z.number().int(),
  /** Users in the population who did the event on or before the period's last day. */
  doers: z.number().int(),
  repeaters: z.number().int(),
  once: z.number().int(),
  onceShare: z.number().nullable(),
  /** Days within which `percentile`% of the repeaters did it again; null when nobody repeated. */
  intervalDays: z.number().int().nullable(),
  medianGap: z.number().int().nullable(),
  curve: z.array(z.object({ days: z.number().int(), repeated: z.number().int(), share: z.number().nullable() })),
  pastInterval: z.number().int(),
  pastIntervalShare: z.number().nullable(),
});
export type TCriticalEventReport = z.infer<typeof ZCriticalEventReport>;

export const MAX_PAST_INTERVAL_ROWS = 500;

export const ZPastIntervalInput = periodInOrder(
  ZAdoptionFilterFields.extend({
    event: ZEventName,
    intervalDays: z.number().int().min(0).max(1000),
    limit: z.number().int().min(1).max(MAX_PAST_INTERVAL_ROWS).default(200),
  }),
);
export type TPastIntervalInput = z.infer<typeof ZPastIntervalInput>;

export const ZPastIntervalList = z.object({
  total: z.number().int(),
  users: z.array(
    z.object({
      endUserId: z.string(),
      externalId: z.string(),
      lastDay: z.string(),
      daysSince: z.number().int(),
      uses: z.number().int(),
      persona: z.string().nullable(),
      accountId: z.string().nullable(),
      account: z.string().nullable(),
    }),
  ),
});
export type TPastIntervalList = z.infer<typeof ZPastIntervalList>;
