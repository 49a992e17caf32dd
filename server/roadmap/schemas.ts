import { z } from "zod";

// The roadmap as the feedback inbox needs it: items to link feedback to, and new ones made from
// feedback. No server imports (the inbox's dialogs validate with these).

export const ROADMAP_STATUSES = ["considering", "planned", "in_progress", "shipped", "closed"] as const;
export const ZRoadmapStatus = z.enum(ROADMAP_STATUSES);
export type RoadmapStatus = z.infer<typeof ZRoadmapStatus>;

export const ZRoadmapItemInput = z.object({
  title: z.string().trim().min(1, "Give the item a title").max(200, "Use at most 200 characters"),
  description: z.string().trim().max(5000, "Use at most 5000 characters").default(""),
  status: ZRoadmapStatus.default("considering"),
  /** Shown on the public roadmap (where users vote) or kept internal. */
  isPublic: z.boolean().default(true),
});
export type TRoadmapItemInput = z.infer<typeof ZRoadmapItemInput>;
export type TRoadmapItemFormInput = z.input<typeof ZRoadmapItemInput>;

/** `q`: every word must appear in the title (accents and case ignored). */
export const ZListRoadmapInput = z.object({
  q: z.string().max(200).optional(),
  limit: z.number().int().min(1).max(100).default(20),
});
export type TListRoadmapInput = z.infer<typeof ZListRoadmapInput>;

export const ZRoadmapItemOut = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  status: ZRoadmapStatus,
  isPublic: z.boolean(),
  /** Feedback linked to it directly (duplicates of that feedback are not counted again). */
  feedbackCount: z.number().int().min(0),
  createdAt: z.date(),
});
export type RoadmapItemOut = z.infer<typeof ZRoadmapItemOut>;

export const ZRoadmapListOut = z.object({ items: z.array(ZRoadmapItemOut) });
