import type { WidgetChecklist, WidgetState } from "../contract/widget-protocol";
import type { Db } from "../db";
import type { SqlDialect } from "../sql/dialect";
import { exposureGroup } from "../audience/holdout";
import { CHECKLIST_ITEM_SELECT, readItem } from "./checklist-rows";
import { localizeChecklist } from "./localize";
import { resolveLocale, userTraitsAndLocale } from "../audience/locale";
import { computeProgress, subjectKeysOf } from "./progress";
import { recordExposures, type Exposure } from "./progress-sql";
import { roleQuestionFor } from "./ask-role";
import { readRoleQuestion } from "./role-question";
import { ZChecklistTranslations } from "./schemas";
import { isTargeted, readTargeting } from "../audience/targeting";
import { localizeFeedbackButton, readFeedbackButton } from "../feedback/button-config";
import { activeSurveyEvents } from "../surveys/survey-events";

/** How long the widget waits before asking again: completions recorded by ingest (from the host's
 * server-side events, or another device) show up within this. */
export const POLL_AFTER_MS = 10_000;
/** A user not stored yet is usually one whose first identify is still in flight: ask again soon. */
export const UNKNOWN_USER_POLL_AFTER_MS = 3_000;

const STATE_CHECKLIST_SELECT = {
  id: true,
  title: true,
  description: true,
  targeting: true,
  holdoutPercent: true,
  translations: true,
  items: {
    select: CHECKLIST_ITEM_SELECT,
    orderBy: { position: "asc" },
  },
} as const;

export type WidgetStateArgs = {
  db: Db;
  dialect: SqlDialect;
  workspaceId: string;
  /** The host's user id (EndUser.externalId). */
  userId: string;
  /** The widget's ?locale=. */
  locale?: string;
  acceptLanguage?: string | null;
  now?: Date;
};

/**
 * What the widget shows one user: the live checklists targeted at them, localized, with each
 * item's done state, minus those whose holdout group they fall in; and the role question when
 * it applies. The first fetch records the user's exposure group per targeted checklist
 * (ChecklistProgress), which reports compare. Five queries, plus one write on a first fetch.
 */
export async function getWidgetState(args: WidgetStateArgs): Promise<WidgetState> {
  const { db, workspaceId } = args;
  const now = args.now ?? new Date();
  const [user, workspace, rows, surveyEvents] = await Promise.all([
    db.endUser.findUnique({
      where: { workspaceId_externalId: { workspaceId, externalId: args.userId } },
      select: {
        id: true,
        traits: true,
        accountId: true,
        personaId: true,
        locale: true,
        persona: { select: { name: true } },
      },
    }),
    db.workspace.findUnique({ where: { id: workspaceId }, select: { roleQuestion: true, feedbackButton: true } }),
    db.checklist.findMany({
      where: { workspaceId, status: "live" },
      select: STATE_CHECKLIST_SELECT,
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    }),
    activeSurveyEvents(db, workspaceId, now),
  ]);
  const feedbackConfig = readFeedbackButton(workspace?.feedbackButton);

  if (!user) {
    // Nothing is created for an id we have not seen: the user appears with their first identify.
    const locale = resolveLocale({ requested: args.locale, acceptLanguage: args.acceptLanguage });
    return {
      user: { userId: args.userId, persona: null, locale },
      checklists: [],
      roleQuestion: null,
      pollAfterMs: UNKNOWN_USER_POLL_AFTER_MS,
      // The button works before the first identify is stored: feedback creates the user.
      feedback: localizeFeedbackButton(feedbackConfig, locale),
      surveyEvents,
    };
  }

  const { traits, locale } = userTraitsAndLocale(user, args);
  const subject = { endUserId: user.id, accountId: user.accountId };
  const targeted = rows
    .map((r) => {
      const translations = ZChecklistTranslations.safeParse(r.translations ?? {});
      return {
        ...r,
        targeting: readTargeting(r.targeting),
        translations: translations.success ? translations.data : {},
        items: r.items.map(readItem),
      };
    })
    // A checklist without items (possible only outside the editor) would be an empty panel.
    .filter((c) => c.items.length > 0 && isTargeted({ personaId: user.personaId, traits }, c.targeting));

  const checklists: WidgetChecklist[] = [];
  if (targeted.length > 0) {
    const itemIds = targeted.flatMap((c) => c.items.map((i) => i.id));
    const [progressRows, completions] = await Promise.all([
      db.checklistProgress.findMany({
        where: { workspaceId, endUserId: user.id, checklistId: { in: targeted.map((c) => c.id) } },
        select: { checklistId: true, group: true, dismissedAt: true, completedAt: true },
      }),
      db.checklistItemCompletion.findMany({
        where: { workspaceId, checklistItemId: { in: itemIds }, subjectKey: { in: subjectKeysOf(subject) } },
        select: { checklistItemId: true, subjectKey: true, completedAt: true },
      }),
    ]);
    const rowOf = new Map(progressRows.map((r) => [r.checklistId, r]));
    const firstExposures: Exposure[] = [];
    const nowComplete: { checklistId: string; completedAt: Date }[] = [];
    for (const c of targeted) {
      const row = rowOf.get(c.id);
      // The stored group wins over the hash: a holdout % changed later must not move users.
      const group = row?.group ?? exposureGroup(c.id, user.id, c.holdoutPercent);
      const progress = computeProgress(c.items, completions, subject);
      if (!row) firstExposures.push({ checklistId: c.id, group, completedAt: progress.completedAt });
      else if (progress.completedAt && !row.completedAt)
        nowComplete.push({ checklistId: c.id, completedAt: progress.completedAt });
      if (group === "holdout") continue;
      checklists.push(localizeChecklist(c, locale, progress, Boolean(row?.dismissedAt)));
    }
    await recordExposures(db, args.dialect, workspaceId, user.id, firstExposures, now);
    // Completed by an edit of the checklist (an item removed) rather than by an event: rare.
    for (const c of nowComplete) {
      await db.checklistProgress.updateMany({
        where: { workspaceId, checklistId: c.checklistId, endUserId: user.id, completedAt: null },
        data: { completedAt: c.completedAt },
      });
    }
  }

  return {
    user: { userId: args.userId, persona: user.persona?.name ?? null, locale },
    checklists,
    roleQuestion: roleQuestionFor(readRoleQuestion(workspace?.roleQuestion), traits, locale),
    pollAfterMs: POLL_AFTER_MS,
    feedback: localizeFeedbackButton(feedbackConfig, locale),
    surveyEvents,
  };
}
