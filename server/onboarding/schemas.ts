import { z } from "zod";
import { ZCondition } from "../audience/condition";
import { ZTargeting } from "../audience/schemas";

// Checklists and the first-run role question: inputs, stored JSON shapes and router outputs.
// No server imports, so the dashboard's forms validate with the very same schemas.

export const LOCALES = ["en", "fr", "de"] as const;
export type Locale = (typeof LOCALES)[number];
/** English lives in the main fields; these are stored as translations beside them. */
export const TRANSLATED_LOCALES = ["fr", "de"] as const;
export type TranslatedLocale = (typeof TRANSLATED_LOCALES)[number];
export const ZLocale = z.enum(LOCALES);

export const ZChecklistStatus = z.enum(["draft", "live", "archived"]);
export type ChecklistStatus = z.infer<typeof ZChecklistStatus>;
export const ZCompletionScope = z.enum(["user", "account"]);
export type CompletionScope = z.infer<typeof ZCompletionScope>;

export const MAX_ITEMS = 20;
export const MAX_HOLDOUT_PERCENT = 50;

/** Empty text means "none" for optional single-line fields. */
const orNull = (v: string | null | undefined) => (v === undefined || v === null || v.trim() === "" ? null : v.trim());

const ZEventName = z.string().trim().min(1, "Name the event").max(200, "Use at most 200 characters");
const ZOptionalEventName = z.string().max(200, "Use at most 200 characters").nullish().transform(orNull);

/** Links the widget may open: http(s) URLs and paths of the host app. Anything else (javascript:,
 * data:, protocol-relative //host) is refused here, and the widget refuses it again. */
export function isSafeCtaUrl(url: string): boolean {
  if (url.startsWith("/")) return !url.startsWith("//") && !url.startsWith("/\\");
  try {
    const u = new URL(url);
    return (u.protocol === "http:" || u.protocol === "https:") && u.hostname.length > 0;
  } catch {
    return false;
  }
}

const ZCtaUrl = z
  .string()
  .max(2000, "Use at most 2000 characters")
  .nullish()
  .transform(orNull)
  .refine((v) => v === null || isSafeCtaUrl(v), "Use an http(s) URL or a path of your app starting with /");

export const ZCompletionRule = z.object({
  event: ZEventName,
  where: ZCondition.optional(),
});
export type CompletionRule = z.infer<typeof ZCompletionRule>;

const ZItemText = z.object({
  title: z.string().trim().max(120, "Use at most 120 characters").default(""),
  body: z.string().trim().max(2000, "Use at most 2000 characters").default(""),
});
export const ZItemTranslations = z.object({ fr: ZItemText.optional(), de: ZItemText.optional() });
export type ItemTranslations = z.infer<typeof ZItemTranslations>;

const ZChecklistText = z.object({
  title: z.string().trim().max(120, "Use at most 120 characters").default(""),
  description: z.string().trim().max(1000, "Use at most 1000 characters").default(""),
});
export const ZChecklistTranslations = z.object({ fr: ZChecklistText.optional(), de: ZChecklistText.optional() });
export type ChecklistTranslations = z.infer<typeof ZChecklistTranslations>;

export { ZTargeting, type Targeting } from "../audience/schemas";

export const ZChecklistItemInput = z.object({
  /** An existing item's id keeps that item (and its users' completions) through an edit. */
  id: z.string().min(1).max(100).optional(),
  title: z.string().trim().min(1, "Give the item a title").max(120, "Use at most 120 characters"),
  body: z.string().trim().max(2000, "Use at most 2000 characters").default(""),
  ctaUrl: ZCtaUrl,
  completion: ZCompletionRule,
  scope: ZCompletionScope.default("user"),
  /** An event showing the user started the item, for the reports' "where users stall". */
  precursorEvent: ZOptionalEventName,
  translations: ZItemTranslations.default({}),
});
export type TChecklistItemInput = z.infer<typeof ZChecklistItemInput>;

export const DEFAULT_LOOK_BACK_DAYS = 30;
export const MAX_LOOK_BACK_DAYS = 365;

