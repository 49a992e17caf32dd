import type { Db } from "../db";

const MAX_TAGS = 500;

/** Every tag in use with how many pieces of feedback carry it, most used first. */
export async function listFeedbackTags(args: { db: Db; workspaceId: string }) {
  const groups = await args.db.feedbackTag.groupBy({
    by: ["name"],
    where: { workspaceId: args.workspaceId },
    _count: { _all: true },
  });
  const tags = groups
    .map((g) => ({ name: g.name, count: g._count._all }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name))
    .slice(0, MAX_TAGS);
  return { tags };
}
