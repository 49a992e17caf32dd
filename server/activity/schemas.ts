import { z } from "zod";

export const ZOverviewOut = z.object({
  users: z.number().int(),
  accounts: z.number().int(),
  eventsToday: z.number().int(),
  activeToday: z.number().int(),
  activeWeek: z.number().int(),
  hasWriteKey: z.boolean(),
});

export const ZLiveEventsInput = z.object({
  after: z.date().optional(),
  take: z.number().int().min(1).max(200).optional(),
});

export const ZLiveEventOut = z.object({
  id: z.string(),
  type: z.string(),
  name: z.string(),
  properties: z.unknown(),
  timestamp: z.date(),
  receivedAt: z.date(),
  endUserId: z.string(),
  /** The end user's external id ("unknown" once the user is gone). */
  user: z.string(),
  persona: z.string().nullable(),
});
