// Rows for the feedback inbox's tests, inserted directly: end users and accounts with traits,
// survey answers, and feedback whose searchText is built by the service every writer uses.
import type { Db } from "../../../server/db";
import { rebuildSearchText } from "../../../server/feedback/rebuild-search-text";
import type { FeedbackSource, FeedbackStatus } from "../../../server/feedback/schemas";
import { defaultTexts } from "../../../server/surveys/texts";
import { unique } from "../../factories";

type Bag = Record<string, unknown>;

const DAY = 86_400_000;

export async function insertAccount(
  db: Db,
  workspaceId: string,
  opts: { externalId?: string; name?: string | null; traits?: Bag } = {},
) {
  const now = new Date();
  return db.account.create({
    data: {
      workspaceId,
      externalId: opts.externalId ?? `acct-${unique()}`,
      name: opts.name ?? null,
      traits: (opts.traits ?? {}) as object,
      firstSeenAt: now,
      lastSeenAt: now,
    },
    select: { id: true, externalId: true, name: true },
  });
}

export async function insertEndUser(
  db: Db,
  workspaceId: string,
  opts: {
    externalId?: string;
    traits?: Bag;
    accountId?: string | null;
    personaId?: string | null;
    locale?: string | null;
  } = {},
) {
  const now = new Date();
  const day = Math.floor(now.getTime() / DAY);
  return db.endUser.create({
    data: {
      workspaceId,
      externalId: opts.externalId ?? `user-${unique()}`,
      traits: (opts.traits ?? {}) as object,
      accountId: opts.accountId ?? null,
      personaId: opts.personaId ?? null,
      locale: opts.locale ?? null,
      firstSeenAt: now,
      lastSeenAt: now,
      firstSeenDay: day,
      lastSeenDay: day,
    },
    select: { id: true, externalId: true, accountId: true, personaId: true },
  });
}

export async function insertSurveyRow(db: Db, workspaceId: string, kind: "nps" | "csat" | "ces" | "open" = "nps") {
  return db.survey.create({
    data: {
      workspaceId,
      name: `${kind.toUpperCase()} ${unique()}`,
      kind,
      status: "active",
      texts: defaultTexts(kind) as object,
      targeting: {},
      trigger: { type: "page_load" },
    },
    select: { id: true, name: true, kind: true },
  });
}

/** A display and its answer. */
export async function insertResponse(
  db: Db,
  workspaceId: string,
  opts: {
    surveyId: string;
    endUserId: string;
    accountId?: string | null;
    score: number | null;
    comment?: string | null;
    at?: Date;
  },
) {
  const at = opts.at ?? new Date();
  const display = await db.surveyDisplay.create({
    data: {
      workspaceId,
      surveyId: opts.surveyId,
      endUserId: opts.endUserId,
      accountId: opts.accountId ?? null,
      shownAt: at,
    },
    select: { id: true },
  });
  return db.surveyResponse.create({
    data: {
      workspaceId,
      surveyId: opts.surveyId,
      displayId: display.id,
      endUserId: opts.endUserId,
      accountId: opts.accountId ?? null,
      score: opts.score,
      comment: opts.comment ?? null,
      locale: "en",
      createdAt: at,
    },
    select: { id: true },
  });
}

export type FeedbackRowInput = {
  text?: string;
  source?: FeedbackSource;
  status?: FeedbackStatus;
  category?: string | null;
  endUserId?: string | null;
  accountId?: string | null;
  personaId?: string | null;
  surveyResponseId?: string | null;
  assigneeId?: string | null;
  roadmapItemId?: string | null;
  duplicateOfId?: string | null;
  pageUrl?: string | null;
  createdAt?: Date;
  tags?: string[];
};

export async function insertFeedback(db: Db, workspaceId: string, input: FeedbackRowInput = {}) {
  const row = await db.feedback.create({
    data: {
      workspaceId,
      source: input.source ?? "widget",
      status: input.status ?? "new",
      text: input.text ?? `Feedback ${unique()}`,
      category: input.category ?? null,
      endUserId: input.endUserId ?? null,
      accountId: input.accountId ?? null,
      personaId: input.personaId ?? null,
      surveyResponseId: input.surveyResponseId ?? null,
      assigneeId: input.assigneeId ?? null,
      roadmapItemId: input.roadmapItemId ?? null,
      duplicateOfId: input.duplicateOfId ?? null,
      pageUrl: input.pageUrl ?? null,
      createdAt: input.createdAt ?? new Date(),
      tags: { create: (input.tags ?? []).map((name) => ({ workspaceId, name })) },
    },
    select: { id: true },
  });
  await rebuildSearchText(db, workspaceId, [row.id]);
  return row;
}

export async function insertRoadmapItem(
  db: Db,
  workspaceId: string,
  opts: { title?: string; status?: "considering" | "planned" | "in_progress" | "shipped"; isPublic?: boolean } = {},
) {
  return db.roadmapItem.create({
    data: {
      workspaceId,
      title: opts.title ?? `Item ${unique()}`,
      status: opts.status ?? "considering",
      isPublic: opts.isPublic ?? true,
    },
    select: { id: true, title: true },
  });
}

/** Minutes before now, so a test's rows have a known order. */
export const minutesAgo = (n: number) => new Date(Date.now() - n * 60_000);
