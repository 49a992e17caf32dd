import type { Db } from "../db";
import { dayNumber, isoOfDay } from "../calendar/day-number";
import { suggestWeights, type WeightScale } from "../analytics/metrics/engagement";
import { getEventOptions } from "../analytics/queries/critical-event";
import { parseJson } from "../sql/fragments";
import type { SnapshotSettings } from "./snapshot";
import type { TEngagementSettingsInput, TEngagementSettingsOut } from "./schemas";

type Row = {
  scale: number;
  windowDays: number;
  lowPercentile: number;
  highPercentile: number;
  weights: unknown;
  version: number;
  updatedAt: Date;
};

function weightsOf(row: Pick<Row, "weights">): { event: string; weight: number }[] {
  const map = parseJson<Record<string, number>>(row.weights, {});
  return Object.entries(map).map(([event, weight]) => ({ event, weight }));
}

/** The settings a snapshot is computed with; null while the workspace has none. */
export async function loadSnapshotSettings(db: Db, workspaceId: string): Promise<SnapshotSettings | null> {
  const row = await db.engagementSettings.findUnique({ where: { workspaceId } });
  if (!row) return null;
  return {
    scale: row.scale as WeightScale,
    windowDays: row.windowDays,
    lowPercentile: row.lowPercentile,
    highPercentile: row.highPercentile,
    weights: new Map(weightsOf(row).map((w) => [w.event, w.weight])),
    version: row.version,
  };
}

/** Settings → Engagement: the saved settings, the workspace's events with suggested weights (on
 * the saved scale, else 100), and the last snapshot. */
export async function getEngagementSettings(args: {
  db: Db;
  workspace: { id: string; timeZone: string };
}): Promise<TEngagementSettingsOut> {
  const { db, workspace } = args;
  const [row, options, last] = await Promise.all([
    db.engagementSettings.findUnique({ where: { workspaceId: workspace.id } }),
    getEventOptions({ db, workspace }),
    db.engagementDay.findFirst({
      where: { workspaceId: workspace.id },
      orderBy: { day: "desc" },
      select: { day: true, settingsVersion: true },
    }),
  ]);
  const scale = (row?.scale ?? 100) as WeightScale;
  const tracked = options.events.filter((e) => !e.name.startsWith("$"));
  const suggested = suggestWeights(new Map(tracked.map((e) => [e.name, e.recent])), scale);
  return {
    settings: row
      ? {
          scale,
          windowDays: row.windowDays,
          lowPercentile: row.lowPercentile,
          highPercentile: row.highPercentile,
          weights: weightsOf(row),
          version: row.version,
          updatedAt: row.updatedAt,
        }
      : null,
    events: tracked.map((e) => ({ name: e.name, recent: e.recent, suggested: suggested.get(e.name)! })),
    lastSnapshot: last ? { date: isoOfDay(last.day), settingsVersion: last.settingsVersion } : null,
  };
}

/** Saves the settings (a new version); snapshots taken from now on use them. History keeps the
 * scores it was computed with until the PM recomputes it (startEngagementHistory). */
export async function saveEngagementSettings(args: { db: Db; workspaceId: string; input: TEngagementSettingsInput }) {
  const { db, workspaceId, input } = args;
  const data = {
    scale: input.scale,
    windowDays: input.windowDays,
    lowPercentile: input.lowPercentile,
    highPercentile: input.highPercentile,
    weights: Object.fromEntries(input.weights.map((w) => [w.event, w.weight])),
  };
  const row = await db.engagementSettings.upsert({
    where: { workspaceId },
    create: { workspaceId, ...data },
    update: { ...data, version: { increment: 1 } },
    select: { version: true },
  });
  return { version: row.version };
}

/** The last complete day in the workspace's time zone: a snapshot is of a day that has ended. */
export function lastCompleteDay(timeZone: string, now = new Date()): number {
  return dayNumber(now, timeZone) - 1;
}
