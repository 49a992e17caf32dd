import type { Db } from "../db";
import { dayNumber, isoOfDay } from "../calendar/day-number";
import { AppError } from "../errors";
import { startRecompute } from "../jobs/recompute";
import type { FeatureMatcher } from "./match-feature";
import type { TFeatureInput } from "./schemas";

export const FEATURE_SELECT = {
  id: true,
  name: true,
  description: true,
  matchers: true,
  releasedAt: true,
  core: true,
  createdAt: true,
} as const;

/** Matchers are stored as JSON after ZFeatureInput checked them. */
function withMatchers<T extends { matchers: unknown }>(row: T): T & { matchers: FeatureMatcher[] } {
  return { ...row, matchers: row.matchers as FeatureMatcher[] };
}

type Args = { db: Db; workspaceId: string };

export async function listFeatures(args: { db: Db; workspaceId: string; timeZone?: string }) {
  const [features, users] = await Promise.all([
    args.db.feature.findMany({
      where: { workspaceId: args.workspaceId },
      select: FEATURE_SELECT,
      orderBy: { name: "asc" },
    }),
    args.db.featureUserDay.groupBy({ by: ["featureId", "endUserId"], where: { workspaceId: args.workspaceId } }),
  ]);
  const adopters = new Map<string, number>();
  for (const row of users) adopters.set(row.featureId, (adopters.get(row.featureId) ?? 0) + 1);
  return features.map((f) => ({
    ...withMatchers(f),
    adopters: adopters.get(f.id) ?? 0,
    releasedOn: f.releasedAt ? isoOfDay(dayNumber(f.releasedAt, args.timeZone ?? "UTC")) : null,
  }));
}

export async function createFeature(args: Args & { input: TFeatureInput }) {
  const feature = await args.db.feature.create({
    data: { workspaceId: args.workspaceId, ...args.input },
    select: FEATURE_SELECT,
  });
  const { job, done } = await startRecompute({ ...args, kind: "feature", targetId: feature.id });
  return { feature: withMatchers(feature), job, done };
}

export async function updateFeature(args: Args & { id: string; input: TFeatureInput }) {
  const found = await args.db.feature.findFirst({
    where: { id: args.id, workspaceId: args.workspaceId },
    select: { id: true },
  });
  if (!found) throw new AppError("NOT_FOUND", "Feature not found.");
  const feature = await args.db.feature.update({
    where: { id: args.id, workspaceId: args.workspaceId },
    data: args.input,
    select: FEATURE_SELECT,
  });
  const { job, done } = await startRecompute({ ...args, kind: "feature", targetId: feature.id });
  return { feature: withMatchers(feature), job, done };
}

export async function deleteFeature(args: Args & { id: string }) {
  const found = await args.db.feature.findFirst({
    where: { id: args.id, workspaceId: args.workspaceId },
    select: { id: true },
  });
  if (!found) throw new AppError("NOT_FOUND", "Feature not found.");
  await args.db.$transaction([
    args.db.featureUserDay.deleteMany({ where: { workspaceId: args.workspaceId, featureId: args.id } }),
    args.db.featureUser.deleteMany({ where: { workspaceId: args.workspaceId, featureId: args.id } }),
    args.db.featureAccount.deleteMany({ where: { workspaceId: args.workspaceId, featureId: args.id } }),
    args.db.feature.delete({ where: { id: args.id, workspaceId: args.workspaceId } }),
  ]);
}
