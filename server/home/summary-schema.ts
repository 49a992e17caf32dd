// Home's summary as the page receives it. No server imports: the page uses it.
import { z } from "zod";

/** NPS answers of the last NPS_DAYS days count on Home. */
export const NPS_DAYS = 90;

export const ZHomeSummary = z.object({
  engagement: z.object({ date: z.string(), score: z.number().nullable(), previous: z.number().nullable() }).nullable(),
  nps: z.object({
    users: z.number().nullable(),
    responses: z.number().int(),
    accounts: z.number().nullable(),
    accountsAnswered: z.number().int(),
  }),
  onboarding: z.object({
    checklists: z.number().int(),
    exposed: z.number().int(),
    completed: z.number().int(),
  }),
  /** The last whole calendar week and the one before. */
  weeklyActive: z.object({ from: z.string(), to: z.string(), users: z.number().int(), previous: z.number().int() }),
  lifecycle: z.object({
    new: z.number().int(),
    current: z.number().int(),
    resurrected: z.number().int(),
    dormant: z.number().int(),
    quickRatio: z.number().nullable(),
  }),
  atRisk: z.object({
    total: z.number().int(),
    accounts: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        engagement: z.number().nullable(),
        activeUsers: z.number().int(),
        users: z.number().int(),
      }),
    ),
  }),
});
export type THomeSummary = z.infer<typeof ZHomeSummary>;
