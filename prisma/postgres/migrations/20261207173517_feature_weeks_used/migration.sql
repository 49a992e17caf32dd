-- DropIndex
DROP INDEX "FeatureUserDay_workspaceId_endUserId_idx";

-- AlterTable
ALTER TABLE "FeatureUser" ADD COLUMN     "weeksUsed" INTEGER NOT NULL DEFAULT 0;

-- CreateIndex
CREATE INDEX "FeatureUserDay_workspaceId_endUserId_featureId_day_idx" ON "FeatureUserDay"("workspaceId", "endUserId", "featureId", "day");

-- Backfill: bit k = used in week k after the first use, k = 0 … 12 (server/features/weeks-used.ts).
UPDATE "FeatureUser" SET "weeksUsed" = COALESCE((
  SELECT CAST(SUM(DISTINCT 1 << ((fd."day" - "FeatureUser"."firstDay") / 7)) AS INTEGER) FROM "FeatureUserDay" fd
  WHERE fd."workspaceId" = "FeatureUser"."workspaceId" AND fd."endUserId" = "FeatureUser"."endUserId"
    AND fd."featureId" = "FeatureUser"."featureId"
    AND fd."day" >= "FeatureUser"."firstDay" AND fd."day" < "FeatureUser"."firstDay" + 91
), 0);
