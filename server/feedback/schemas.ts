import { z } from "zod";
import { FEEDBACK_CATEGORIES } from "../contract/widget-protocol";
import { ZRoadmapItemInput, ZRoadmapStatus } from "../roadmap/schemas";

// The feedback inbox: inputs and router outputs. No server imports, so the inbox's forms and
// filter bar validate with the very same schemas.

export const FEEDBACK_STATUSES = ["new", "triaged", "linked", "duplicate", "dismissed"] as const;
export type FeedbackStatus = (typeof FEEDBACK_STATUSES)[number];
export const ZFeedbackStatus = z.enum(FEEDBACK_STATUSES);

/** The statuses setStatus may set; "linked" and "duplicate" come only from their own actions. */
export const SETTABLE_STATUSES = ["new", "triaged", "dismissed"] as const;
export const ZSettableStatus = z.enum(SETTABLE_STATUSES);

export const FEEDBACK_SOURCES = ["widget", "survey", "roadmap_idea", "pm"] as const;
export type FeedbackSource = (typeof FEEDBACK_SOURCES)[number];
export const ZFeedbackSource = z.enum(FEEDBACK_SOURCES);

export const NPS_CATEGORIES = ["promoter", "passive", "detractor"] as const;
export type NpsCategoryFilter = (typeof NPS_CATEGORIES)[number];

export const ZFeedbackCategory = z.enum(FEEDBACK_CATEGORIES);

export const MAX_BULK = 200;
export const MAX_TEXT = 5000;

const ZResourceId = z.string().min(1).max(100);

/** 1–200 feedback ids; repeats are harmless and collapse. */
export const ZFeedbackIds = z
  .array(ZResourceId)
  .min(1, "Pick at least one piece of feedback")
  .max(MAX_BULK, `Pick at most ${MAX_BULK} at once`)
  .transform((ids) => [...new Set(ids)]);

/** Tags are matched exactly, so they are stored trimmed and lower-cased. */
export const ZTagName = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, "A tag needs at least one character")
  .max(40, "Use at most 40 characters per tag");

export const ZTagNames = z
  .array(ZTagName)
  .min(1, "Name at least one tag")
  .max(20, "Use at most 20 tags at once")
  .transform((tags) => [...new Set(tags)]);

// ---------------------------------------------------------------- list filters

/**
 * Every filter is optional and they combine with AND; a multi-valued one (status, source) matches
 * any of its values. `npsCategory`: for a verbatim of an NPS survey, the score of that response;
 * for any other feedback, the author's latest NPS response (whenever given); feedback without
 * either matches no category. `assigneeId: null` means unassigned. `createdFrom` is inclusive,
 * `createdTo` exclusive. `q`: every word must appear in Feedback.searchText (accents and case
 * ignored).
 */
export const ZFeedbackFilters = z.object({
  status: z.array(ZFeedbackStatus).max(FEEDBACK_STATUSES.length).optional(),
  source: z.array(ZFeedbackSource).max(FEEDBACK_SOURCES.length).optional(),
  tag: ZTagName.optional(),
  personaId: ZResourceId.optional(),
  accountId: ZResourceId.optional(),
  plan: z.string().trim().min(1).max(100).optional(),
  npsCategory: z.enum(NPS_CATEGORIES).optional(),
  assigneeId: ZResourceId.nullable().optional(),
  createdFrom: z.date().optional(),
  createdTo: z.date().optional(),
  q: z.string().max(200, "Search with at most 200 characters").optional(),
});
export type TFeedbackFilters = z.infer<typeof ZFeedbackFilters>;

export const ZListFeedbackInput = ZFeedbackFilters.extend({
  cursor: ZResourceId.optional(),
  limit: z.number().int().min(1).max(100).default(50),
}).refine((v) => !v.createdFrom || !v.createdTo || v.createdFrom < v.createdTo, {
  message: "The start date must be before the end date",
  path: ["createdTo"],
});
export type TListFeedbackInput = z.infer<typeof ZListFeedbackInput>;

/** Counts per status under the other filters (the nav badge passes none). */
export const ZFeedbackCountsInput = ZFeedbackFilters.omit({ status: true });

// ---------------------------------------------------------------- triage inputs

export const ZSetStatusInput = z.object({ ids: ZFeedbackIds, status: ZSettableStatus });
export const ZTagsInput = z.object({ ids: ZFeedbackIds, tags: ZTagNames });
export const ZAssignInput = z.object({ ids: ZFeedbackIds, assigneeId: ZResourceId.nullable() });
export const ZMarkDuplicateInput = z.object({ id: ZResourceId, duplicateOfId: ZResourceId });
export const ZLinkRoadmapInput = z.object({ ids: ZFeedbackIds, roadmapItemId: ZResourceId });

