import type { Db } from "../../../server/db";

/** Row counts and rollup sums of one workspace: what ingest must keep consistent. */
export async function totals(db: Db, workspaceId: string) {
  const where = { workspaceId };
  const [events, activity, users, accounts, eventDay, userDay, featureUserDay] = await Promise.all([
    db.event.count({ where }),
    db.event.count({ where: { workspaceId, type: { in: ["track", "page"] } } }),
    db.endUser.count({ where }),
    db.account.count({ where }),
    db.eventDay.aggregate({ where, _sum: { count: true } }),
    db.userDay.aggregate({ where, _sum: { eventCount: true } }),
    db.featureUserDay.aggregate({ where, _sum: { count: true } }),
  ]);
  return {
    events,
    activity,
    users,
    accounts,
    eventDaySum: eventDay._sum.count ?? 0,
    userDaySum: userDay._sum.eventCount ?? 0,
    featureUserDaySum: featureUserDay._sum.count ?? 0,
  };
}

/** Waits for every job of the workspace to settle (none queued, running or waiting to retry). */
export async function waitForJobs(db: Db, workspaceId: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while ((await db.job.count({ where: { workspaceId, status: { in: ["queued", "running", "failed"] } } })) > 0) {
    if (Date.now() > deadline) throw new Error(`recompute jobs of ${workspaceId} still running after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
