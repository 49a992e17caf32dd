import { z } from "zod";
import { WEIGHT_SCALES } from "../analytics/metrics/engagement";

export const MAX_WEIGHTED_EVENTS = 50;
/** How far back a history recompute goes (and the daily job fills missed days). */
export const HISTORY_DAYS = 84;

export const ZEngagementSettingsInput = z
  .object({
    scale: z.union([z.literal(10), z.literal(100), z.literal(1000)], {
      error: `Pick a scale of ${WEIGHT_SCALES.join(", ")}`,
    }),
    windowDays: z
      .number()
      .int("Use a whole number of days")
      .min(1, "Use at least 1 day")
      .max(90, "Use at most 90 days"),
    lowPercentile: z.number().int().min(0, "Use 0 to 49").max(49, "Use 0 to 49"),
    highPercentile: z.number().int().min(51, "Use 51 to 100").max(100, "Use 51 to 100"),
    weights: z
      .array(
        z.object({
          event: z.string().trim().min(1, "Name the event").max(200),
          weight: z.number().int("Use a whole number").min(1, "A weight is at least 1"),
        }),
      )
      .min(1, "Weigh at least one event")
      .max(MAX_WEIGHTED_EVENTS, `Weigh at most ${MAX_WEIGHTED_EVENTS} events`),
  })
  .superRefine((input, ctx) => {
    const seen = new Set<string>();
    input.weights.forEach((w, i) => {
      if (w.weight > input.scale)
        ctx.addIssue({
          code: "custom",
          path: ["weights", i, "weight"],
          message: `At most ${input.scale} on this scale`,
        });
      if (seen.has(w.event))
        ctx.addIssue({ code: "custom", path: ["weights", i, "event"], message: "This event is weighed twice" });
      seen.add(w.event);
    });
  });
export type TEngagementSettingsInput = z.infer<typeof ZEngagementSettingsInput>;

export const ZEngagementSettingsOut = z.object({
  /** null until the first save. */
  settings: ZEngagementSettingsInput.and(z.object({ version: z.number().int(), updatedAt: z.date() })).nullable(),
  /** The workspace's events with their calls of the last 30 days and the weight Cairn suggests. */
  events: z.array(z.object({ name: z.string(), recent: z.number().int(), suggested: z.number().int() })),
  /** The last day with a snapshot, as YYYY-MM-DD, and the settings version it used. */
  lastSnapshot: z.object({ date: z.string(), settingsVersion: z.number().int() }).nullable(),
});
export type TEngagementSettingsOut = z.infer<typeof ZEngagementSettingsOut>;