export const ZChecklistInput = z
  .object({
    title: z.string().trim().min(1, "Give the checklist a title").max(120, "Use at most 120 characters"),
    description: z.string().trim().max(1000, "Use at most 1000 characters").default(""),
    targeting: ZTargeting.default({ personaIds: [], conditions: [] }),
    holdoutPercent: z
      .number()
      .int("Use a whole number")
      .min(0, "Use 0 to hold nobody out")
      .max(MAX_HOLDOUT_PERCENT, `Hold out at most ${MAX_HOLDOUT_PERCENT}%`)
      .default(0),
    translations: ZChecklistTranslations.default({}),
    /** The event whose completion rate measures impact; empty: the last item's event. */
    goalEvent: ZOptionalEventName,
    /** Going live (or adding an item while live) completes items from this many days of past events. */
    lookBackDays: z
      .number()
      .int("Use a whole number of days")
      .min(0, "Use 0 to complete items from new events only")
      .max(MAX_LOOK_BACK_DAYS, `Look back at most ${MAX_LOOK_BACK_DAYS} days`)
      .default(DEFAULT_LOOK_BACK_DAYS),
    items: z
      .array(ZChecklistItemInput)
      .min(1, "Add at least one item")
      .max(MAX_ITEMS, `Use at most ${MAX_ITEMS} items`),
  })
  .superRefine((input, ctx) => {
    const seen = new Set<string>();
    input.items.forEach((item, i) => {
      if (!item.id) return;
      if (seen.has(item.id))
        ctx.addIssue({ code: "custom", message: "The same item appears twice", path: ["items", i, "id"] });
      seen.add(item.id);
    });
    if (new Set(input.targeting.personaIds).size !== input.targeting.personaIds.length) {
      ctx.addIssue({ code: "custom", message: "A persona is picked twice", path: ["targeting", "personaIds"] });
    }
  });
export type TChecklistInput = z.infer<typeof ZChecklistInput>;
/** What a form may send (defaults not applied yet). */
export type TChecklistFormInput = z.input<typeof ZChecklistInput>;

export const ZListChecklistsInput = z.object({
  cursor: z.string().min(1).max(100).optional(),
  limit: z.number().int().min(1).max(100).default(50),
});

export const ZPreviewChecklistInput = z.object({
  id: z.string().min(1).max(100),
  /** null: a user who matches no persona. */
  personaId: z.string().min(1).max(100).nullable().default(null),
  locale: ZLocale.default("en"),
});

// ---------------------------------------------------------------- first-run role question

const TRAIT_NAME = /^[A-Za-z0-9_.-]+$/;

const ZLocalizedLine = (what: string, max: number) =>
  z.object({
    en: z.string().trim().min(1, `Write the ${what} in English`).max(max, `Use at most ${max} characters`),
    fr: z.string().trim().max(max, `Use at most ${max} characters`).default(""),
    de: z.string().trim().max(max, `Use at most ${max} characters`).default(""),
  });

export const ZRoleOption = z.object({
  /** Stored as the trait's value; persona rules match on it. */
  value: z.string().trim().min(1, "Give the option a value").max(100, "Use at most 100 characters"),
  label: ZLocalizedLine("label", 80),
});

export const ZRoleQuestion = z
  .object({
    enabled: z.boolean(),
    trait: z
      .string()
      .trim()
      .min(1, "Name the trait the answer sets")
      .max(100, "Use at most 100 characters")
      .regex(TRAIT_NAME, "Use letters, digits, _ . or - only"),
    question: ZLocalizedLine("question", 200),
    options: z.array(ZRoleOption).max(12, "Offer at most 12 options"),
  })
  .superRefine((q, ctx) => {
    if (q.enabled && q.options.length < 2)
      ctx.addIssue({ code: "custom", message: "Offer at least 2 options", path: ["options"] });
    const values = new Set<string>();
    q.options.forEach((o, i) => {
      const key = o.value.toLowerCase();
      if (values.has(key))
        ctx.addIssue({ code: "custom", message: "Two options have the same value", path: ["options", i, "value"] });
      values.add(key);
    });
  });
export type RoleQuestion = z.infer<typeof ZRoleQuestion>;

