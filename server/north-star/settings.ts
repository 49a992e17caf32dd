import type { Db } from "../db";
import { AppError } from "../errors";
import { ZNorthStarConfig, type TNorthStarConfig, type TNorthStarSettings } from "./schemas";

type Args = { db: Db; workspaceId: string };

/** The workspace's North Star, or null until chosen (or when a stored one no longer parses). */
export async function getNorthStarSettings(args: Args): Promise<TNorthStarSettings> {
  const row = await args.db.northStar.findUnique({
    where: { workspaceId: args.workspaceId },
    select: { config: true },
  });
  const parsed = row ? ZNorthStarConfig.safeParse(row.config) : null;
  if (!parsed?.success) return { config: null, featureName: null };
  const config = parsed.data;
  if (config.metric.kind !== "feature") return { config, featureName: null };
  const feature = await args.db.feature.findFirst({
    where: { id: config.metric.featureId, workspaceId: args.workspaceId },
    select: { name: true },
  });
  return { config, featureName: feature?.name ?? "(deleted feature)" };
}

/** Saves the North Star; a feature metric must name one of the workspace's features. */
export async function saveNorthStar(args: Args & { config: TNorthStarConfig }): Promise<TNorthStarSettings> {
  const { db, workspaceId, config } = args;
  if (config.metric.kind === "feature") {
    const feature = await db.feature.findFirst({
      where: { id: config.metric.featureId, workspaceId },
      select: { id: true },
    });
    if (!feature)
      throw new AppError("BAD_REQUEST", "That feature is not one of this workspace's.", [
        { path: "metric.featureId", message: "Choose one of your features" },
      ]);
  }
  await db.northStar.upsert({
    where: { workspaceId },
    create: { workspaceId, config },
    update: { config },
  });
  return getNorthStarSettings(args);
}
