// The dashboard's "preview as persona": which rule would let a user like this be asked, in plain
// words. Pure; preview-survey.ts loads the rows.
import { describeCondition, typicalTraits, type PreviewPersona } from "../audience/describe-condition";
import { matchesCondition, type Condition } from "../audience/condition";
import { DAY_MS } from "../calendar/day-number";
import { surveyEligibility, type SurveyRule } from "./eligibility";
import { SCALES } from "./scale";
import type { PreviewRule, RuleVerdict, SurveyLocale, SurveyOut, SurveyPreviewOut } from "./schemas";
import { localizeSurveyTexts } from "./texts";

const day = (d: Date) => d.toISOString().slice(0, 10);
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

function worst(verdicts: readonly RuleVerdict[]): RuleVerdict {
  if (verdicts.includes("no")) return "no";
  if (verdicts.includes("depends")) return "depends";
  return "yes";
}

type Check = { verdict: RuleVerdict; text: string };

/** Persona, user traits and account traits, as far as a persona (and a plan) decide them. A
 * condition on a trait the persona's rules fix is checked on the persona's typical traits; an
 * account condition on "plan" on the chosen plan; any other condition depends on the user. */
function targetingCheck(args: {
  survey: Pick<SurveyOut, "targeting">;
  persona: PreviewPersona | null;
  personaNames: ReadonlyMap<string, string>;
  plan: string | null;
}): Check & { decidable: { conditions: Condition[]; accountConditions: Condition[] } } {
  const { targeting } = args.survey;
  const parts: Check[] = [];
  if (targeting.personaIds.length === 0) parts.push({ verdict: "yes", text: "every persona" });
  else if (args.persona && targeting.personaIds.includes(args.persona.id))
    parts.push({ verdict: "yes", text: `persona ${args.persona.name}` });
  else {
    const names = targeting.personaIds.map((id) => args.personaNames.get(id) ?? "(deleted persona)").join(", ");
    parts.push({
      verdict: "no",
      text: `targets only ${names}${args.persona ? `, not ${args.persona.name}` : "; users without a persona never match"}`,
    });
  }
  const fixed = new Set((args.persona?.rules ?? []).map((r) => r.key));
  const traits = typicalTraits(args.persona?.rules ?? []);
  const decidable = { conditions: [] as Condition[], accountConditions: [] as Condition[] };
  for (const c of targeting.conditions) {
    if (fixed.has(c.key)) {
      decidable.conditions.push(c);
      const holds = matchesCondition(traits, c);
      parts.push({
        verdict: holds ? "yes" : "no",
        text: `user ${describeCondition(c)} ${holds ? "holds" : "fails"} for this persona`,
      });
    } else parts.push({ verdict: "depends", text: `user ${describeCondition(c)} depends on each user's traits` });
  }
  for (const c of targeting.accountConditions) {
    if (c.key === "plan" && args.plan !== null) {
      decidable.accountConditions.push(c);
      const holds = matchesCondition({ plan: args.plan }, c);
      parts.push({
        verdict: holds ? "yes" : "no",
        text: `account ${describeCondition(c)} ${holds ? "holds" : "fails"} on plan ${args.plan}`,
      });
    } else parts.push({ verdict: "depends", text: `account ${describeCondition(c)} depends on each user's account` });
  }
  const verdict = worst(parts.map((p) => p.verdict));
  return { verdict, text: `Targeted: ${verdict} — ${parts.map((p) => p.text).join("; ")}`, decidable };
}

/**
 * Each eligibility rule (server/surveys/eligibility.ts) for a synthetic user of `persona` who was
 * first seen long enough ago, has never been asked anything, and (with `plan`) belongs to an
 * account on that plan. The overall verdict is surveyEligibility's on what the persona and plan
 * decide (sampling aside): "no" when a rule fails, else "depends" when a rule depends on the user
 * (their other traits, the sample), else "yes".
 */
