import type { Db } from "../db";
import type { FeatureMatcher, FeatureRule } from "../features/match-feature";
import { num, parseJson, sql } from "../sql/fragments";
import { tenantSql } from "../sql/tenant-sql";
import { recomputeWeeksUsed } from "../features/weeks-used";
import { lockRollups, REBUILD_TX } from "./lock-rollup";
import { featureAccountSpans, mergeSpans, type Span } from "./rollup-counts";

/** Rows per INSERT: far under both databases' limits on bound values. */
const INSERT_CHUNK = 500;

export async function createInChunks<T>(rows: T[], create: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += INSERT_CHUNK) await create(rows.slice(i, i + INSERT_CHUNK));
}

/**
 * Replaces one feature's cumulative rows, in one transaction exclusive with every rollup writer
 * (lock-rollup.ts), after its FeatureUserDay rows were rebuilt:
 * - FeatureUser: from FeatureUserDay (first day, last day, uses summed), the invariant ingest, the
 *   stitch and erasure keep. Days before the retained window are in FeatureUserDay too, so their
 *   history stays.
 * - FeatureAccount: from the retained raw events, per event's account (as ingest counts it), plus,
 *   when raw events before `keepFrom` are gone, what the rollups still say about those days: the
 *   feature's FeatureUserDay rows of that time, each counted for the account the user's UserDay
 *   names that day (the only account-level trace left; exact whenever a user acted in one account
 *   a day).
 * Its length grows with the feature's retained uses: the one read of this job that is not a day.
 */
export async function rebuildFeatureTotals(
  db: Db,
  args: { workspaceId: string; featureId: string; users: boolean; accounts: boolean; keepFrom: number | null },
): Promise<void> {
  const { workspaceId, featureId, keepFrom } = args;
  if (!args.users && !args.accounts) return;
  await db.$transaction(async (tx) => {
    await lockRollups(tx, db);
    if (args.users) await tx.featureUser.deleteMany({ where: { workspaceId, featureId } });
    if (args.accounts) await tx.featureAccount.deleteMany({ where: { workspaceId, featureId } });
    const feature = await tx.feature.findFirst({ where: { id: featureId, workspaceId }, select: { matchers: true } });
    if (!feature) return; // deleted meanwhile, with its rows
    const t = tenantSql(tx, workspaceId);
    if (args.users)
      await t.execute(sql`
        INSERT INTO "FeatureUser" ("workspaceId", "featureId", "endUserId", "firstDay", "lastDay", "uses")
        SELECT "workspaceId", "featureId", "endUserId", MIN("day"), MAX("day"), CAST(SUM("count") AS INTEGER)
        FROM "FeatureUserDay" WHERE "workspaceId" = ${workspaceId} AND "featureId" = ${featureId}
        GROUP BY "workspaceId", "featureId", "endUserId"`);
    if (args.users) await t.execute(recomputeWeeksUsed(workspaceId, sql`"featureId" = ${featureId}`));
    if (!args.accounts) return;

    const rule: FeatureRule = { id: featureId, matchers: feature.matchers as FeatureMatcher[] };
    const names = [...new Set(rule.matchers.map((m) => m.event))];
    const events =
      names.length === 0
        ? []
        : await tx.event.findMany({
            where: {
              workspaceId,
              type: "track",
              name: { in: names },
              accountId: { not: null },
              ...(keepFrom === null ? {} : { day: { gte: keepFrom } }),
            },
            select: { type: true, name: true, accountId: true, day: true, properties: true },
          });
    const spans = featureAccountSpans(
      events.map((e) => ({
        ...e,
        endUserId: "",
        timestamp: new Date(0),
        messageId: "",
        properties: parseJson(e.properties, {}),
      })),
      [rule],
    );
    const byAccount = new Map<string, Span>();
    for (const [key, span] of spans) byAccount.set(key.slice(featureId.length + 1), span);
    if (keepFrom !== null) {
      const before = await t.query<{ accountId: string; firstDay: unknown; lastDay: unknown; uses: unknown }[]>(sql`
        SELECT ud."accountId" AS "accountId", MIN(f."day") AS "firstDay", MAX(f."day") AS "lastDay",
          CAST(SUM(f."count") AS INTEGER) AS "uses"
        FROM "FeatureUserDay" f
        JOIN "UserDay" ud ON ud."workspaceId" = f."workspaceId" AND ud."day" = f."day" AND ud."endUserId" = f."endUserId"
        WHERE f."workspaceId" = ${workspaceId} AND f."featureId" = ${featureId} AND f."day" < ${keepFrom}
          AND ud."accountId" IS NOT NULL
        GROUP BY ud."accountId"`);
      for (const r of before) {
        const span = { firstDay: num(r.firstDay), lastDay: num(r.lastDay), uses: num(r.uses) };
        byAccount.set(r.accountId, mergeSpans(byAccount.get(r.accountId), span)!);
      }
    }
    await createInChunks([...byAccount], (chunk) =>
      tx.featureAccount.createMany({
        data: chunk.map(([accountId, s]) => ({ workspaceId, featureId, accountId, ...s })),
      }),
    );
  }, REBUILD_TX);
}
