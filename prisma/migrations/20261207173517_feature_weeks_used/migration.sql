-- DropIndex
DROP INDEX "FeatureUserDay_workspaceId_endUserId_idx";

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_FeatureUser" (
    "workspaceId" TEXT NOT NULL,
    "featureId" TEXT NOT NULL,
    "endUserId" TEXT NOT NULL,
    "firstDay" INTEGER NOT NULL,
    "lastDay" INTEGER NOT NULL,
    "uses" INTEGER NOT NULL,
    "weeksUsed" INTEGER NOT NULL DEFAULT 0,

    PRIMARY KEY ("workspaceId", "featureId", "endUserId")
);
INSERT INTO "new_FeatureUser" ("endUserId", "featureId", "firstDay", "lastDay", "uses", "workspaceId") SELECT "endUserId", "featureId", "firstDay", "lastDay", "uses", "workspaceId" FROM "FeatureUser";
DROP TABLE "FeatureUser";
ALTER TABLE "new_FeatureUser" RENAME TO "FeatureUser";
CREATE INDEX "FeatureUser_workspaceId_endUserId_idx" ON "FeatureUser"("workspaceId", "endUserId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "FeatureUserDay_workspaceId_endUserId_featureId_day_idx" ON "FeatureUserDay"("workspaceId", "endUserId", "featureId", "day");

-- Backfill: bit k = used in week k after the first use, k = 0 … 12 (server/features/weeks-used.ts).
UPDATE "FeatureUser" SET "weeksUsed" = COALESCE((
  SELECT CAST(SUM(DISTINCT 1 << ((fd."day" - "FeatureUser"."firstDay") / 7)) AS INTEGER) FROM "FeatureUserDay" fd
  WHERE fd."workspaceId" = "FeatureUser"."workspaceId" AND fd."endUserId" = "FeatureUser"."endUserId"
    AND fd."featureId" = "FeatureUser"."featureId"
    AND fd."day" >= "FeatureUser"."firstDay" AND fd."day" < "FeatureUser"."firstDay" + 91
), 0);
