import type { Db } from "../db";

// The three moments the Install page waits for. Each is written once, by the first request that
// sees it: the check reads the key owner's workspace row, already loaded for the request, so a
// workspace whose milestones are set pays nothing more.

export type Milestones = { firstEventAt: Date | null; firstIdentifyAt: Date | null; firstWidgetAt: Date | null };
export type Milestone = keyof Milestones;

/** Sets each milestone `seen` that the workspace did not have yet (`known`: its row as the request
 * loaded it). A concurrent request may have set it meanwhile: the `null` condition keeps the
 * first. Best effort: a failure here never fails the request that carried the data. */
export async function recordMilestones(
  db: Db,
  workspaceId: string,
  known: Partial<Milestones>,
  seen: readonly Milestone[],
  at: Date,
): Promise<void> {
  const missing = seen.filter((m) => known[m] === null);
  await Promise.all(
    missing.map((m) =>
      db.workspace.updateMany({ where: { id: workspaceId, [m]: null }, data: { [m]: at } }).catch(() => undefined),
    ),
  );
}
