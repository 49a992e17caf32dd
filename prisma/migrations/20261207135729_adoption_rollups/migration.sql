-- CreateTable
CREATE TABLE "AccountDay" (
    "workspaceId" TEXT NOT NULL,
    "day" INTEGER NOT NULL,
    "accountId" TEXT NOT NULL,
    "eventCount" INTEGER NOT NULL,

    PRIMARY KEY ("workspaceId", "day", "accountId")
);

-- CreateTable
CREATE TABLE "UserEventDay" (
    "workspaceId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "day" INTEGER NOT NULL,
    "endUserId" TEXT NOT NULL,
    "count" INTEGER NOT NULL,

    PRIMARY KEY ("workspaceId", "name", "day", "endUserId")
);

-- CreateTable
CREATE TABLE "FeatureUser" (
    "workspaceId" TEXT NOT NULL,
    "featureId" TEXT NOT NULL,
    "endUserId" TEXT NOT NULL,
    "firstDay" INTEGER NOT NULL,
    "lastDay" INTEGER NOT NULL,
    "uses" INTEGER NOT NULL,

    PRIMARY KEY ("workspaceId", "featureId", "endUserId")
);

-- CreateTable
CREATE TABLE "FeatureAccount" (
    "workspaceId" TEXT NOT NULL,
    "featureId" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "firstDay" INTEGER NOT NULL,
    "lastDay" INTEGER NOT NULL,
    "uses" INTEGER NOT NULL,

    PRIMARY KEY ("workspaceId", "featureId", "accountId")
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Feature" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workspaceId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "matchers" JSONB NOT NULL,
    "releasedAt" DATETIME,
    "core" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Feature_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Feature" ("createdAt", "description", "id", "matchers", "name", "releasedAt", "updatedAt", "workspaceId") SELECT "createdAt", "description", "id", "matchers", "name", "releasedAt", "updatedAt", "workspaceId" FROM "Feature";
DROP TABLE "Feature";
ALTER TABLE "new_Feature" RENAME TO "Feature";
CREATE UNIQUE INDEX "Feature_workspaceId_name_key" ON "Feature"("workspaceId", "name");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "AccountDay_workspaceId_accountId_idx" ON "AccountDay"("workspaceId", "accountId");

-- CreateIndex
CREATE INDEX "UserEventDay_workspaceId_endUserId_day_idx" ON "UserEventDay"("workspaceId", "endUserId", "day");

-- CreateIndex
CREATE INDEX "FeatureUser_workspaceId_endUserId_idx" ON "FeatureUser"("workspaceId", "endUserId");

-- CreateIndex
CREATE INDEX "FeatureAccount_workspaceId_accountId_idx" ON "FeatureAccount"("workspaceId", "accountId");
