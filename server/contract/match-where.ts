import type { WidgetChecklistItem } from "./widget-protocol";

export type Where = NonNullable<WidgetChecklistItem["completionWhere"]>;

// The one implementation of condition matching, shared by the browser runtime and the server
// (server/audience/condition.ts re-exports it next to its zod schema, which the runtime must not
// bundle: zod would triple its size).

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
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  return null;
}

/** equals / in / contains / exists over traits or event properties. Case-insensitive: values
 * typed by people ("Data Engineer") vary in case. */
export function matchesWhere(bag: Record<string, unknown>, c: Where): boolean {
  const raw = readPath(bag, c.key);
  if (c.op === "exists") return raw !== undefined && raw !== null && raw !== "";
  const present = (Array.isArray(raw) ? raw : [raw])
    .map(asText)
    .filter((v): v is string => v !== null)
    .map((v) => v.toLowerCase());
  if (present.length === 0) return false;
  if (c.op === "equals") return present.includes(String(c.value).toLowerCase());
  if (c.op === "in") {
    const wanted = (Array.isArray(c.value) ? c.value : []).map((v) => v.toLowerCase());
    return present.some((v) => wanted.includes(v));
  }
  const needle = String(c.value).toLowerCase();
  return present.some((v) => v.includes(needle));
}
