import { z } from "zod";

// Settings → Privacy and the end-user export/erase API: inputs and outputs (no server imports:
// the settings page reuses them).

/** Raw events are kept at least this long when retention is on: drill-downs and recomputations
 * (a persona or feature changed) read raw events, and a month is the shortest useful window. */
export const MIN_RETENTION_DAYS = 30;
export const MAX_RETENTION_DAYS = 3650;

export const ERASED_FEEDBACK = ["remove", "anonymize"] as const;
export const ZErasedFeedback = z.enum(ERASED_FEEDBACK);
export type ErasedFeedbackMode = z.infer<typeof ZErasedFeedback>;

export const ZPrivacySettings = z.object({
  /** null: raw events are kept forever. */
  rawEventRetentionDays: z
    .number()
    .int("Retention is a whole number of days")
    .min(MIN_RETENTION_DAYS, `Keep raw events at least ${MIN_RETENTION_DAYS} days`)
    .max(MAX_RETENTION_DAYS, `Keep raw events at most ${MAX_RETENTION_DAYS} days (or turn retention off)`)
    .nullable(),
  erasedFeedback: ZErasedFeedback,
});
export type PrivacySettings = z.infer<typeof ZPrivacySettings>;

/** A Segment userId as the host's app sends it, or "anon:<anonymousId>" for a visitor. */
export const ZEndUserId = z.string().trim().min(1, "Enter a userId").max(512, "A userId is at most 512 characters");

export const ZEndUserInput = z.object({ userId: ZEndUserId });

export const ZEndUserSummaryOut = z.object({
  userId: z.string(),
  firstSeenAt: z.date(),
  lastSeenAt: z.date(),
  account: z.string().nullable(),
  counts: z.object({
    events: z.number().int(),
    surveyResponses: z.number().int(),
    feedback: z.number().int(),
    votes: z.number().int(),
  }),
});
export type EndUserSummary = z.infer<typeof ZEndUserSummaryOut>;

/** What an erasure removed (and, for feedback kept anonymized, detached): the audit entry's details. */
export const ZErasureCounts = z.object({
  events: z.number().int(),
  userDays: z.number().int(),
  featureUserDays: z.number().int(),
  userEventDays: z.number().int(),
  featureUsers: z.number().int(),
  eventDaysDecremented: z.number().int(),
  accountDaysDecremented: z.number().int(),
  featureAccountsRecounted: z.number().int(),
  checklistProgress: z.number().int(),
  checklistCompletions: z.number().int(),
  accountCompletionsDetached: z.number().int(),
  surveyDisplays: z.number().int(),
  surveyResponses: z.number().int(),
  feedbackRemoved: z.number().int(),
  feedbackAnonymized: z.number().int(),
  votes: z.number().int(),
  notifications: z.number().int(),
});
export type ErasureCounts = z.infer<typeof ZErasureCounts>;

export const ZErasureOut = z.object({ userId: z.string(), erased: z.literal(true), counts: ZErasureCounts });
export type ErasureResult = z.infer<typeof ZErasureOut>;

/** The export document's shape; a change of shape gets a new number. */
export const EXPORT_FORMAT = "cairn.end-user-export/1";