export function buildSurveyPreview(args: {
  survey: SurveyOut;
  persona: PreviewPersona | null;
  personaNames: ReadonlyMap<string, string>;
  locale: SurveyLocale;
  plan: string | null;
  workspaceRecontactDays: number;
  now: Date;
}): SurveyPreviewOut {
  const { survey, now } = args;
  const rules: PreviewRule[] = [];
  const add = (rule: PreviewRule["rule"], c: Check) => rules.push({ rule, ...c });

  add(
    "status",
    survey.status === "active"
      ? { verdict: "yes", text: "Status: active — asked when the trigger fires" }
      : { verdict: "no", text: `Status: ${survey.status} — nobody is asked until it is active` },
  );
  const t = now.getTime();
  if (survey.startsAt && t < survey.startsAt.getTime())
    add("dates", { verdict: "no", text: `Dates: not started — starts on ${day(survey.startsAt)}` });
  else if (survey.endsAt && t >= survey.endsAt.getTime())
    add("dates", { verdict: "no", text: `Dates: over — ended on ${day(survey.endsAt)}` });
  else {
    const range = [
      survey.startsAt ? `from ${day(survey.startsAt)}` : null,
      survey.endsAt ? `until ${day(survey.endsAt)}` : null,
    ]
      .filter(Boolean)
      .join(" ");
    add("dates", { verdict: "yes", text: range ? `Dates: running ${range}` : "Dates: no start or end date" });
  }
  add("trigger", {
    verdict: "yes",
    text:
      survey.trigger.type === "page_load"
        ? "Trigger: on a page load"
        : `Trigger: when the event "${survey.trigger.event}" is tracked`,
  });
  const targeting = targetingCheck({ survey, persona: args.persona, personaNames: args.personaNames, plan: args.plan });
  add("targeted", targeting);
  add("age", {
    verdict: "yes",
    text:
      survey.minDaysSinceFirstSeen === 0
        ? "Minimum age: none — asked from the first visit"
        : `Minimum age: users first seen at least ${plural(survey.minDaysSinceFirstSeen, "day")} ago (this preview user is)`,
  });
  add(
    "sampling",
    survey.samplingPercent >= 100
      ? { verdict: "yes", text: "Sampling: 100% of users" }
      : { verdict: "depends", text: `Sampling: ${survey.samplingPercent}% of users (always the same ones)` },
  );
  add("recurrence", {
    verdict: "yes",
    text:
      survey.recurrenceDays === 0
        ? "Recurrence: asked once — never again after an answer"
        : `Recurrence: asked again ${plural(survey.recurrenceDays, "day")} after their last answer`,
  });
  add("survey_recontact", {
    verdict: "yes",
    text:
      survey.recontactDays === 0
        ? "This survey: may show again at once after a display"
        : `This survey: not shown again within ${plural(survey.recontactDays, "day")} of its last display`,
  });
  add("workspace_recontact", {
    verdict: "yes",
    text:
      args.workspaceRecontactDays === 0
        ? "Recontact: no wait between surveys (workspace setting)"
        : `Recontact: not within ${plural(args.workspaceRecontactDays, "day")} of any survey (workspace setting)`,
  });

  // The rules engine itself, on what the persona and plan decide.
  const rule: SurveyRule = {
    ...survey,
    samplingPercent: 100,
    targeting: { personaIds: survey.targeting.personaIds, ...targeting.decidable },
  };
  const verdict = surveyEligibility(rule, {
    user: {
      id: "preview-user",
      personaId: args.persona?.id ?? null,
      traits: typicalTraits(args.persona?.rules ?? []),
      firstSeenAt: new Date(t - survey.minDaysSinceFirstSeen * DAY_MS),
    },
    accountTraits: args.plan !== null ? { plan: args.plan } : null,
    history: { lastDisplayAt: null, lastResponseAt: null, lastAnyDisplayAt: null },
    workspaceRecontactDays: args.workspaceRecontactDays,
    trigger: survey.trigger,
    now,
  });
  const scale = survey.kind === "open" ? null : { ...SCALES[survey.kind] };
  return {
    survey: { id: survey.id, name: survey.name, kind: survey.kind, status: survey.status },
    persona: args.persona ? { id: args.persona.id, name: args.persona.name } : null,
    locale: args.locale,
    plan: args.plan,
    scale,
    texts: localizeSurveyTexts(survey.kind, survey.texts, args.locale),
    verdict: verdict.eligible ? worst(rules.map((r) => r.verdict)) : "no",
    rules,
  };
}
