import { anonymousUserKey } from "../anonymous-ids";
import { MERGE_STATEMENTS, mergeAnonymousUsers, type MergePair } from "../merge-anonymous-users";
import { join, sql } from "../../sql/fragments";
import { tenantSql } from "../../sql/tenant-sql";
import { need, type IngestStage, type StoredUser } from "./stage";

type AnonymousUserRow = MergePair["from"] & { externalId: string };

/**
 * Identity stitching: for each anonymousId this batch joins to a user (anonymous-ids stage, rows
 * locked there), records the join and merges the anonymous user, if any, into the user
 * (server/ingest/merge-anonymous-users.ts). After accounts and users (it needs the user's id),
 * before personas (the merged traits may match another persona) and the early-feedback claim (the
 * moved feedback takes the user's persona and account). A re-sent identify joins nothing: its
 * anonymousId is already joined. docs/decisions/identity-stitching.md.
 */
export const stitch: IngestStage = {
  name: "stitch",
  // 1. the joins recorded on the locked AnonymousId rows (one UPDATE)
  // 2. the anonymous users read (none found: done)
  // + the merge's 24 (mergeAnonymousUsers): events 1; UserDay, FeatureUserDay, UserEventDay and FeatureUser 2 each (add into the
  //   user's rows, delete the anonymous ones); checklist progress 3 and item completions 3 (merge
  //   where both have a row, drop the anonymous duplicate, move the rest); survey displays 1,
  //   responses 1, feedback 1; votes 3 (drop duplicates, move, recount); notifications 1; the
  //   user's row 1; the anonymous row deleted 1
  maxStatements: 2 + MERGE_STATEMENTS,
  async run(ctx) {
    const stitches = need(ctx, "stitches");
    if (stitches.size === 0) return;
    const { tx, dialect: d, workspace } = ctx;
    const users = need(ctx, "users");
    const joins = [...stitches.entries()].map(([anonymousId, userKey]) => ({ anonymousId, user: users.get(userKey)! }));
    const db = tenantSql(tx, workspace.id);
    const ids = join(joins.map((j) => j.anonymousId));
    await db.execute(sql`
      UPDATE "AnonymousId" SET
        "endUserId" = CASE "anonymousId" ${join(
          joins.map((j) => sql`WHEN ${j.anonymousId} THEN ${j.user.id}`),
          " ",
        )} END,
        "userId" = CASE "anonymousId" ${join(
          joins.map((j) => sql`WHEN ${j.anonymousId} THEN ${j.user.externalId}`),
          " ",
        )} END,
        "stitchedAt" = ${d.dateValue(ctx.receivedAt)}
      WHERE "workspaceId" = ${workspace.id} AND "anonymousId" IN (${ids}) AND "endUserId" IS NULL`);

    const anonymous = await tx.endUser.findMany({
      where: { workspaceId: workspace.id, externalId: { in: joins.map((j) => anonymousUserKey(j.anonymousId)) } },
      select: {
        id: true,
        externalId: true,
        traits: true,
        accountId: true,
        locale: true,
        firstSeenAt: true,
        lastSeenAt: true,
        firstSeenDay: true,
        lastSeenDay: true,
      },
    });
    if (anonymous.length === 0) return;
    const byKey = new Map<string, AnonymousUserRow>(anonymous.map((u) => [u.externalId, u]));
    const pairs: MergePair[] = joins.flatMap((j) => {
      const from = byKey.get(anonymousUserKey(j.anonymousId));
      return from ? [{ from, to: j.user.id }] : [];
    });
    const merged = await mergeAnonymousUsers(tx, d, workspace.id, pairs);

    // The personas stage looks at written users; the claim gives moved feedback the user's persona.
    const written = new Map<string, StoredUser>(need(ctx, "writtenUsers").map((u) => [u.id, u]));
    for (const u of merged) written.set(u.id, u);
    const mergedIds = new Set(merged.map((u) => u.id));
    for (const u of merged) users.set(u.externalId, u);
    return {
      writtenUsers: [...written.values()],
      wereBare: [...new Set([...need(ctx, "wereBare"), ...mergedIds])],
    };
  },
};
