import type { Db } from "../db";
import { findEndUser } from "./find-end-user";
import { personFilters } from "./person-keys";
import { EXPORT_FORMAT } from "./schemas";

// The export is one JSON document, written piece by piece: everything but the raw events is read
// first (a user's answers, feedback and votes are few), then the events are read and written a
// page at a time, so a user with 100k events costs one page of memory, not the whole history.

const EVENT_PAGE = 1000;

export type EndUserExportArgs = { db: Db; workspaceId: string; externalId: string };

const EVENT_SELECT = {
  id: true,
  messageId: true,
  type: true,
  name: true,
  accountId: true,
  properties: true,
  context: true,
  timestamp: true,
  originalTimestamp: true,
  receivedAt: true,
} as const;

async function loadRecords(db: Db, workspaceId: string, user: Awaited<ReturnType<typeof findEndUser>>) {
  const endUserId = user.id;
  const where = { workspaceId, endUserId };
  const filters = personFilters(user);
  // One after the other: the page may run them on a pool shared with ingest.
  const account = user.accountId
    ? await db.account.findFirst({
        where: { workspaceId, id: user.accountId },
        select: { externalId: true, name: true, traits: true },
      })
    : null;
  const persona = user.personaId
    ? await db.persona.findFirst({ where: { workspaceId, id: user.personaId }, select: { name: true } })
    : null;
  const progress = await db.checklistProgress.findMany({
    where,
    select: {
      group: true,
      seenAt: true,
      dismissedAt: true,
      completedAt: true,
      createdAt: true,
      checklist: { select: { id: true, title: true } },
    },
    orderBy: { createdAt: "asc" },
  });
  const completions = await db.checklistItemCompletion.findMany({
    where,
    select: {
      subjectKey: true,
      completedAt: true,
      item: { select: { id: true, title: true, scope: true, checklistId: true } },
    },
    orderBy: { completedAt: "asc" },
  });
  const displays = await db.surveyDisplay.findMany({
    where,
    select: { id: true, shownAt: true, dismissedAt: true, survey: { select: { id: true, name: true } } },
    orderBy: { shownAt: "asc" },
  });
  const responses = await db.surveyResponse.findMany({
    where,
    select: {
      id: true,
      displayId: true,
      score: true,
      comment: true,
      locale: true,
      createdAt: true,
      survey: { select: { id: true, name: true, kind: true } },
    },
    orderBy: { createdAt: "asc" },
  });
  const feedback = await db.feedback.findMany({
    where,
    select: {
      id: true,
      source: true,
      text: true,
      category: true,
      status: true,
      pageUrl: true,
      locale: true,
      createdAt: true,
      updatedAt: true,
      tags: { select: { name: true }, orderBy: { name: "asc" } },
      roadmapItem: { select: { id: true, title: true } },
    },
    orderBy: { createdAt: "asc" },
  });
  const votes = await db.vote.findMany({
    where: { workspaceId, ...filters.votes },
    select: { email: true, createdAt: true, roadmapItem: { select: { id: true, title: true } } },
    orderBy: { createdAt: "asc" },
  });
  const notifications = await db.notification.findMany({
    where: { workspaceId, ...filters.notifications },
    select: {
      channel: true,
      kind: true,
      email: true,
      roadmapItemId: true,
      payload: true,
      createdAt: true,
      sentAt: true,
      readAt: true,
    },
    orderBy: { createdAt: "asc" },
  });
  const eventCount = await db.event.count({ where });
  return {
    user: {
      userId: user.externalId,
      traits: user.traits,
      locale: user.locale,
      firstSeenAt: user.firstSeenAt,
      lastSeenAt: user.lastSeenAt,
      account: account ? { accountId: account.externalId, name: account.name, traits: account.traits } : null,
      persona: persona?.name ?? null,
    },
    checklists: {
      progress: progress.map(({ checklist, ...p }) => ({
        checklistId: checklist.id,
        checklist: checklist.title,
        ...p,
      })),
      completions: completions.map((c) => ({
        checklistId: c.item.checklistId,
        itemId: c.item.id,
        item: c.item.title,
        scope: c.item.scope,
        completedAt: c.completedAt,
      })),
    },
    surveys: {
      displays: displays.map(({ survey, ...d }) => ({ surveyId: survey.id, survey: survey.name, ...d })),
      responses: responses.map(({ survey, ...r }) => ({
        surveyId: survey.id,
        survey: survey.name,
        kind: survey.kind,
        ...r,
      })),
    },
    feedback: feedback.map(({ tags, roadmapItem, ...f }) => ({
      ...f,
      tags: tags.map((t) => t.name),
      roadmapItem: roadmapItem ? { id: roadmapItem.id, title: roadmapItem.title } : null,
    })),
    votes: votes.map((v) => ({
      roadmapItemId: v.roadmapItem.id,
      roadmapItem: v.roadmapItem.title,
      email: v.email,
      createdAt: v.createdAt,
    })),
    notifications,
    eventCount,
  };
}

/** The export as JSON text pieces, in document order. Finds the user before yielding anything,
 * so an unknown userId fails (NOT_FOUND) before a reply has started. */
export async function endUserExportChunks(args: EndUserExportArgs & { now?: Date }): Promise<AsyncIterable<string>> {
  const { db, workspaceId } = args;
  const user = await findEndUser(db, workspaceId, args.externalId);
  const { eventCount, ...records } = await loadRecords(db, workspaceId, user);
  const head = {
    format: EXPORT_FORMAT,
    exportedAt: (args.now ?? new Date()).toISOString(),
    workspaceId,
    ...records,
    eventCount,
  };
  async function* chunks(): AsyncGenerator<string> {
    const text = JSON.stringify(head);
    yield `${text.slice(0, -1)},"events":[`;
    let cursor: string | null = null;
    let first = true;
    for (;;) {
      const page: { id: string }[] = await db.event.findMany({
        where: { workspaceId, endUserId: user.id },
        select: EVENT_SELECT,
        orderBy: [{ timestamp: "asc" }, { id: "asc" }],
        take: EVENT_PAGE,
        ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
      });
      if (page.length === 0) break;
      const body = page.map((e) => JSON.stringify(e)).join(",");
      yield first ? body : `,${body}`;
      first = false;
      cursor = page[page.length - 1]!.id;
      if (page.length < EVENT_PAGE) break;
    }
    yield "]}";
  }
  return chunks();
}

/** The export as a byte stream (the REST reply and the dashboard's download). */
export async function endUserExportStream(
  args: EndUserExportArgs & { now?: Date },
): Promise<ReadableStream<Uint8Array>> {
  const iterator = (await endUserExportChunks(args))[Symbol.asyncIterator]();
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await iterator.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}

/** The whole export as one value (tests; small users). Prefer the stream for a reply. */
export async function exportEndUser(args: EndUserExportArgs & { now?: Date }): Promise<Record<string, unknown>> {
  let text = "";
  for await (const chunk of await endUserExportChunks(args)) text += chunk;
  return JSON.parse(text) as Record<string, unknown>;
}
