import { z } from "zod";
import { matchesWhere, readPath } from "../contract/match-where";

// A condition over a flat bag of values (traits, event properties). Shared by personas,
// features' property filters, checklist and survey targeting.
export const ZConditionOp = z.enum(["equals", "in", "contains", "exists"]);

export const ZCondition = z
  .object({
    key: z.string().trim().min(1, "Name the trait or property").max(100),
    op: ZConditionOp,
    value: z.union([z.string().max(500), z.array(z.string().max(500)).max(100)]).optional(),
  })
  .superRefine((c, ctx) => {
    if (c.op === "exists") return;
    if (c.op === "in" && !Array.isArray(c.value))
      ctx.addIssue({ code: "custom", message: "'in' needs a list of values", path: ["value"] });
    if (c.op !== "in" && typeof c.value !== "string")
      ctx.addIssue({ code: "custom", message: `'${c.op}' needs one value`, path: ["value"] });
  });

export type Condition = z.infer<typeof ZCondition>;

export { readPath };

export function matchesCondition(bag: Record<string, unknown>, c: Condition): boolean {
  return matchesWhere(bag, c);
}

export function matchesAll(bag: Record<string, unknown>, conditions: readonly Condition[]): boolean {
  return conditions.every((c) => matchesCondition(bag, c));
}
