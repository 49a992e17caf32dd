import { z } from "zod";

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
    if (c.op === "in" && !Array.isArray(c.value)) ctx.addIssue({ code: "custom", message: "'in' needs a list of values", path: ["value"] });
    if (c.op !== "in" && typeof c.value !== "string") ctx.addIssue({ code: "custom", message: `'${c.op}' needs one value`, path: ["value"] });
  });

export type Condition = z.infer<typeof ZCondition>;

/** Reads `a.b.c` paths so nested traits (`company.plan`) can be targeted. */
export function readPath(bag: Record<string, unknown>, key: string): unknown {
  if (key in bag) return bag[key];
  let cur: unknown = bag;
  for (const part of key.split(".")) {
    if (cur === null || typeof cur !== "object") return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur;
}

function asText(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  return null;
}

/** Comparisons are case-insensitive: trait values typed by people ("Data Engineer") vary in case. */
export function matchesCondition(bag: Record<string, unknown>, c: Condition): boolean {
  const raw = readPath(bag, c.key);
  if (c.op === "exists") return raw !== undefined && raw !== null && raw !== "";
  const values = Array.isArray(raw) ? raw.map(asText) : [asText(raw)];
  const present = values.filter((v): v is string => v !== null).map((v) => v.toLowerCase());
  if (present.length === 0) return false;
  if (c.op === "equals") return present.includes(String(c.value).toLowerCase());
  if (c.op === "in") {
    const wanted = (c.value as string[]).map((v) => v.toLowerCase());
    return present.some((v) => wanted.includes(v));
  }
  const needle = String(c.value).toLowerCase();
  return present.some((v) => v.includes(needle));
}

export function matchesAll(bag: Record<string, unknown>, conditions: readonly Condition[]): boolean {
  return conditions.every((c) => matchesCondition(bag, c));
}
