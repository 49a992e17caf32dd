import type { Condition } from "./condition";

// How the dashboard's previews ("as persona …") put targeting into words, for checklists and surveys.

export function describeCondition(c: Condition): string {
  if (c.op === "exists") return `${c.key} is set`;
  if (c.op === "in") return `${c.key} is one of ${(Array.isArray(c.value) ? c.value : [c.value]).join(", ")}`;
  return `${c.key} ${c.op} ${String(c.value ?? "")}`;
}

export type PreviewPersona = { id: string; name: string; rules: Condition[] };

/** Trait values every user of the persona has, read off its rules (equals → the value, in → the
 * first value, contains → the text itself, exists → a placeholder). */
export function typicalTraits(rules: readonly Condition[]): Record<string, unknown> {
  const traits: Record<string, unknown> = {};
  for (const r of rules) {
    if (r.op === "exists") traits[r.key] = "(any value)";
    else if (r.op === "in") traits[r.key] = Array.isArray(r.value) ? r.value[0] : r.value;
    else traits[r.key] = r.value;
  }
  return traits;
}
