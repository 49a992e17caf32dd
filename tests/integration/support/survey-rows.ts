// Survey rows inserted directly, as the runtime endpoints would leave them, for the dashboard's
// survey tests (they must not depend on /api/v1/surveys/next or /api/v1/responses).
import type { Db } from "../../../server/db";
import { defaultTexts } from "../../../server/surveys/texts";
import { unique } from "../../factories";

type Kind = "nps" | "csat" | "ces" | "open";

export async function insertSurvey(
  db: Db,
  workspaceId: string,
  opts: { kind?: Kind; name?: string; status?: "draft" | "active" | "paused" | "ended" } = {},
) {
  const kind = opts.kind ?? "nps";
  return db.survey.create({
    data: {
      workspaceId,
      name: opts.name ?? `Survey ${unique()}`,
      kind,
      status: opts.status ?? "active",
      texts: defaultTexts(kind),
      targeting: {},
      trigger: { type: "page_load" },
    },
    select: { id: true, name: true, kind: true },
  });
}

export async function insertAccount(
  db: Db,
  workspaceId: string,
  opts: { name?: string | null; traits?: Record<string, unknown> } = {},
) {
  const at = new Date("2026-01-01T00:00:00Z");
  return db.account.create({
    data: {
      workspaceId,
      externalId: unique("acct-"),
      name: opts.name === undefined ? `Account ${unique()}` : opts.name,
      traits: (opts.traits ?? {}) as object,
      firstSeenAt: at,
      lastSeenAt: at,
    },
    select: { id: true, externalId: true, name: true },
  });
}

export async function insertEndUser(
  db: Db,
  workspaceId: string,
  opts: {
    externalId?: string;
    accountId?: string | null;
    personaId?: string | null;
    traits?: Record<string, unknown>;
    firstSeenAt?: Date;
  } = {},
) {
  const at = opts.firstSeenAt ?? new Date("2026-01-01T00:00:00Z");
  const day = Math.floor(at.getTime() / 86_400_000);
  return db.endUser.create({
    data: {
      workspaceId,
      externalId: opts.externalId ?? unique("user-"),
      traits: (opts.traits ?? {}) as object,
      accountId: opts.accountId ?? null,
      personaId: opts.personaId ?? null,
      firstSeenAt: at,
      lastSeenAt: at,
      firstSeenDay: day,
      lastSeenDay: day,
    },
    select: { id: true, externalId: true, accountId: true, personaId: true },
  });
}

export type InsertedUser = Awaited<ReturnType<typeof insertEndUser>>;

/** A display, dismissed when asked. */
export async function insertDisplay(
  db: Db,
  workspaceId: string,
  surveyId: string,
  user: InsertedUser,
  shownAt: Date,
  opts: { dismissed?: boolean } = {},
) {
  return db.surveyDisplay.create({
    data: {
      workspaceId,
      surveyId,
      endUserId: user.id,
      accountId: user.accountId,
      shownAt,
      dismissedAt: opts.dismissed ? shownAt : null,
    },
    select: { id: true },
  });
}

/** A display one minute before `at` and its response at `at`, with the user's account and persona. */
export async function insertResponse(
  db: Db,
  workspaceId: string,
  surveyId: string,
  user: InsertedUser,
  at: Date,
  opts: { score?: number | null; comment?: string | null; locale?: string } = {},
) {
  const display = await insertDisplay(db, workspaceId, surveyId, user, new Date(at.getTime() - 60_000));
  return db.surveyResponse.create({
    data: {
      workspaceId,
      surveyId,
      displayId: display.id,
      endUserId: user.id,
      accountId: user.accountId,
      personaId: user.personaId,
      score: opts.score === undefined ? null : opts.score,
      comment: opts.comment ?? null,
      locale: opts.locale ?? "en",
      createdAt: at,
    },
    select: { id: true, displayId: true },
  });
}
