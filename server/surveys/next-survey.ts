import type { SurveyNextResponse } from "../contract/widget-protocol";
import type { Db } from "../db";
import { sql } from "../sql/fragments";
import { asTraits } from "../audience/traits";
import { AppError, isUniqueViolation } from "../errors";
import { userTraitsAndLocale } from "../audience/locale";
import type { Locale } from "../onboarding/schemas";
import { pickSurvey, type PickContext, type SurveyTrigger } from "./eligibility";
import { loadSurveyHistory } from "./survey-history";
import { readSurveyRule, SURVEY_RULE_SELECT, type RuntimeSurvey } from "./survey-rule";
import { toWidgetSurvey } from "./widget-survey";
import { tenantSql } from "../sql/tenant-sql";

export type NextSurveyArgs = {
  db: Db;
  workspaceId: string;
  /** The host's user id (EndUser.externalId). */
  userId: string;
  /** What just happened in the widget. */
  trigger: SurveyTrigger;
  /** The widget's locale (the host page's or browser's language). */
  locale?: string;
  acceptLanguage?: string | null;
  /** The ask's id: a retry carries the same one and gets the same display back. */
  messageId: string;
  now: Date;
};

/**
 * The survey to show one end user now, recorded as a SurveyDisplay before it is returned
 * (docs/decisions/survey-display-at-pick.md), or null. Every rule is server/surveys/eligibility.ts's
 * pickSurvey. Queries: 3 in parallel (the ask's earlier display, the user, the active surveys),
 * the account's traits when a survey targets them, and only when a survey passes the rules that
 * need no history, one transaction that locks the user's row, reads the history (displays,
 * responses, the workspace's recontact window) and inserts the display. A page load with nothing
 * to show: 3 (4 with account targeting); a display: 3 + lock + 3 + insert.
 */
export async function nextSurvey(args: NextSurveyArgs): Promise<SurveyNextResponse> {
  const { db, workspaceId, now } = args;
  const [earlier, user, rows] = await Promise.all([
    db.surveyDisplay.findUnique({
      where: { workspaceId_messageId: { workspaceId, messageId: args.messageId } },
      select: { id: true, surveyId: true, endUserId: true },
    }),
    db.endUser.findUnique({
      where: { workspaceId_externalId: { workspaceId, externalId: args.userId } },
      select: { id: true, personaId: true, traits: true, firstSeenAt: true, locale: true, accountId: true },
    }),
    db.survey.findMany({ where: { workspaceId, status: "active" }, select: SURVEY_RULE_SELECT }),
  ]);
  // Nothing is created for an id we have not seen: a survey waits for the user's first identify.
  if (!user) return { survey: null };

  const { traits, locale } = userTraitsAndLocale(user, args);
  const surveys = rows.map(readSurveyRule).filter((s): s is RuntimeSurvey => s !== null);

  if (earlier) return replay(db, workspaceId, earlier, user.id, surveys, locale, args.messageId);

  const base: PickContext = {
    user: { id: user.id, personaId: user.personaId, traits, firstSeenAt: user.firstSeenAt },
    accountTraits: await accountTraitsFor(db, workspaceId, user.accountId, surveys),
    workspaceRecontactDays: 0,
    trigger: args.trigger,
    now,
    historyBySurvey: {},
    lastAnyDisplayAt: null,
  };
  // History only adds refusals: when nothing is eligible without it, nothing is with it, and the
  // common page load (no survey for this user now) stops here.
  if (pickSurvey(surveys, base).survey === null) return { survey: null };

  try {
    const shown = await db.$transaction(async (tx) => {
      // Lock the user's row first: two asks at once (two tabs) must each see the other's display,
      // or both would pass the recontact windows. (On SQLite the write takes the database lock.)
      await tenantSql(tx, workspaceId).execute(
        sql`UPDATE "EndUser" SET "lastSeenAt" = "lastSeenAt" WHERE "id" = ${user.id} AND "workspaceId" = ${workspaceId}`,
      );
      const history = await loadSurveyHistory(tx, workspaceId, user.id);
      const workspace = await tx.workspace.findUnique({ where: { id: workspaceId }, select: { recontactDays: true } });
      const picked = pickSurvey(surveys, {
        ...base,
        ...history,
        workspaceRecontactDays: workspace?.recontactDays ?? 0,
      }).survey;
      if (!picked) {
        // Refused because a copy of this very ask (a retry racing the original) got the lock
        // first and recorded the display: the copy gets that display back.
        const twin = await tx.surveyDisplay.findUnique({
          where: { workspaceId_messageId: { workspaceId, messageId: args.messageId } },
          select: { id: true, surveyId: true, endUserId: true },
        });
        return twin ? { twin } : null;
      }
      const display = await tx.surveyDisplay.create({
        data: {
          workspaceId,
          surveyId: picked.id,
          endUserId: user.id,
          accountId: user.accountId,
          messageId: args.messageId,
          shownAt: now,
        },
        select: { id: true },
      });
      return { picked, displayId: display.id };
    });
    if (shown?.twin) return replay(db, workspaceId, shown.twin, user.id, surveys, locale, args.messageId);
    return { survey: shown?.picked ? toWidgetSurvey(shown.picked, shown.displayId, locale) : null };
  } catch (error) {
    // The same ask arrived twice at once: the other request recorded the display.
    if (!isUniqueViolation(error)) throw error;
    const other = await db.surveyDisplay.findUnique({
      where: { workspaceId_messageId: { workspaceId, messageId: args.messageId } },
      select: { id: true, surveyId: true, endUserId: true },
    });
    if (!other) throw error;
    return replay(db, workspaceId, other, user.id, surveys, locale, args.messageId);
  }
}

/** The account's traits, read only when a candidate targets account traits (few do): a user
 * without an account fails any account condition, so null stands for both. */
async function accountTraitsFor(
  db: Db,
  workspaceId: string,
  accountId: string | null,
  surveys: RuntimeSurvey[],
): Promise<Record<string, unknown> | null> {
  if (accountId === null || !surveys.some((s) => s.targeting.accountConditions.length > 0)) return null;
  const account = await db.account.findFirst({ where: { id: accountId, workspaceId }, select: { traits: true } });
  return account ? asTraits(account.traits) : null;
}

/** A retried ask: the display it recorded, even if the rules would refuse a new one now. */
async function replay(
  db: Db,
  workspaceId: string,
  display: { id: string; surveyId: string; endUserId: string },
  endUserId: string,
  active: RuntimeSurvey[],
  locale: Locale,
  messageId: string,
): Promise<SurveyNextResponse> {
  if (display.endUserId !== endUserId) {
    throw new AppError(
      "CONFLICT",
      `messageId "${messageId}" was already used to ask for another user's survey; send a new messageId with each ask.`,
    );
  }
  const survey =
    active.find((s) => s.id === display.surveyId) ??
    (await db.survey.findFirst({
      where: { id: display.surveyId, workspaceId },
      select: { id: true, kind: true, texts: true },
    }));
  return { survey: survey ? toWidgetSurvey(survey, display.id, locale) : null };
}
