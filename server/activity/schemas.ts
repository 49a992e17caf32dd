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
  /** Only this event name (exact, as tracked: "$page" for page calls). */
  event: z.string().trim().max(200, "An event name has at most 200 characters").optional(),
  /** Only this end user, by the userId the product sends. */
  userId: z.string().trim().max(200, "A userId has at most 200 characters").optional(),
});
export type TLiveEventsInput = z.infer<typeof ZLiveEventsInput>;

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
  /** The user still exists, so their page can be opened. */
  userFound: z.boolean(),
  persona: z.string().nullable(),
});
