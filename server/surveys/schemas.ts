import { z } from "zod";
import { ZCondition } from "../audience/condition";
import { ZSurveyTexts } from "./texts";

// Surveys in the dashboard: inputs and router outputs. No server imports (texts.ts and the
// condition schema are pure), so the editor validates with the very same schemas. The targeting
// and trigger schemas are also what eligibility.ts reads stored rows with (it re-exports them as
// ZSurveyTargeting / ZSurveyTrigger); they live here because eligibility.ts pulls in node:crypto.

export const SURVEY_KINDS = ["nps", "csat", "ces", "open"] as const;
export const ZSurveyKind = z.enum(SURVEY_KINDS);
export type SurveyKind = z.infer<typeof ZSurveyKind>;

export const SURVEY_STATUSES = ["draft", "active", "paused", "ended"] as const;
export const ZSurveyStatus = z.enum(SURVEY_STATUSES);
export type SurveyStatusValue = z.infer<typeof ZSurveyStatus>;

export const SURVEY_LOCALES = ["en", "fr", "de"] as const;
export const ZSurveyLocale = z.enum(SURVEY_LOCALES);
export type SurveyLocale = z.infer<typeof ZSurveyLocale>;

export const MAX_DAYS = 365;

const ZId = z.string().min(1).max(100);

export const ZSurveyTargetingInput = z.object({
  personaIds: z.array(ZId).max(50, "Pick at most 50 personas").default([]),
  conditions: z.array(ZCondition).max(20, "Use at most 20 user conditions").default([]),
  accountConditions: z.array(ZCondition).max(20, "Use at most 20 account conditions").default([]),
});
export type TSurveyTargetingInput = z.infer<typeof ZSurveyTargetingInput>;

export const ZSurveyTriggerInput = z.discriminatedUnion("type", [
  z.object({ type: z.literal("page_load") }),
  z.object({
    type: z.literal("event"),
    event: z.string().trim().min(1, "Name the event that shows the survey").max(200, "Use at most 200 characters"),
  }),
]);
export type TSurveyTriggerInput = z.infer<typeof ZSurveyTriggerInput>;

const days = (what: string, min: number) =>
  z
    .number({ error: `${what}: enter a number of days` })
    .int(`${what}: use a whole number of days`)
    .min(min, `${what}: use ${min} or more`)
    .max(MAX_DAYS, `${what}: use at most ${MAX_DAYS} days`);

/** What the editor sends to create a survey or replace one's fields (the status is set apart). */
export const ZSurveyInput = z
  .object({
    name: z.string().trim().min(1, "Name the survey").max(120, "Use at most 120 characters"),
    kind: ZSurveyKind,
    /** Omitted: the kind's default wording in en/fr/de (on update: the stored texts, unless the kind changes). */
    texts: ZSurveyTexts.optional(),
    targeting: ZSurveyTargetingInput.default({ personaIds: [], conditions: [], accountConditions: [] }),
    trigger: ZSurveyTriggerInput.default({ type: "page_load" }),
    minDaysSinceFirstSeen: days("Minimum days since first seen", 0).default(0),
    samplingPercent: z
      .number({ error: "Sampling: enter a percentage" })
      .int("Sampling: use a whole percentage")
      .min(1, "Sampling: use at least 1%")
      .max(100, "Sampling: use at most 100%")
      .default(100),
    /** 0 = ask once; N = ask again N days after the user's last answer. */
    recurrenceDays: days("Recurrence", 0).default(0),
    recontactDays: days("Recontact", 0).default(30),
    startsAt: z.date({ error: "Start: use a valid date" }).nullable().default(null),
    endsAt: z.date({ error: "End: use a valid date" }).nullable().default(null),
  })
  .superRefine((input, ctx) => {
    if (input.startsAt && input.endsAt && input.endsAt.getTime() <= input.startsAt.getTime()) {
      ctx.addIssue({ code: "custom", message: "The end must be after the start", path: ["endsAt"] });
    }
    if (new Set(input.targeting.personaIds).size !== input.targeting.personaIds.length) {
      ctx.addIssue({ code: "custom", message: "A persona is picked twice", path: ["targeting", "personaIds"] });
    }
  });
export type TSurveyInput = z.infer<typeof ZSurveyInput>;
/** What a form may send (defaults not applied yet). */
export type TSurveyFormInput = z.input<typeof ZSurveyInput>;

export const ZListSurveysInput = z.object({
  cursor: ZId.optional(),
  limit: z.number().int().min(1).max(100).default(50),
});

