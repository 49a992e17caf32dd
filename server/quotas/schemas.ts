import { z } from "zod";

/** The most a workspace may set: beyond these an instance's database, not a quota, is the limit. */
export const QUOTA_BOUNDS = {
  ingestEventsPerSecond: { min: 1, max: 100_000 },
  newEndUsersPerDay: { min: 1, max: 10_000_000 },
} as const;

const quota = (bounds: { min: number; max: number }, what: string) =>
  z
    .number()
    .int(`${what} must be a whole number`)
    .min(bounds.min, `${what} must be at least ${bounds.min}`)
    .max(bounds.max, `${what} can be at most ${bounds.max.toLocaleString("en")}`)
    .nullable();

/** A workspace's own quotas; null means the instance's default. */
export const ZQuotaValues = z.object({
  ingestEventsPerSecond: quota(QUOTA_BOUNDS.ingestEventsPerSecond, "Messages per second per key"),
  newEndUsersPerDay: quota(QUOTA_BOUNDS.newEndUsersPerDay, "New end users per day"),
});
export type QuotaValues = z.infer<typeof ZQuotaValues>;

export const ZQuotasOut = z.object({
  own: ZQuotaValues,
  /** The instance's defaults (env INGEST_EVENTS_PER_SECOND, NEW_END_USERS_PER_DAY). */
  defaults: z.object({ ingestEventsPerSecond: z.number().int(), newEndUsersPerDay: z.number().int() }),
  /** End users first seen today (the workspace's time zone), against the new-users quota. */
  newEndUsersToday: z.number().int(),
});
export type QuotasOut = z.infer<typeof ZQuotasOut>;
