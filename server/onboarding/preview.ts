import { matchesCondition } from "../audience/condition";
import { describeCondition, typicalTraits, type PreviewPersona } from "../audience/describe-condition";
import { localizeChecklist, type LocalizableChecklist } from "./localize";
import type { Locale, PreviewOut, Targeting, TargetingVerdict } from "./schemas";

// The dashboard's "preview as persona": pure, so the editor previews unsaved edits in the browser
// and checklist.preview answers for the saved version with the same code.

/**
 * Would a user of this persona (null: a user matching no persona) be targeted? Persona targeting
 * is decided by the persona alone. A segment condition on a trait the persona's rules fix is
 * checked against the persona's typical traits; one on any other trait depends on the user, so
 * the verdict is then "depends" unless something already rules the persona out.
 */
export function evaluateTargeting(
  targeting: Targeting,
  persona: PreviewPersona | null,
  personaNames: ReadonlyMap<string, string>,
): { targeted: TargetingVerdict; reasons: string[] } {
  const reasons: string[] = [];
  let verdict: TargetingVerdict = "yes";
  if (targeting.personaIds.length === 0) {
    reasons.push("Targets every persona.");
  } else {
    const names = targeting.personaIds.map((id) => personaNames.get(id) ?? "(deleted persona)").join(", ");
    if (persona && targeting.personaIds.includes(persona.id)) reasons.push(`Targets ${persona.name}.`);
    else {
      reasons.push(
        `Targets only ${names}${persona ? `, not ${persona.name}` : ", and users without a persona never match"}.`,
      );
      verdict = "no";
    }
  }
  const fixed = new Set((persona?.rules ?? []).map((r) => r.key));
  const traits = typicalTraits(persona?.rules ?? []);
  for (const c of targeting.conditions) {
    if (fixed.has(c.key)) {
      const holds = matchesCondition(traits, c);
      reasons.push(`Segment: ${describeCondition(c)} — ${holds ? "holds" : "fails"} for this persona.`);
      if (!holds) verdict = "no";
    } else {
      reasons.push(`Segment: ${describeCondition(c)} — depends on each user's traits.`);
      if (verdict === "yes") verdict = "depends";
    }
  }
  return { targeted: verdict, reasons };
}

export function buildPreview(args: {
  checklist: LocalizableChecklist & { targeting: Targeting; holdoutPercent: number };
  persona: PreviewPersona | null;
  personaNames: ReadonlyMap<string, string>;
  locale: Locale;
}): PreviewOut {
  const { targeted, reasons } = evaluateTargeting(args.checklist.targeting, args.persona, args.personaNames);
  return {
    persona: args.persona ? { id: args.persona.id, name: args.persona.name } : null,
    locale: args.locale,
    targeted,
    reasons,
    holdoutPercent: args.checklist.holdoutPercent,
    checklist: localizeChecklist(args.checklist, args.locale, null, false),
  };
}
