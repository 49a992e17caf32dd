import { z } from "zod";
import { dialectOf } from "../db";
import { applyChecklistHooks } from "../ingest/stages/checklists";
import { loadChecklistRules } from "../ingest/rules";
import { parseJson } from "../sql/fragments";
import type { JobHandler } from "./handler";

export const BACKFILL_JOB = "checklist.backfill";
/** Events read per transaction: one multi-row insert of at most this many completions. */
const PAGE = 500;

/** Queued by server/onboarding/backfill-completions.ts. */
const ZPayload = z.object({
  checklistId: z.string().min(1),
  /** The items to complete; null: all of the checklist's items. */
  itemIds: z.array(z.string()).nullable(),
  firstDay: z.number().int(),
  lastDay: z.number().int(),
});
/** Every event of days before `day`, and of `day` up to `afterId` (by id), is done. */
const ZCheckpoint = z.object({ day: z.number().int(), afterId: z.string().nullable() });

/** "checklist.backfill": day by day, PAGE events at a time, each page in its own transaction,
 * resumable from the last page done (a page done twice records nothing new). Progress counts days.
 * A checklist no longer live (or deleted) stops it: ingest records nothing for it either. */
export const backfillCompletions: JobHandler = async ({ db, job, checkpoint, saveProgress }) => {
  const workspaceId = job.workspaceId;
  const payload = ZPayload.parse(job.payload);
  const rule = (await loadChecklistRules(db, workspaceId)).find((c) => c.id === payload.checklistId);
  if (!rule) return;
  const wanted = payload.itemIds === null ? null : new Set(payload.itemIds);
  const items = rule.items.filter((i) => wanted === null || wanted.has(i.itemId));
  const names = [...new Set(items.map((i) => i.event))];
  const total = payload.lastDay - payload.firstDay + 1;
  if (items.length === 0 || total <= 0) return saveProgress(Math.max(total, 1), Math.max(total, 1));

  const dialect = dialectOf(db);
  const resumed = ZCheckpoint.safeParse(checkpoint);
  let day = resumed.success ? resumed.data.day : payload.firstDay;
  let afterId = resumed.success ? resumed.data.afterId : null;
  await saveProgress(day - payload.firstDay, total, { day, afterId });
  while (day <= payload.lastDay) {
    const events = await db.event.findMany({
      where: { workspaceId, day, type: "track", name: { in: names }, ...(afterId ? { id: { gt: afterId } } : {}) },
      orderBy: { id: "asc" },
      take: PAGE,
      select: { id: true, name: true, properties: true, endUserId: true, accountId: true, timestamp: true },
    });
    if (events.length > 0) {
      const tracked = events.map((e) => ({
        name: e.name,
        properties: parseJson<Record<string, unknown>>(e.properties, {}),
        endUserId: e.endUserId,
        accountId: e.accountId,
        timestamp: e.timestamp,
      }));
      await db.$transaction((tx) =>
        applyChecklistHooks(tx, dialect, workspaceId, tracked, [{ ...rule, items }], new Date()),
      );
    }
    if (events.length === PAGE) afterId = events[events.length - 1]!.id;
    else {
      day += 1;
      afterId = null;
    }
    await saveProgress(day - payload.firstDay, total, { day, afterId });
  }
};
