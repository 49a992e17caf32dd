import { featureUsers, userDays } from "../analytics/sources";
import { isoOfDay } from "../calendar/day-number";
import { AppError } from "../errors";
import { num, sql } from "../sql/fragments";
import { tenantSql } from "../sql/tenant-sql";
import { activeWindow, featureRulesFor, type PeopleArgs } from "./context";
import { daySeries, textOrNull, traitRows } from "./format";
import { ACTIVITY_DAYS, type TUserDetail } from "./schemas";

const MAX_ROWS = 200;

/** Everything the user page shows of one end user (EndUser.id); another workspace's id is NOT_FOUND. */
export async function getUser(args: PeopleArgs<{ id: string }>): Promise<TUserDetail> {
  const { db, dialect: d, workspace, input } = args;
  const ws = workspace.id;
  const source = args.source ?? "rollups";
  const user = await db.endUser.findFirst({
    where: { id: input.id, workspaceId: ws },
    select: {
      id: true,
      externalId: true,
      traits: true,
      locale: true,
      firstSeenAt: true,
      lastSeenAt: true,
      firstSeenDay: true,
      lastSeenDay: true,
      accountId: true,
      persona: { select: { id: true, name: true } },
      account: { select: { id: true, externalId: true, name: true, traits: true } },
    },
  });
  if (!user) throw new AppError("NOT_FOUND", "No such user in this workspace.");
  const { today, fromDay: activeFrom } = activeWindow(args.now ?? new Date(), workspace.timeZone);
  const chartFrom = today - (ACTIVITY_DAYS - 1);
  const features = await featureRulesFor(db, ws, source);
  const t = tenantSql(db, ws);
  const subjects = [`u:${user.id}`, ...(user.accountId ? [`a:${user.accountId}`] : [])];
  const [days, used, progress, responses, feedback] = await Promise.all([
    t.query<{ day: unknown; count: unknown }[]>(sql`
      SELECT ud."day", CAST(ud."eventCount" AS INTEGER) AS "count" FROM ${userDays(source, ws)} ud
      WHERE ud."workspaceId" = ${ws} AND ud."endUserId" = ${user.id} AND ud."day" BETWEEN ${chartFrom} AND ${today}`),
    t.query<{ featureId: string; name: string; firstDay: unknown; lastDay: unknown; uses: unknown }[]>(sql`
      SELECT x."featureId", f."name", x."firstDay", x."lastDay", CAST(x."uses" AS INTEGER) AS "uses"
      FROM ${featureUsers(source, d, ws, features)} x JOIN "Feature" f ON f."id" = x."featureId" AND f."workspaceId" = ${ws}
      WHERE x."workspaceId" = ${ws} AND x."endUserId" = ${user.id}
      ORDER BY x."firstDay", f."name"`),
    db.checklistProgress.findMany({
      where: { workspaceId: ws, endUserId: user.id },
      orderBy: { createdAt: "desc" },
      take: MAX_ROWS,
      select: {
        checklistId: true,
        group: true,
        seenAt: true,
        completedAt: true,
        dismissedAt: true,
        checklist: {
          select: {
            title: true,
            items: {
              select: { id: true, completions: { where: { subjectKey: { in: subjects } }, select: { id: true } } },
            },
          },
        },
      },
    }),
    db.surveyResponse.findMany({
      where: { workspaceId: ws, endUserId: user.id },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: MAX_ROWS,
      select: {
        id: true,
        surveyId: true,
        score: true,
        comment: true,
        createdAt: true,
        survey: { select: { name: true, kind: true } },
      },
    }),
    db.feedback.findMany({
      where: { workspaceId: ws, endUserId: user.id },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: MAX_ROWS,
      select: { id: true, text: true, status: true, createdAt: true },
    }),
  ]);
  const activity = days.map((r) => ({ day: num(r.day), count: num(r.count) }));
  const traits = user.traits as Record<string, unknown> | null;
  return {
    id: user.id,
    externalId: user.externalId,
    name: textOrNull(traits?.name),
    email: textOrNull(traits?.email),
    persona: user.persona,
    account: user.account
      ? { id: user.account.id, externalId: user.account.externalId, name: user.account.name }
      : null,
    plan: textOrNull((user.account?.traits as Record<string, unknown> | null)?.plan),
    locale: user.locale,
    firstSeenAt: user.firstSeenAt,
    lastSeenAt: user.lastSeenAt,
    firstSeenDay: isoOfDay(user.firstSeenDay),
    lastSeenDay: isoOfDay(user.lastSeenDay),
    traits: traitRows(user.traits),
    activeDays: activity.filter((a) => a.day >= activeFrom && a.count > 0).length,
    activity: daySeries(activity, chartFrom, today),
    features: used.map((f) => ({
      featureId: f.featureId,
      name: f.name,
      firstDay: isoOfDay(num(f.firstDay)),
      lastDay: isoOfDay(num(f.lastDay)),
      uses: num(f.uses),
    })),
    checklists: progress.map((p) => ({
      checklistId: p.checklistId,
      title: p.checklist.title,
      group: p.group,
      items: p.checklist.items.length,
      itemsDone: p.checklist.items.filter((i) => i.completions.length > 0).length,
      seenAt: p.seenAt,
      completedAt: p.completedAt,
      dismissedAt: p.dismissedAt,
    })),
    surveys: responses.map((r) => ({
      id: r.id,
      surveyId: r.surveyId,
      surveyName: r.survey.name,
      kind: r.survey.kind,
      score: r.score,
      comment: r.comment,
      createdAt: r.createdAt,
    })),
    feedback: feedback.map((f) => ({ ...f, author: { id: user.id, externalId: user.externalId } })),
  };
}
