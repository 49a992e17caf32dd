import type { Db } from "../db";
import type { ChecklistSummaryOut } from "./schemas";
import { readTargeting } from "../audience/targeting";
import { newestFirstPage, splitPage } from "../paging/newest-first";

const SUMMARY_SELECT = {
  id: true,
  title: true,
  status: true,
  holdoutPercent: true,
  goalEvent: true,
  updatedAt: true,
  targeting: true,
  _count: { select: { items: true } },
} as const;

/** Newest first, `limit` per page; `nextCursor` is the id the next page starts at. */
export async function listChecklists(args: { db: Db; workspaceId: string; cursor?: string; limit: number }) {
  const { db, workspaceId } = args;
  const rows = await db.checklist.findMany({
    where: { workspaceId },
    ...newestFirstPage(args),
    select: SUMMARY_SELECT,
  });
  const { page, nextCursor } = splitPage(rows, args.limit);
  const ids = page.map((r) => r.id);
  const [personas, groups, completed] = await Promise.all([
    db.persona.findMany({ where: { workspaceId }, select: { id: true, name: true } }),
    db.checklistProgress.groupBy({
      by: ["checklistId", "group"],
      where: { workspaceId, checklistId: { in: ids } },
      _count: { _all: true },
    }),
    db.checklistProgress.groupBy({
      by: ["checklistId"],
      where: { workspaceId, checklistId: { in: ids }, group: "exposed", completedAt: { not: null } },
      _count: { _all: true },
    }),
  ]);
  const nameOf = new Map(personas.map((p) => [p.id, p.name]));
  const count = (id: string, group: "exposed" | "holdout") =>
    groups.find((g) => g.checklistId === id && g.group === group)?._count._all ?? 0;
  const items: ChecklistSummaryOut[] = page.map((r) => {
    const targeting = readTargeting(r.targeting);
    const named = targeting.personaIds.filter((id) => nameOf.has(id));
    return {
      id: r.id,
      title: r.title,
      status: r.status,
      holdoutPercent: r.holdoutPercent,
      goalEvent: r.goalEvent,
      itemsCount: r._count.items,
      updatedAt: r.updatedAt,
      targeting: {
        personas: named.map((id) => ({ id, name: nameOf.get(id)! })),
        missingPersonas: targeting.personaIds.length - named.length,
        conditions: targeting.conditions,
      },
      users: {
        exposed: count(r.id, "exposed"),
        holdout: count(r.id, "holdout"),
        completed: completed.find((c) => c.checklistId === r.id)?._count._all ?? 0,
      },
    };
  });
  return { items, nextCursor };
}
