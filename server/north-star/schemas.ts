// The North Star's settings and report. No server imports: the home page and the settings page use
// them.
import { z } from "zod";
import { periodInOrder, ZAdoptionFilterFields } from "../analytics/schemas";

const ZEvent = z.string().trim().min(1, "Choose an event").max(200);
const ZUnit = z.enum(["users", "accounts"]);

export const ZNorthStarMetric = z.discriminatedUnion("kind", [
  /** Calls of one event per week (e.g. workflow_run). */
  z.object({ kind: z.literal("events"), event: ZEvent }),
  /** Users or accounts doing one event at least minPerWeek times in the week. */
  z.object({
    kind: z.literal("doers"),
    event: ZEvent,
    minPerWeek: z.number().int("Use a whole number").min(1, "At least once a week").max(10_000),
    unit: ZUnit,
  }),
  /** A feature's breadth: users or accounts using it in the week. */
  z.object({ kind: z.literal("feature"), featureId: z.string().min(1, "Choose a feature").max(100), unit: ZUnit }),
]);
export type TNorthStarMetric = z.infer<typeof ZNorthStarMetric>;

export const ZNorthStarConfig = z
  .object({
    name: z.string().trim().min(1, "Name your North Star").max(80),
    metric: ZNorthStarMetric,
    /** The weekly value to reach; null: none set. */
    target: z.number().min(0, "A target is 0 or more").max(1e12).nullable(),
    /** The core action the input KPIs (breadth, depth, frequency) and the threshold view read. */
    coreEvent: ZEvent,
    /** The threshold view: subjects doing the core action at least this often a week. */
    threshold: z.number().int("Use a whole number").min(1, "At least once a week").max(10_000),
    /** Efficiency: median time from a subject's first `from` to their first `to` after it. */
    efficiency: z.object({ from: ZEvent, to: ZEvent }).nullable(),
  })
  .refine((c) => !c.efficiency || c.efficiency.from !== c.efficiency.to, {
    message: "Choose two different events",
    path: ["efficiency", "to"],
  });
export type TNorthStarConfig = z.infer<typeof ZNorthStarConfig>;

export const ZNorthStarSettings = z.object({ config: ZNorthStarConfig.nullable(), featureName: z.string().nullable() });
export type TNorthStarSettings = z.infer<typeof ZNorthStarSettings>;

/** The report's filter: the Adoption filter (the inputs count its unit; the North Star its own). */
export const ZNorthStarInput = periodInOrder(ZAdoptionFilterFields);
export type TNorthStarInput = z.infer<typeof ZNorthStarInput>;

export const ZNorthStarWeek = z.object({
  from: z.string(),
  to: z.string(),
  northStar: z.number(),
  /** Subjects active (any call) in the week, in the inputs' unit. */
  active: z.number().int(),
  /** Subjects who did the core action in the week. */
  breadth: z.number().int(),
  breadthShare: z.number().nullable(),
  /** Share of those who did it at least twice in the week. */
  depth: z.number().nullable(),
  /** Mean calls of the core action per subject who did it. */
  frequency: z.number().nullable(),
  /** Active subjects doing the core action at least `threshold` times, and the other active ones. */
  above: z.number().int(),
  below: z.number().int(),
});
export type TNorthStarWeek = z.infer<typeof ZNorthStarWeek>;

export const ZNorthStarReport = z.object({
  config: ZNorthStarConfig.nullable(),
  featureName: z.string().nullable(),
  unit: ZUnit,
  weeks: z.array(ZNorthStarWeek),
  /** The latest complete week's value, the change from the week before, and the target's share. */
  latest: z
    .object({
      value: z.number(),
      previous: z.number().nullable(),
      change: z.number().nullable(),
      targetShare: z.number().nullable(),
    })
    .nullable(),
});
export type TNorthStarReport = z.infer<typeof ZNorthStarReport>;

/** Efficiency per week: started (first `from` in the week), converted (did `to` after it), and the
 * converted ones' median time; empty when efficiency is off. */
export const ZNorthStarEfficiency = z.object({
  from: z.string().nullable(),
  to: z.string().nullable(),
  weeks: z.array(
    z.object({
      from: z.string(),
      to: z.string(),
      started: z.number().int(),
      converted: z.number().int(),
      medianMs: z.number().nullable(),
    }),
  ),
});
export type TNorthStarEfficiency = z.infer<typeof ZNorthStarEfficiency>;
