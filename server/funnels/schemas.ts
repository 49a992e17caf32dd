// Funnels' inputs and outputs. No server imports: the funnel builder page reuses them.
import { z } from "zod";
import { ZConditionOp } from "../audience/condition";
import { periodInOrder, ZAdoptionFilterFields } from "../analytics/schemas";

export const MAX_STEPS = 8;
export const MAX_WINDOW_HOURS = 90 * 24;
export const MAX_FUNNELS = 100;
/** Breakdown groups shown; the rest are summed as "Other". */
export const MAX_GROUPS = 10;
/** Subjects listed per drop-off step (the CSV holds up to MAX_DROP_EXPORT). */
export const DROP_PAGE = 100;
export const MAX_DROP_EXPORT = 5_000;

const ZKey = z
  .string()
  .trim()
  .min(1, "Name the property")
  .max(100)
  .regex(/^[A-Za-z0-9_]+$/, "Use a top-level property: letters, digits and _ only");

/** A property condition of a step: the event's top-level property, matched case-insensitively. */
export const ZStepCondition = z
  .object({
    key: ZKey,
    op: ZConditionOp,
    value: z.union([z.string().max(500), z.array(z.string().max(500)).min(1).max(100)]).optional(),
  })
  .superRefine((c, ctx) => {
    if (c.op === "exists") return;
    if (c.op === "in" && !Array.isArray(c.value))
      ctx.addIssue({ code: "custom", message: "'in' needs a list of values", path: ["value"] });
    if (c.op !== "in" && (typeof c.value !== "string" || c.value === ""))
      ctx.addIssue({ code: "custom", message: `'${c.op}' needs one value`, path: ["value"] });
  });

export const ZFunnelStep = z.object({
  event: z.string().trim().min(1, "Choose the step's event").max(200),
  where: z.array(ZStepCondition).max(5, "At most 5 conditions per step").default([]),
  /** Shown instead of the event name, e.g. "Saved a second workflow". */
  label: z.string().trim().max(80).default(""),
});
export type TFunnelStep = z.infer<typeof ZFunnelStep>;

export const ZBreakdown = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("none") }),
  z.object({ kind: z.literal("persona") }),
  z.object({ kind: z.literal("plan") }),
  z.object({ kind: z.literal("trait"), scope: z.enum(["user", "account"]), key: ZKey }),
]);
export type TBreakdown = z.infer<typeof ZBreakdown>;

const definitionFields = {
  steps: z.array(ZFunnelStep).min(2, "A funnel has at least 2 steps").max(MAX_STEPS, `At most ${MAX_STEPS} steps`),
  windowHours: z
    .number()
    .int("Use whole hours")
    .min(1, "The window is at least 1 hour")
    .max(MAX_WINDOW_HOURS, "The window is at most 90 days"),
  unit: z.enum(["users", "accounts"]).default("users"),
  breakdown: ZBreakdown.default({ kind: "none" }),
};

function unitFitsBreakdown(v: { unit: "users" | "accounts"; breakdown: TBreakdown }): boolean {
  return !(
    v.unit === "accounts" &&
    (v.breakdown.kind === "persona" || (v.breakdown.kind === "trait" && v.breakdown.scope === "user"))
  );
}
const UNIT_MESSAGE = { message: "Accounts break down by plan or an account trait", path: ["breakdown"] };

/** What a saved funnel stores. */
export const ZFunnelDefinition = z.object(definitionFields).refine(unitFitsBreakdown, UNIT_MESSAGE);
export type TFunnelDefinition = z.infer<typeof ZFunnelDefinition>;

/** A funnel report: the definition, and the Adoption filter (period, persona, account, segment). */
export const ZFunnelReportInput = periodInOrder(
  ZAdoptionFilterFields.extend(definitionFields).refine(unitFitsBreakdown, UNIT_MESSAGE),
);
export type TFunnelReportInput = z.infer<typeof ZFunnelReportInput>;

export const ZDropOffInput = periodInOrder(
  ZAdoptionFilterFields.extend({
    ...definitionFields,
    /** The subjects who completed exactly this many steps (1 … steps − 1). */
    reached: z.number().int().min(1),
    format: z.enum(["page", "csv"]).default("page"),
  }).refine((v) => v.reached < v.steps.length, { message: "Pick a step before the last", path: ["reached"] }),
);
export type TDropOffInput = z.infer<typeof ZDropOffInput>;

const ZStepCounts = z.object({
  count: z.number().int(),
  fromPrevious: z.number().nullable(),
  fromFirst: z.number().nullable(),
  medianMsFromPrevious: z.number().nullable(),
});

export const ZFunnelReport = z.object({
  from: z.string(),
  to: z.string(),
  unit: z.enum(["users", "accounts"]),
  windowHours: z.number().int(),
  steps: z.array(ZStepCounts.extend({ label: z.string() })),
  timeToConvert: z.object({
    medianMs: z.number().nullable(),
    buckets: z.array(z.object({ label: z.string(), count: z.number().int() })),
  }),
  /** Per breakdown group (largest first, MAX_GROUPS and "Other"): its step counts. */
  groups: z.array(z.object({ group: z.string(), steps: z.array(ZStepCounts) })),
});
export type TFunnelReport = z.infer<typeof ZFunnelReport>;

export const ZDropOff = z.object({
  total: z.number().int(),
  subjects: z.array(z.object({ id: z.string(), externalId: z.string(), name: z.string().nullable() })),
  /** What the dropped users did in the period (calls by event), most first. */
  didInstead: z.array(z.object({ event: z.string(), users: z.number().int(), calls: z.number().int() })),
  csv: z.string().nullable(),
});
export type TDropOff = z.infer<typeof ZDropOff>;

export const ZSaveFunnelInput = z.object({
  id: z.string().min(1).max(100).optional(),
  name: z.string().trim().min(1, "Name the funnel").max(120),
  description: z.string().trim().max(1000).default(""),
  definition: ZFunnelDefinition,
});
export type TSaveFunnelInput = z.infer<typeof ZSaveFunnelInput>;

export const ZSavedFunnel = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  definition: ZFunnelDefinition,
  updatedAt: z.date(),
});
export type TSavedFunnel = z.infer<typeof ZSavedFunnel>;
