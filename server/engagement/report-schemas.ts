import { z } from "zod";

const ZTrend = z.enum(["up", "down", "flat"]).nullable();

/** Adoption → Engagement: the product score over time and the latest snapshot's breakdowns. */
export const ZEngagementReport = z.object({
  configured: z.boolean(),
  /** Daily snapshots, oldest first (YYYY-MM-DD). */
  series: z.array(z.object({ date: z.string(), productScore: z.number().nullable(), activeUsers: z.number().int() })),
  latest: z
    .object({
      date: z.string(),
      productScore: z.number().nullable(),
      activeUsers: z.number().int(),
      /** The raw scores' clamps in this snapshot: raw ≤ low maps to 0, raw ≥ high to 100. */
      low: z.number(),
      high: z.number(),
      /** The score a windowDays earlier, for the trend. */
      previousScore: z.number().nullable(),
      /** Users per band of 10 points (0–9.9 … 90–100). */
      distribution: z.array(z.object({ from: z.number().int(), to: z.number().int(), users: z.number().int() })),
      users: z.array(
        z.object({
          endUserId: z.string(),
          userId: z.string(),
          persona: z.string().nullable(),
          score: z.number(),
          raw: z.number(),
          previous: z.number().nullable(),
          trend: ZTrend,
        }),
      ),
      accounts: z.array(
        z.object({
          accountId: z.string(),
          name: z.string(),
          score: z.number(),
          activeUsers: z.number().int(),
          users: z.number().int(),
          previous: z.number().nullable(),
          trend: ZTrend,
        }),
      ),
      /** Accounts whose score fell most since the previous window. */
      drops: z.array(z.object({ accountId: z.string(), name: z.string(), score: z.number(), previous: z.number() })),
      byPersona: z.array(z.object({ persona: z.string(), users: z.number().int(), meanScore: z.number() })),
      byPlan: z.array(z.object({ plan: z.string(), accounts: z.number().int(), meanScore: z.number() })),
    })
    .nullable(),
});
export type TEngagementReport = z.infer<typeof ZEngagementReport>;