export const ZSetSurveyStatusInput = z.object({ id: ZId, status: ZSurveyStatus });

export const ZRecontactInput = z.object({
  recontactDays: days("Recontact window", 0),
});
export const ZRecontactOut = z.object({ recontactDays: z.number().int() });

export const ZPreviewSurveyInput = z.object({
  id: ZId,
  /** null: a user who matches no persona. */
  personaId: ZId.nullable().default(null),
  locale: ZSurveyLocale.default("en"),
  /** The preview user's account plan (account trait "plan"); absent: a user without an account. */
  plan: z.string().trim().max(100).optional(),
});
export type TPreviewSurveyInput = z.infer<typeof ZPreviewSurveyInput>;

// ---------------------------------------------------------------- outputs

export const ZSurveyOut = z.object({
  id: z.string(),
  name: z.string(),
  kind: ZSurveyKind,
  status: ZSurveyStatus,
  texts: ZSurveyTexts,
  targeting: ZSurveyTargetingInput,
  trigger: ZSurveyTriggerInput,
  minDaysSinceFirstSeen: z.number().int(),
  samplingPercent: z.number().int(),
  recurrenceDays: z.number().int(),
  recontactDays: z.number().int(),
  startsAt: z.date().nullable(),
  endsAt: z.date().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
  /** Displays recorded so far: once there is one, the kind is fixed. */
  displays: z.number().int(),
});
export type SurveyOut = z.infer<typeof ZSurveyOut>;

export const ZSurveyHeadline = z.object({
  /** NPS (user NPS), CSAT % or CES mean of the last 30 days; null without answers (and for open). */
  value: z.number().nullable(),
  /** Answers counted (users for NPS). */
  n: z.number().int(),
});

export const ZSurveySummaryOut = z.object({
  id: z.string(),
  name: z.string(),
  kind: ZSurveyKind,
  status: ZSurveyStatus,
  trigger: ZSurveyTriggerInput,
  samplingPercent: z.number().int(),
  startsAt: z.date().nullable(),
  endsAt: z.date().nullable(),
  updatedAt: z.date(),
  targeting: z.object({
    personas: z.array(z.object({ id: z.string(), name: z.string() })),
    /** Persona ids that no longer exist (deleted): they match nobody. */
    missingPersonas: z.number().int(),
    conditions: z.array(ZCondition),
    accountConditions: z.array(ZCondition),
  }),
  /** All time. */
  displays: z.number().int(),
  responses: z.number().int(),
  /** responses / displays, all time; null without displays. */
  responseRate: z.number().nullable(),
  last30Days: ZSurveyHeadline,
});
export type SurveySummaryOut = z.infer<typeof ZSurveySummaryOut>;

export const ZSurveyListOut = z.object({ items: z.array(ZSurveySummaryOut), nextCursor: z.string().nullable() });

export const ZRuleVerdict = z.enum(["yes", "no", "depends"]);
export type RuleVerdict = z.infer<typeof ZRuleVerdict>;

export const PREVIEW_RULES = [
  "status",
  "dates",
  "trigger",
  "targeted",
  "age",
  "sampling",
  "recurrence",
  "survey_recontact",
  "workspace_recontact",
] as const;

export const ZPreviewRule = z.object({
  rule: z.enum(PREVIEW_RULES),
  verdict: ZRuleVerdict,
  /** One plain sentence: "Targeted: yes — persona Data engineer". */
  text: z.string(),
});
export type PreviewRule = z.infer<typeof ZPreviewRule>;

export const ZLocalizedSurveyTexts = z.object({
  question: z.string(),
  lowLabel: z.string(),
  highLabel: z.string(),
  followUp: z.object({ negative: z.string(), neutral: z.string(), positive: z.string() }),
  thankYou: z.string(),
});

export const ZSurveyPreviewOut = z.object({
  survey: z.object({ id: z.string(), name: z.string(), kind: ZSurveyKind, status: ZSurveyStatus }),
  persona: z.object({ id: z.string(), name: z.string() }).nullable(),
  locale: ZSurveyLocale,
  plan: z.string().nullable(),
  /** The scale the card shows; null for an open question. */
  scale: z.object({ min: z.number().int(), max: z.number().int() }).nullable(),
  texts: ZLocalizedSurveyTexts,
  /** yes: a user like this would be asked (when the trigger fires); no: never; depends: on the
   * user's own traits or on the sample. */
  verdict: ZRuleVerdict,
  rules: z.array(ZPreviewRule),
});
export type SurveyPreviewOut = z.infer<typeof ZSurveyPreviewOut>;
