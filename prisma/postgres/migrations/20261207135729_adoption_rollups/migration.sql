-- AlterTable
ALTER TABLE "Feature" ADD COLUMN     "core" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "AccountDay" (
    "workspaceId" TEXT NOT NULL,
    "day" INTEGER NOT NULL,
    "accountId" TEXT NOT NULL,
    "eventCount" INTEGER NOT NULL,

    CONSTRAINT "AccountDay_pkey" PRIMARY KEY ("workspaceId","day","accountId")
);

-- CreateTable
CREATE TABLE "UserEventDay" (
    "workspaceId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "day" INTEGER NOT NULL,
    "endUserId" TEXT NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "UserEventDay_pkey" PRIMARY KEY ("workspaceId","name","day","endUserId")
);

-- CreateTable
CREATE TABLE "FeatureUser" (
    "workspaceId" TEXT NOT NULL,
    "featureId" TEXT NOT NULL,
    "endUserId" TEXT NOT NULL,
    "firstDay" INTEGER NOT NULL,
    "lastDay" INTEGER NOT NULL,
    "uses" INTEGER NOT NULL,

    CONSTRAINT "FeatureUser_pkey" PRIMARY KEY ("workspaceId","featureId","endUserId")
);

-- CreateTable
CREATE TABLE "FeatureAccount" (
    "workspaceId" TEXT NOT NULL,
    "featureId" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "firstDay" INTEGER NOT NULL,
    "lastDay" INTEGER NOT NULL,
    "uses" INTEGER NOT NULL,

    CONSTRAINT "FeatureAccount_pkey" PRIMARY KEY ("workspaceId","featureId","accountId")
);

-- CreateIndex
CREATE INDEX "AccountDay_workspaceId_accountId_idx" ON "AccountDay"("workspaceId", "accountId");

-- CreateIndex
CREATE INDEX "UserEventDay_workspaceId_endUserId_day_idx" ON "UserEventDay"("workspaceId", "endUserId", "day");

-- CreateIndex
CREATE INDEX "FeatureUser_workspaceId_endUserId_idx" ON "FeatureUser"("workspaceId", "endUserId");

-- CreateIndex
CREATE INDEX "FeatureAccount_workspaceId_accountId_idx" ON "FeatureAccount"("workspaceId", "accountId");
