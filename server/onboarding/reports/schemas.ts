// Inputs and outputs of the onboarding reports. No server imports: the report page reuses them.
import { z } from "zod";

const ZDay = z.iso.date({ message: "Use a YYYY-MM-DD date" });

/** A checklist report, optionally narrowed to one persona and to the users who entered the
 * checklist between two calendar days (inclusive, in the workspace's time zone). */
export const ZOnboardingReportInput = z
  .object({
    checklistId: z.string().min(1),
    personaId: z.string().min(1).optional(),
    from: ZDay.optional(),
    to: ZDay.optional(),
  })
  .refine((v) => !v.from || !v.to || v.from <= v.to, {
    message: "The start date must not be after the end date",
    path: ["to"],
  });
export type TOnboardingReportInput = z.infer<typeof ZOnboardingReportInput>;

const ZFraction = z.number().min(0).max(1);

export const ZReportChecklist = z.object({
  id: z.string(),
  title: z.string(),
  status: z.enum(["draft", "live", "archived"]),
  holdoutPercent: z.number().int(),
});
export type TReportChecklist = z.infer<typeof ZReportChecklist>;

export const ZFunnelStep = z.object({
  itemId: z.string(),
  title: z.string(),
  position: z.number().int(),
  scope: z.enum(["user", "account"]),
  completionEvent: z.string().nullable(),
  /** Seen users with the item done. */
  done: z.number().int().min(0),
  /** done / seen; null when nobody has seen the checklist. */
  rate: ZFraction.nullable(),
});
export type TFunnelStep = z.infer<typeof ZFunnelStep>;

export const ZStallExample = z.object({ endUserId: z.string(), externalId: z.string(), lastPrecursorAt: z.date() });

export const ZStall = z.object({
  itemId: z.string(),
  title: z.string(),
  precursorEvent: z.string(),
  completionEvent: z.string().nullable(),
  /** Seen users who tracked the precursor event. */
  started: z.number().int().min(0),
  /** Of those, users without the item done. */
  stalled: z.number().int().min(0),
  /** stalled / started; null when nobody started. */
  rateOfStarted: ZFraction.nullable(),
  /** stalled / seen; null when nobody has seen the checklist. */
  rateOfSeen: ZFraction.nullable(),
  /** The stalled users whose precursor event is most recent, at most STALL_EXAMPLES. */
  examples: z.array(ZStallExample),
});
export type TStall = z.infer<typeof ZStall>;

export const ZFunnelReport = z.object({
  checklist: ZReportChecklist,
  seen: z.number().int().min(0),
  steps: z.array(ZFunnelStep),
  completed: z.object({ count: z.number().int().min(0), rate: ZFraction.nullable() }),
  /** Seen users who dismissed the checklist without completing it. */
  dismissed: z.object({ count: z.number().int().min(0), rate: ZFraction.nullable() }),
  /** null ("n/a") when nobody completed. */
  medianTimeToCompleteMs: z.number().min(0).nullable(),
  stalls: z.array(ZStall),
});
export type TFunnelReport = z.infer<typeof ZFunnelReport>;

export const IMPACT_VERDICTS = [
  "no_goal",
  "no_users",
  "no_exposed",
  "no_holdout",
  "too_few",
  "not_significant",
  "better",
  "worse",
] as const;
export type ImpactVerdict = (typeof IMPACT_VERDICTS)[number];

const ZGroupOutcome = z.object({
  users: z.number().int().min(0),
  converted: z.number().int().min(0),
  /** converted / users; null without users. */
  rate: ZFraction.nullable(),
});

export const ZImpactReport = z.object({
  checklist: ZReportChecklist,
  goalEvent: z.string().nullable(),
  /** Where the goal event comes from: the checklist's own goal, or its last item's event. */
  goalSource: z.enum(["checklist", "last_item"]).nullable(),
  exposed: ZGroupOutcome.extend({ seen: z.number().int().min(0) }),
  holdout: ZGroupOutcome,
  /** rate(exposed) − rate(holdout), as a fraction (0.062 = 6.2 pp). */
  difference: z.number().min(-1).max(1).nullable(),
  /** 95% Wald interval of the difference, clamped to [−1, 1]. */
  ci: z.object({ low: z.number().min(-1).max(1), high: z.number().min(-1).max(1) }).nullable(),
  z: z.number().nullable(),
  pValue: z.number().min(0).max(1).nullable(),
  /** Each group has at least 5 converted and 5 unconverted users (the normal approximation's rule of thumb). */
  approximationOk: z.boolean(),
  verdict: z.enum(IMPACT_VERDICTS),
  reading: z.string(),
});
export type TImpactReport = z.infer<typeof ZImpactReport>;
