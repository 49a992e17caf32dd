// The checklist a report is about, read through the caller's workspace: another tenant's id is
// simply not found.
import type { Db } from "../../db";
import { AppError } from "../../errors";
import type { FunnelItem } from "./funnel";
import type { TReportChecklist } from "./schemas";

export type ReportChecklist = { summary: TReportChecklist; goalEvent: string | null; items: FunnelItem[] };

/** An item's completion rule is `{ event, where? }`; anything else completes on no event. */
export function completionEventOf(completion: unknown): string | null {
  const event = (completion as { event?: unknown } | null)?.event;
  return typeof event === "string" && event.trim() !== "" ? event : null;
}

/** The goal whose conversion measures the checklist's impact: its own goalEvent, else the
 * completion event of its last item (by position), else none. */
export function resolveGoalEvent(
  goalEvent: string | null,
  items: readonly Pick<FunnelItem, "position" | "completionEvent">[],
): { goalEvent: string | null; goalSource: "checklist" | "last_item" | null } {
  if (goalEvent && goalEvent.trim() !== "") return { goalEvent, goalSource: "checklist" };
  const last = [...items].sort((a, b) => b.position - a.position)[0];
  return last?.completionEvent
    ? { goalEvent: last.completionEvent, goalSource: "last_item" }
    : { goalEvent: null, goalSource: null };
}

export async function loadReportChecklist(args: {
  db: Db;
  workspaceId: string;
  checklistId: string;
}): Promise<ReportChecklist> {
  const found = await args.db.checklist.findFirst({
    where: { id: args.checklistId, workspaceId: args.workspaceId },
    select: {
      id: true,
      title: true,
      status: true,
      holdoutPercent: true,
      goalEvent: true,
      items: {
        where: { workspaceId: args.workspaceId },
        orderBy: { position: "asc" },
        select: { id: true, title: true, position: true, scope: true, completion: true, precursorEvent: true },
      },
    },
  });
  if (!found) throw new AppError("NOT_FOUND", "Checklist not found.");
  return {
    summary: { id: found.id, title: found.title, status: found.status, holdoutPercent: found.holdoutPercent },
    goalEvent: found.goalEvent,
    items: found.items.map((i) => ({
      id: i.id,
      title: i.title,
      position: i.position,
      scope: i.scope,
      completionEvent: completionEventOf(i.completion),
      precursorEvent: i.precursorEvent && i.precursorEvent.trim() !== "" ? i.precursorEvent : null,
    })),
  };
}
