// The Adoption reports' shared filter. No server imports: the report pages reuse it.
import { z } from "zod";
import { ZConditionOp } from "../audience/condition";

const ZDay = z.iso.date({ message: "Use a YYYY-MM-DD date" });

/** A trait condition of a report segment, on the user's traits or on their account's. Top-level
 * traits only (the SQL reads one JSON member); matching is case-insensitive, as in targeting. */
export const ZSegmentCondition = z
  .object({
    scope: z.enum(["user", "account"]),
    key: z
      .string()
      .trim()
      .min(1, "Name the trait")
      .max(100)
      .regex(/^[A-Za-z0-9_]+$/, "Segments read top-level traits: letters, digits and _ only"),
    op: ZConditionOp,
    value: z.union([z.string().max(500), z.array(z.string().max(500)).min(1).max(100)]).optional(),
  })
  .superRefine((c, ctx) => {
    if (c.op === "exists") return;
    if (c.op === "in" && !Array.isArray(c.value))
      ctx.addIssue({ code: "custom", message: "'in' needs a list of values", path: ["value"] });
    if (c.op !== "in" && typeof c.value !== "string")
      ctx.addIssue({ code: "custom", message: `'${c.op}' needs one value`, path: ["value"] });
  });
export type SegmentCondition = z.infer<typeof ZSegmentCondition>;

/** Who and when every Adoption report is about: calendar days in the workspace's time zone (both
 * included; default the last 12 weeks), the users of one persona (their current one), of one
 * account, and matching every segment condition. `unit`: count users or accounts where a report
 * offers both. A report's input extends these fields and adds `periodInOrder`. */
export const ZAdoptionFilterFields = z.object({
  from: ZDay.optional(),
  to: ZDay.optional(),
  personaId: z.string().min(1).max(100).optional(),
  accountId: z.string().min(1).max(100).optional(),
  segment: z.array(ZSegmentCondition).max(10, "At most 10 segment conditions").default([]),
  unit: z.enum(["users", "accounts"]).default("users"),
});

/** Refuses a period whose start is after its end (message on `to`). */
export function periodInOrder<S extends z.ZodType<{ from?: string; to?: string }>>(schema: S): S {
  return schema.refine((v) => !v.from || !v.to || v.from <= v.to, {
    message: "The start date must not be after the end date",
    path: ["to"],
  });
}

export const ZAdoptionFilter = periodInOrder(ZAdoptionFilterFields);
export type AdoptionFilter = z.infer<typeof ZAdoptionFilterFields>;
export type AdoptionFilterInput = z.input<typeof ZAdoptionFilterFields>;