/** Off until a PM turns it on; the texts are a starting point for the settings form. */
export const DEFAULT_ROLE_QUESTION: RoleQuestion = {
  enabled: false,
  trait: "role",
  question: {
    en: "What best describes your role?",
    fr: "Quel rôle vous décrit le mieux ?",
    de: "Welche Rolle beschreibt Sie am besten?",
  },
  options: [],
};

// ---------------------------------------------------------------- outputs

export const ZChecklistItemOut = z.object({
  id: z.string(),
  position: z.number().int(),
  title: z.string(),
  body: z.string(),
  ctaUrl: z.string().nullable(),
  completion: ZCompletionRule,
  scope: ZCompletionScope,
  precursorEvent: z.string().nullable(),
  translations: ZItemTranslations,
});

export const ZChecklistOut = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  status: ZChecklistStatus,
  targeting: ZTargeting,
  holdoutPercent: z.number().int(),
  translations: ZChecklistTranslations,
  goalEvent: z.string().nullable(),
  lookBackDays: z.number().int(),
  createdAt: z.date(),
  updatedAt: z.date(),
  items: z.array(ZChecklistItemOut),
  /** The job completing items from past events that this save or status change started, if any. */
  backfillJobId: z.string().nullable().optional(),
});
export type ChecklistOut = z.infer<typeof ZChecklistOut>;

export const ZChecklistSummaryOut = z.object({
  id: z.string(),
  title: z.string(),
  status: ZChecklistStatus,
  holdoutPercent: z.number().int(),
  goalEvent: z.string().nullable(),
  itemsCount: z.number().int(),
  updatedAt: z.date(),
  targeting: z.object({
    personas: z.array(z.object({ id: z.string(), name: z.string() })),
    /** Persona ids that no longer exist (the persona was deleted): they match nobody. */
    missingPersonas: z.number().int(),
    conditions: z.array(ZCondition),
  }),
  users: z.object({ exposed: z.number().int(), holdout: z.number().int(), completed: z.number().int() }),
});
export type ChecklistSummaryOut = z.infer<typeof ZChecklistSummaryOut>;

export const ZChecklistListOut = z.object({ items: z.array(ZChecklistSummaryOut), nextCursor: z.string().nullable() });

const ZWhereOut = z.object({
  key: z.string(),
  op: z.enum(["equals", "in", "contains", "exists"]),
  value: z.union([z.string(), z.array(z.string())]).optional(),
});

/** server/contract/widget-protocol.ts's WidgetChecklist, for the preview's output. */
export const ZWidgetChecklistOut = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  dismissed: z.boolean(),
  completed: z.boolean(),
  items: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      body: z.string(),
      ctaUrl: z.string().nullable(),
      completionEvent: z.string(),
      completionWhere: ZWhereOut.nullable(),
      scope: ZCompletionScope,
      done: z.boolean(),
      completedAt: z.string().nullable(),
    }),
  ),
});

export const ZTargetingVerdict = z.enum(["yes", "no", "depends"]);
export type TargetingVerdict = z.infer<typeof ZTargetingVerdict>;

export const ZPreviewOut = z.object({
  persona: z.object({ id: z.string(), name: z.string() }).nullable(),
  locale: ZLocale,
  targeted: ZTargetingVerdict,
  reasons: z.array(z.string()),
  holdoutPercent: z.number().int(),
  checklist: ZWidgetChecklistOut,
});
export type PreviewOut = z.infer<typeof ZPreviewOut>;

// ---------------------------------------------------------------- widget REST

/** GET /api/v1/widget's query (server/contract/widget-protocol.ts WidgetStateQuery + the key). */
export const ZWidgetStateQuery = z.object({
  userId: z
    .string({ error: "userId is required" })
    .trim()
    .min(1, "userId is required")
    .max(200, "userId is longer than 200 characters"),
  locale: z.string().trim().max(35, "locale is longer than 35 characters").optional(),
  /** The host server's signature of userId (docs/decisions/verified-identity.md). */
  userHash: z.string().max(2_000, "userHash is longer than 2,000 characters").optional(),
  writeKey: z.string().max(200).optional(),
});
