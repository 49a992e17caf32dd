import { featureAccounts, featureUsers, userDays } from "../analytics/sources";
import { isoOfDay } from "../calendar/day-number";
import { AppError } from "../errors";
import { num, sql, toDate } from "../sql/fragments";
import { tenantSql } from "../sql/tenant-sql";
import { accountActivity } from "./account-activity";
import { npsOfAccount } from "./account-nps";
import { activeWindow, featureRulesFor, type PeopleArgs } from "./context";
import { numberOrNull, textOrNull, traitRows } from "./format";
import { MAX_ACCOUNT_USERS, type TAccountDetail } from "./schemas";

const MAX_FEEDBACK = 200;

/** Everything the account page shows of one account (Account.id); another workspace's id is NOT_FOUND. */
export async function getAccount(args: PeopleArgs<{ id: string }>): Promise<TAccountDetail> {
  const { db, dialect: d, workspace, input } = args;
  const ws = workspace.id;
  const source = args.source ?? "rollups";
  const account = await db.account.findFirst({
    where: { id: input.id, workspaceId: ws },
    select: { id: true, externalId: true, name: true, traits: true, firstSeenAt: true, lastSeenAt: true },
  });
  if (!account) throw new AppError("NOT_FOUND", "No such account in this workspace.");
  const { today, fromDay } = activeWindow(args.now ?? new Date(), workspace.timeZone);
  const features = await featureRulesFor(db, ws, source);
  const t = tenantSql(db, ws);
  // Its users now (EndUser.accountId), as a subquery.
  const members = sql`SELECT m."id" FROM "EndUser" m WHERE m."workspaceId" = ${ws} AND m."accountId" = ${account.id}`;
  const [users, userCount, activeDays, active, adopted, adopters, activity, nps, feedback] = await Promise.all([
    db.endUser.findMany({
      where: { workspaceId: ws, accountId: account.id },
      orderBy: [{ lastSeenAt: "desc" }, { id: "asc" }],
      take: MAX_ACCOUNT_USERS,
      select: { id: true, externalId: true, traits: true, lastSeenAt: true, persona: { select: { name: true } } },
    }),
    db.endUser.count({ where: { workspaceId: ws, accountId: account.id } }),
    t.query<{ endUserId: string; days: unknown }[]>(sql`
      SELECT ud."endUserId", CAST(COUNT(*) AS INTEGER) AS "days" FROM ${userDays(source, ws)} ud
      WHERE ud."workspaceId" = ${ws} AND ud."day" BETWEEN ${fromDay} AND ${today} AND ud."endUserId" IN (${members})
      GROUP BY ud."endUserId"`),
    t.query<{ n: unknown }[]>(sql`
      SELECT CAST(COUNT(DISTINCT ud."endUserId") AS INTEGER) AS "n" FROM ${userDays(source, ws)} ud
      WHERE ud."workspaceId" = ${ws} AND ud."accountId" = ${account.id} AND ud."day" BETWEEN ${fromDay} AND ${today}`),
    t.query<{ featureId: string; name: string; firstDay: unknown; lastDay: unknown; uses: unknown }[]>(sql`
      SELECT x."featureId", f."name", x."firstDay", x."lastDay", CAST(x."uses" AS INTEGER) AS "uses"
      FROM ${featureAccounts(source, d, ws, features)} x JOIN "Feature" f ON f."id" = x."featureId" AND f."workspaceId" = ${ws}
      WHERE x."workspaceId" = ${ws} AND x."accountId" = ${account.id}
      ORDER BY x."firstDay", f."name"`),
    t.query<{ featureId: string; users: unknown }[]>(sql`
      SELECT x."featureId", CAST(COUNT(*) AS INTEGER) AS "users" FROM ${featureUsers(source, d, ws, features)} x
      WHERE x."workspaceId" = ${ws} AND x."endUserId" IN (${members}) GROUP BY x."featureId"`),
    accountActivity({ db, workspaceId: ws, accountId: account.id, today, source }),
    npsOfAccount(db, ws, account.id),
    t.query<
      {
        id: string;
        text: string;
        status: string;
        createdAt: unknown;
        endUserId: string | null;
        externalId: string | null;
      }[]
    >(sql`
      SELECT f."id", f."text", f."status", f."createdAt", f."endUserId", e."externalId" FROM "Feedback" f
      LEFT JOIN "EndUser" e ON e."id" = f."endUserId" AND e."workspaceId" = ${ws}
      WHERE f."workspaceId" = ${ws} AND (f."accountId" = ${account.id} OR e."accountId" = ${account.id})
      ORDER BY f."createdAt" DESC, f."id" DESC LIMIT ${MAX_FEEDBACK}`),
  ]);
  const daysOf = new Map(activeDays.map((r) => [r.endUserId, num(r.days)]));
  const adoptersOf = new Map(adopters.map((r) => [r.featureId, num(r.users)]));
  const traits = account.traits as Record<string, unknown> | null;
  return {
    id: account.id,
    externalId: account.externalId,
    name: account.name,
    plan: textOrNull(traits?.plan),
    mrr: numberOrNull(traits?.mrr),
    firstSeenAt: account.firstSeenAt,
    lastSeenAt: account.lastSeenAt,
    traits: traitRows(account.traits),
    users: users.map((u) => ({
      id: u.id,
      externalId: u.externalId,
      name: textOrNull((u.traits as Record<string, unknown> | null)?.name),
      persona: u.persona?.name ?? null,
      lastSeenAt: u.lastSeenAt,
      activeDays: daysOf.get(u.id) ?? 0,
    })),
    userCount,
    activeUsers: num(active[0]?.n),
    ...activity,
    features: adopted.map((f) => ({
      featureId: f.featureId,
      name: f.name,
      firstDay: isoOfDay(num(f.firstDay)),
      lastDay: isoOfDay(num(f.lastDay)),
      uses: num(f.uses),
      users: adoptersOf.get(f.featureId) ?? 0,
    })),
    nps,
    feedback: feedback.map((f) => ({
      id: f.id,
      text: f.text,
      status: f.status,
      createdAt: toDate(f.createdAt),
      author: f.endUserId && f.externalId !== null ? { id: f.endUserId, externalId: f.externalId } : null,
    })),
  };
}
