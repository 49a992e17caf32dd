import type { Db } from "../db";
import { accountScore, mapScore, productScore, rawScore, winsorBounds } from "../analytics/metrics/engagement";
import { createInChunks } from "../jobs/rebuild-feature-totals";
import type { TEngagementSettingsInput } from "./schemas";

/** Ten thousand users' rows take well under a second; the default 5 s would fail a slow disk. */
const SNAPSHOT_TX = { timeout: 60_000, maxWait: 10_000 };

export type SnapshotSettings = Omit<TEngagementSettingsInput, "weights"> & {
  weights: ReadonlyMap<string, number>;
  version: number;
};

/**
 * The snapshot of `day`: over the window of settings.windowDays days ending that day, the active
 * users (any track, page or screen call: UserDay) get raw = Σ weight × calls (UserEventDay), then
 * 0–100 from the bounds of this day's active population; accounts get the mean of their users
 * (inactive users counting 0); the product the mean over active users. Replaces the day's rows
 * in one transaction, so a snapshot taken twice gives the same rows.
 */
export async function takeSnapshot(db: Db, workspaceId: string, day: number, settings: SnapshotSettings) {
  const from = day - settings.windowDays + 1;
  const window = { workspaceId, day: { gte: from, lte: day } };
  const [active, calls, members] = await Promise.all([
    db.userDay.groupBy({ by: ["endUserId"], where: window }),
    db.userEventDay.groupBy({
      by: ["endUserId", "name"],
      where: { ...window, name: { in: [...settings.weights.keys()] } },
      _sum: { count: true },
    }),
    // Today's membership, but only users already seen by that day: a recomputed past day does not
    // count people who had not arrived yet as inactive seats.
    db.endUser.findMany({
      where: { workspaceId, accountId: { not: null }, firstSeenDay: { lte: day } },
      select: { id: true, accountId: true },
    }),
  ]);
  const countsOf = new Map<string, Map<string, number>>();
  for (const c of calls) {
    const counts = countsOf.get(c.endUserId) ?? new Map<string, number>();
    counts.set(c.name, c._sum.count ?? 0);
    countsOf.set(c.endUserId, counts);
  }
  const raws = active.map((a) => ({
    endUserId: a.endUserId,
    raw: rawScore(countsOf.get(a.endUserId) ?? new Map(), settings.weights),
  }));
  const bounds = winsorBounds(
    raws.map((r) => r.raw),
    settings.lowPercentile,
    settings.highPercentile,
  ) ?? { low: 0, high: 0 };
  const users = raws.map((r) => ({ ...r, score: mapScore(r.raw, bounds) }));
  const scoreOf = new Map(users.map((u) => [u.endUserId, u.score]));

  const byAccount = new Map<string, (number | null)[]>();
  for (const m of members) {
    const list = byAccount.get(m.accountId!) ?? [];
    list.push(scoreOf.get(m.id) ?? null);
    byAccount.set(m.accountId!, list);
  }
  const accounts = [...byAccount].map(([accountId, scores]) => ({
    accountId,
    score: accountScore(scores)!,
    activeUsers: scores.filter((s) => s !== null).length,
    users: scores.length,
  }));

  await db.$transaction(async (tx) => {
    const where = { workspaceId, day };
    await tx.engagementUserDay.deleteMany({ where });
    await tx.engagementAccountDay.deleteMany({ where });
    await tx.engagementDay.deleteMany({ where });
    await tx.engagementDay.create({
      data: {
        workspaceId,
        day,
        activeUsers: users.length,
        productScore: productScore(users.map((u) => u.score)),
        low: bounds.low,
        high: bounds.high,
        settingsVersion: settings.version,
        computedAt: new Date(),
      },
    });
    await createInChunks(users, (chunk) =>
      tx.engagementUserDay.createMany({ data: chunk.map((u) => ({ workspaceId, day, ...u })) }),
    );
    await createInChunks(accounts, (chunk) =>
      tx.engagementAccountDay.createMany({ data: chunk.map((a) => ({ workspaceId, day, ...a })) }),
    );
  }, SNAPSHOT_TX);
  return { activeUsers: users.length, bounds, accounts: accounts.length };
}
