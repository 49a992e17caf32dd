// Inputs and outputs of the survey reports and the CSV export. No server imports: the report
// page reuses them.
import { z } from "zod";

const ZDay = z.iso.date({ message: "Use a YYYY-MM-DD date" });
const ZText = (what: string) =>
  z.string().trim().min(1, `${what} is empty`).max(200, `${what}: use at most 200 characters`);

/**
 * Which responses a report (or the CSV) is about: one survey, calendar days in the workspace's
 * time zone (both included; default the last 12 weeks), and optionally one persona, one plan
 * (the account trait "plan") and one user-trait segment (traitKey = traitValue).
 */
const FILTER_FIELDS = {
  surveyId: z.string().min(1).max(100),
  from: ZDay.optional(),
  to: ZDay.optional(),
  personaId: z.string().min(1).max(100).optional(),
  plan: ZText("Plan").optional(),
  traitKey: ZText("Trait").optional(),
  traitValue: z.string().trim().max(200, "Trait value: use at most 200 characters").optional(),
};

type FilterShape = { from?: string; to?: string; traitKey?: string; traitValue?: string };

function checkFilters<T extends FilterShape>(v: T, ctx: z.RefinementCtx): void {
  if (v.from && v.to && v.from > v.to)
    ctx.addIssue({ code: "custom", message: "The start date must not be after the end date", path: ["to"] });
  if (v.traitValue !== undefined && v.traitKey === undefined)
    ctx.addIssue({ code: "custom", message: "Name the trait the value is for", path: ["traitKey"] });
}

export const ZSurveyReportFilters = z.object(FILTER_FIELDS).superRefine(checkFilters);
export type TSurveyReportFilters = z.infer<typeof ZSurveyReportFilters>;

export const ZSurveyReportInput = z
  .object({
    ...FILTER_FIELDS,
    /** The user trait whose values make the third breakdown (beside persona and plan). */
    breakdownKey: ZText("Breakdown trait").optional(),
  })
  .superRefine(checkFilters);
export type TSurveyReportInput = z.infer<typeof ZSurveyReportInput>;

export const TONES = ["negative", "neutral", "positive"] as const;
export const ZTone = z.enum(TONES);
export type Tone = z.infer<typeof ZTone>;

export const ZVerbatimsInput = z
  .object({
    ...FILTER_FIELDS,
    /** Only comments whose score reads this way (NPS: detractor / passive / promoter). */
    tone: ZTone.optional(),
    offset: z.number().int().min(0).max(1_000_000).default(0),
    limit: z.number().int().min(1).max(200).default(50),
  })
  .superRefine(checkFilters);
export type TVerbatimsInput = z.infer<typeof ZVerbatimsInput>;

const ZKind = z.enum(["nps", "csat", "ces", "open"]);

export const ZReportSurvey = z.object({
  id: z.string(),
  name: z.string(),
  kind: ZKind,
  status: z.enum(["draft", "active", "paused", "ended"]),
});

export const ZReportPeriod = z.object({
  from: z.string(),
  to: z.string(),
  fromDay: z.number().int(),
  toDay: z.number().int(),
  timeZone: z.string(),
});
export type TReportPeriod = z.infer<typeof ZReportPeriod>;

export const ZToneCounts = z.object({
  negative: z.number().int(),
  neutral: z.number().int(),
  positive: z.number().int(),
});

export const ZBreakdownGroup = z.object({
  /** The persona id, the plan or the trait value; null for "none". */
  key: z.string().nullable(),
  label: z.string(),
  /** What the value counts: users for NPS, answers otherwise. */
  n: z.number().int(),
  tones: ZToneCounts,
  /** NPS / CSAT % / CES mean of the group; null for open questions. */
  value: z.number().nullable(),
});
export type TBreakdownGroup = z.infer<typeof ZBreakdownGroup>;

export const ZWeekPoint = z.object({
  week: z.number().int(),
  from: z.string(),
  to: z.string(),
  value: z.number().nullable(),
  n: z.number().int(),
});

export const ZSurveyReport = z.object({
  survey: ZReportSurvey,
  period: ZReportPeriod,
  displays: z.number().int(),
  responses: z.number().int(),
  /** responses / displays; null without displays. */
  responseRate: z.number().nullable(),
  /** Respondents (distinct users). */
  respondents: z.number().int(),
  nps: z
    .object({
      user: z.object({
        nps: z.number().nullable(),
        promoters: z.number().int(),
        passives: z.number().int(),
        detractors: z.number().int(),
        n: z.number().int(),
      }),
      account: z.object({ nps: z.number().nullable(), accounts: z.number().int() }),
    })
    .nullable(),
  csat: z.object({ value: z.number().nullable(), satisfied: z.number().int(), n: z.number().int() }).nullable(),
  ces: z.object({ value: z.number().nullable(), n: z.number().int() }).nullable(),
  weekly: z.array(ZWeekPoint),
  /** Every score of the scale with its count (empty for open questions). */
  distribution: z.array(z.object({ score: z.number().int(), count: z.number().int() })),
  tones: ZToneCounts,
  breakdowns: z.object({
    persona: z.array(ZBreakdownGroup),
    plan: z.array(ZBreakdownGroup),
    trait: z.object({ key: z.string(), groups: z.array(ZBreakdownGroup) }).nullable(),
  }),
  /** User trait keys seen on the respondents, for the segment and breakdown pickers. */
  traitKeys: z.array(z.string()),
  /** Plans seen on the respondents' accounts, for the plan filter. */
  plans: z.array(z.string()),
});
export type TSurveyReport = z.infer<typeof ZSurveyReport>;

export const ZVerbatim = z.object({
  id: z.string(),
  respondedAt: z.date(),
  score: z.number().int().nullable(),
  tone: ZTone.nullable(),
  comment: z.string(),
  user: z.string().nullable(),
  account: z.object({ externalId: z.string(), name: z.string().nullable() }).nullable(),
  persona: z.string().nullable(),
  locale: z.string(),
});
export type TVerbatim = z.infer<typeof ZVerbatim>;

export const ZVerbatimsOut = z.object({
  kind: ZKind,
  total: z.number().int(),
  items: z.array(ZVerbatim),
  nextOffset: z.number().int().nullable(),
});
export type TVerbatimsOut = z.infer<typeof ZVerbatimsOut>;
