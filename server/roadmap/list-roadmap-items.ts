import type { Db } from "../db";
import { normalizeForSearch, searchTerms } from "../feedback/search-text";
import { ROADMAP_ITEM_SELECT, toRoadmapItemOut } from "./roadmap-rows";
import type { RoadmapItemOut, TListRoadmapInput } from "./schemas";

// A workspace's roadmap holds tens to a few thousand items, so the title search runs here, with
// the inbox's normalization (accents and case ignored on both databases), over id + title only.
const MAX_SCANNED = 5000;

/** Items whose title holds every word of `q` (all items without one), newest first. */
export async function listRoadmapItems(args: {
  db: Db;
  workspaceId: string;
  input: TListRoadmapInput;
}): Promise<RoadmapItemOut[]> {
  const { db, workspaceId, input } = args;
  const terms = searchTerms(input.q ?? "");
  const order = [{ createdAt: "desc" as const }, { id: "desc" as const }];
  let ids: string[] | undefined;
  if (terms.length > 0) {
    const titles = await db.roadmapItem.findMany({
      where: { workspaceId },
      select: { id: true, title: true },
      orderBy: order,
      take: MAX_SCANNED,
    });
    ids = titles
      .filter((t) => {
        const title = normalizeForSearch(t.title);
        return terms.every((term) => title.includes(term));
      })
      .slice(0, input.limit)
      .map((t) => t.id);
  }
  const rows = await db.roadmapItem.findMany({
    where: { workspaceId, ...(ids ? { id: { in: ids } } : {}) },
    select: ROADMAP_ITEM_SELECT,
    orderBy: order,
    take: input.limit,
  });
  return rows.map(toRoadmapItemOut);
}
