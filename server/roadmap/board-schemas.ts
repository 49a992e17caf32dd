// The roadmap board's inputs and outputs. No server imports: the board page uses them.
import { z } from "zod";

export const ROADMAP_CATEGORIES = ["considering", "planned", "in_progress", "shipped", "closed"] as const;
export const ZRoadmapCategory = z.enum(ROADMAP_CATEGORIES);
export type RoadmapCategory = z.infer<typeof ZRoadmapCategory>;

/** The built-in statuses: one per category. */
export const BUILT_IN_STATUSES: Record<RoadmapCategory, { name: string; color: string; isPublic: boolean }> = {
  considering: { name: "Considering", color: "#78716c", isPublic: true },
  planned: { name: "Planned", color: "#2563eb", isPublic: true },
  in_progress: { name: "In progress", color: "#d97706", isPublic: true },
  shipped: { name: "Shipped", color: "#15803d", isPublic: true },
  closed: { name: "Closed", color: "#b91c1c", isPublic: false },
};

export const ZStatusInput = z.object({
  name: z.string().trim().min(1, "Name the status").max(40, "Use at most 40 characters"),
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/, "Use a color like #2563eb"),
  category: ZRoadmapCategory,
  isPublic: z.boolean().default(true),
});
export type TStatusInput = z.infer<typeof ZStatusInput>;

/** A board column: a built-in status (id null) or a custom one. */
export const ZBoardStatus = z.object({
  id: z.string().nullable(),
  name: z.string(),
  color: z.string(),
  category: ZRoadmapCategory,
  isPublic: z.boolean(),
});
export type TBoardStatus = z.infer<typeof ZBoardStatus>;

export const BOARD_SORTS = ["position", "votes", "trending", "newest", "feedback", "demand"] as const;

export const ZBoardInput = z.object({
  sort: z.enum(BOARD_SORTS).default("position"),
  /** The account trait summed over voters' and feedback authors' accounts for "demand". */
  demandTrait: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .regex(/^[A-Za-z0-9_]+$/, "A top-level trait: letters, digits and _")
    .default("mrr"),
  tag: z.string().trim().max(40).optional(),
});
export type TBoardInput = z.infer<typeof ZBoardInput>;

export const ZBoardItem = z.object({
  id: z.string(),
  title: z.string(),
  category: ZRoadmapCategory,
  customStatusId: z.string().nullable(),
  isPublic: z.boolean(),
  tags: z.array(z.string()),
  eta: z.string().nullable(),
  owner: z.object({ id: z.string(), name: z.string() }).nullable(),
  position: z.number(),
  votes: z.number().int(),
  feedback: z.number().int(),
  comments: z.number().int(),
  trending: z.number(),
  /** Distinct end users among voters and feedback authors, their accounts, and the sum of the
   * demand trait over those accounts. */
  demand: z.object({ users: z.number().int(), accounts: z.number().int(), traitSum: z.number() }),
  createdAt: z.date(),
});
export type TBoardItem = z.infer<typeof ZBoardItem>;

export const ZBoard = z.object({ statuses: z.array(ZBoardStatus), items: z.array(ZBoardItem) });
export type TBoard = z.infer<typeof ZBoard>;

const ZEta = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2]|Q[1-4])$/, "Use a month (2027-03) or a quarter (2027-Q2)")
  .nullable();

export const ZUpdateItemInput = z.object({
  id: z.string().min(1).max(100),
  title: z.string().trim().min(1, "Give the item a title").max(200).optional(),
  description: z.string().trim().max(5000, "Use at most 5000 characters").optional(),
  isPublic: z.boolean().optional(),
  tags: z
    .array(z.string().trim().min(1).max(40, "A tag has at most 40 characters"))
    .max(10, "At most 10 tags")
    .optional(),
  eta: ZEta.optional(),
  ownerId: z.string().min(1).max(100).nullable().optional(),
});
export type TUpdateItemInput = z.infer<typeof ZUpdateItemInput>;

/** Moves an item to a status (a category, and a custom status of it or none) and a place in the
 * column (`position`: the board sends a number between its new neighbours'). */
export const ZMoveItemInput = z.object({
  id: z.string().min(1).max(100),
  category: ZRoadmapCategory,
  customStatusId: z.string().min(1).max(100).nullable().default(null),
  position: z.number().finite().optional(),
});
export type TMoveItemInput = z.infer<typeof ZMoveItemInput>;

export const ZMergeInput = z
  .object({ sourceId: z.string().min(1).max(100), targetId: z.string().min(1).max(100) })
  .refine((v) => v.sourceId !== v.targetId, { message: "Merge into another item", path: ["targetId"] });

export const ZMergeOut = z.object({
  mergeId: z.string(),
  movedVotes: z.number().int(),
  droppedVotes: z.number().int(),
  movedFeedback: z.number().int(),
  movedComments: z.number().int(),
  targetVotes: z.number().int(),
});
export type TMergeOut = z.infer<typeof ZMergeOut>;

export const ZItemDetail = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  category: ZRoadmapCategory,
  status: ZBoardStatus,
  isPublic: z.boolean(),
  tags: z.array(z.string()),
  eta: z.string().nullable(),
  owner: z.object({ id: z.string(), name: z.string() }).nullable(),
  /** Set when merged away: the page sends the reader there. */
  mergedInto: z.object({ id: z.string(), title: z.string() }).nullable(),
  shippedAt: z.date().nullable(),
  history: z.array(z.object({ from: z.string().nullable(), to: z.string(), by: z.string().nullable(), at: z.date() })),
  voters: z.array(
    z.object({
      endUserId: z.string().nullable(),
      label: z.string(),
      persona: z.string().nullable(),
      account: z.string().nullable(),
      at: z.date(),
    }),
  ),
  feedback: z.array(z.object({ id: z.string(), text: z.string(), author: z.string().nullable(), at: z.date() })),
  comments: z.array(
    z.object({ id: z.string(), body: z.string(), internal: z.boolean(), author: z.string(), at: z.date() }),
  ),
  /** The latest merge into this item that can still be undone. */
  lastMerge: z.object({ id: z.string(), sourceTitle: z.string(), at: z.date() }).nullable(),
});
export type TItemDetail = z.infer<typeof ZItemDetail>;

export const ZCommentInput = z.object({
  id: z.string().min(1).max(100),
  body: z.string().trim().min(1, "Write something").max(5000, "Use at most 5000 characters"),
  /** An internal note: never shown on the public roadmap. */
  internal: z.boolean().default(false),
});
export type TCommentInput = z.infer<typeof ZCommentInput>;
