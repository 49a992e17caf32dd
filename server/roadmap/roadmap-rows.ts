import type { RoadmapItemOut } from "./schemas";

export const ROADMAP_ITEM_SELECT = {
  id: true,
  title: true,
  description: true,
  status: true,
  isPublic: true,
  createdAt: true,
  _count: { select: { feedback: true } },
} as const;

type RoadmapItemRow = Omit<RoadmapItemOut, "feedbackCount"> & { _count: { feedback: number } };

export function toRoadmapItemOut(row: RoadmapItemRow): RoadmapItemOut {
  const { _count, ...rest } = row;
  return { ...rest, feedbackCount: _count.feedback };
}
