import { z } from "zod";
import type { Db } from "../db";
import type { SqlDialect } from "../sql/dialect";
import { dayNumber, isoOfDay } from "../calendar/day-number";
import { GROWTH_CAP, pesOf } from "../analytics/metrics/engagement";
import { ZLifecycleInput, ZStickinessInput } from "../analytics/activity-schemas";
import { getLifecycleReport } from "../analytics/queries/lifecycle";
import { getStickinessReport } from "../analytics/queries/stickiness";

/** PES looks at the last 30 days, as Pendo does; growth at the last 4 weeks' lifecycle. */
const PES_DAYS = 30;
const GROWTH_WEEKS = 4;

export const ZPes = z.object({
  from: z.string(),
  to: z.string(),
  coreFeatures: z.number().int(),
  adoption: z.number().nullable(),
  stickiness: z.number().nullable(),
  growth: z.number().nullable(),
  growthRatio: z.number().nullable(),
  pes: z.number().nullable(),
});
export type TPes = z.infer<typeof ZPes>;

/** Pendo's Product Engagement Score over the last 30 days ending yesterday (metrics/engagement.ts
 * pesOf): adoption of the core features (Settings → Features) by the active users, mean DAU/MAU
 * (the stickiness report), and growth from the lifecycle report's quick ratio. */
export async function getPes(args: {
  db: Db;
  dialect: SqlDialect;
  workspace: { id: string; timeZone: string };
  now?: Date;
}): Promise<TPes> {
  const { db, workspace } = args;
  const toDay = dayNumber(args.now ?? new Date(), workspace.timeZone) - 1;
  const fromDay = toDay - PES_DAYS + 1;
  const to = isoOfDay(toDay);
  const ws = workspace.id;
  const window = { workspaceId: ws, day: { gte: fromDay, lte: toDay } };
  const [core, active, stickiness, lifecycle] = await Promise.all([
    db.feature.findMany({ where: { workspaceId: ws, core: true }, select: { id: true } }),
    db.userDay.groupBy({ by: ["endUserId"], where: window }),
    getStickinessReport({ ...args, input: ZStickinessInput.parse({ from: isoOfDay(fromDay), to }) }),
    getLifecycleReport({
      ...args,
      input: ZLifecycleInput.parse({ from: isoOfDay(toDay - 7 * GROWTH_WEEKS + 1), to, granularity: "week" }),
    }),
  ]);
  let adoption: number | null = null;
  if (core.length > 0 && active.length > 0) {
    const used = await db.featureUserDay.groupBy({
      by: ["endUserId", "featureId"],
      where: { ...window, featureId: { in: core.map((f) => f.id) } },
    });
    // Every user with a core feature used in the window was active in it (a use is a track call).
    adoption = used.length / (active.length * core.length);
  }
  const o = lifecycle.overall;
  const growthRatio = o.quickRatio ?? (o.new + o.resurrected > 0 ? GROWTH_CAP : null);
  return {
    from: isoOfDay(fromDay),
    to,
    coreFeatures: core.length,
    growthRatio,
    ...pesOf({ adoption, stickiness: stickiness.average.dauMau, growthRatio }),
  };
}
