import { describeCondition } from "@/server/audience/describe-condition";
import type { Condition } from "@/server/audience/condition";

export type TargetingSummaryInput = {
  personas: { name: string }[];
  /** Persona ids the targeting still names but that were deleted since. */
  missingPersonas: number;
  conditions: Condition[];
  /** Conditions on the user's account's traits (surveys). */
  accountConditions?: Condition[];
};

/** One line for a list: "Data engineer or Sales · where plan is pro and account region is EU". */
export function targetingSummary(t: TargetingSummaryInput): string {
  const parts: string[] = [];
  if (t.personas.length > 0 || t.missingPersonas > 0) {
    const names = t.personas.map((p) => p.name);
    if (t.missingPersonas > 0) names.push(`${t.missingPersonas} deleted persona${t.missingPersonas === 1 ? "" : "s"}`);
    parts.push(names.join(" or "));
  } else parts.push("Every persona");
  const conditions = [
    ...t.conditions.map(describeCondition),
    ...(t.accountConditions ?? []).map((c) => `account ${describeCondition(c)}`),
  ];
  if (conditions.length > 0) parts.push(conditions.join(" and "));
  return parts.join(" · where ");
}