export const ZCreateRoadmapItemFromFeedbackInput = z.object({ ids: ZFeedbackIds, item: ZRoadmapItemInput });

const orNull = (v: string | null | undefined) => (v === undefined || v === null || v.trim() === "" ? null : v.trim());

/** A PM writes down what a customer said (a call, an email, a support ticket). */
export const ZCreateFeedbackInput = z.object({
  text: z.string().trim().min(1, "Write what the customer said").max(MAX_TEXT, `Use at most ${MAX_TEXT} characters`),
  /** The customer's user id in your product (as sent to identify); must have been seen. */
  userExternalId: z.string().max(200).nullish().transform(orNull),
  /** The customer's account id in your product (as sent to group); defaults to the user's. */
  accountExternalId: z.string().max(200).nullish().transform(orNull),
  category: ZFeedbackCategory.nullish().transform((v) => v ?? null),
  tags: z
    .array(ZTagName)
    .max(20, "Use at most 20 tags")
    .default([])
    .transform((tags) => [...new Set(tags)]),
});
export type TCreateFeedbackInput = z.infer<typeof ZCreateFeedbackInput>;
export type TCreateFeedbackFormInput = z.input<typeof ZCreateFeedbackInput>;

// ---------------------------------------------------------------- outputs

export const ZFeedbackRow = z.object({
  id: z.string(),
  text: z.string(),
  category: z.string().nullable(),
  source: ZFeedbackSource,
  status: ZFeedbackStatus,
  tags: z.array(z.string()),
  assignee: z.object({ id: z.string(), name: z.string(), email: z.string() }).nullable(),
  /** The end user who sent it (or on whose behalf a PM added it); name and email from their traits. */
  author: z
    .object({ id: z.string(), externalId: z.string(), name: z.string().nullable(), email: z.string().nullable() })
    .nullable(),
  account: z
    .object({ id: z.string(), externalId: z.string(), name: z.string().nullable(), plan: z.string().nullable() })
    .nullable(),
  persona: z.object({ id: z.string(), name: z.string() }).nullable(),
  pageUrl: z.string().nullable(),
  locale: z.string().nullable(),
  /** For survey verbatims: the survey and the score that came with the comment. */
  survey: z
    .object({
      id: z.string(),
      name: z.string(),
      kind: z.enum(["nps", "csat", "ces", "open"]),
      score: z.number().int().nullable(),
    })
    .nullable(),
  /** The score behind the NPS category filter (see ZFeedbackFilters), when there is one. */
  nps: z
    .object({ score: z.number().int(), category: z.enum(NPS_CATEGORIES), fromThisResponse: z.boolean() })
    .nullable(),
  duplicateOf: z.object({ id: z.string(), text: z.string(), status: ZFeedbackStatus }).nullable(),
  duplicatesCount: z.number().int().min(0),
  roadmapItem: z
    .object({ id: z.string(), title: z.string(), status: ZRoadmapStatus, isPublic: z.boolean() })
    .nullable(),
  createdAt: z.date(),
});
export type FeedbackRow = z.infer<typeof ZFeedbackRow>;

export const ZFeedbackListOut = z.object({ items: z.array(ZFeedbackRow), nextCursor: z.string().nullable() });

export const ZFeedbackDetailOut = ZFeedbackRow.extend({
  duplicates: z.array(z.object({ id: z.string(), text: z.string(), createdAt: z.date() })),
});
export type FeedbackDetail = z.infer<typeof ZFeedbackDetailOut>;

const ZCount = z.number().int().min(0);

export const ZFeedbackCountsOut = z.object({
  new: z.number().int().min(0),
  total: z.number().int().min(0),
  byStatus: z.object({ new: ZCount, triaged: ZCount, linked: ZCount, duplicate: ZCount, dismissed: ZCount }),
});
export type FeedbackCounts = z.infer<typeof ZFeedbackCountsOut>;

export const ZIdsOut = z.object({ ids: z.array(z.string()) });

export const ZTagCountsOut = z.object({
  tags: z.array(z.object({ name: z.string(), count: z.number().int().min(0) })),
});

export const ZFacetsOut = z.object({
  /** The values of the account trait `plan` among accounts that sent feedback. */
  plans: z.array(z.string()),
  /** Accounts that sent feedback, most feedback first (at most 200). */
  accounts: z.array(
    z.object({ id: z.string(), externalId: z.string(), name: z.string().nullable(), count: z.number().int().min(0) }),
  ),
});
