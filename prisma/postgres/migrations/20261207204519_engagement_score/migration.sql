-- CreateTable
CREATE TABLE "EngagementSettings" (
    "workspaceId" TEXT NOT NULL,
    "scale" INTEGER NOT NULL DEFAULT 100,
    "windowDays" INTEGER NOT NULL DEFAULT 7,
    "lowPercentile" INTEGER NOT NULL DEFAULT 5,
    "highPercentile" INTEGER NOT NULL DEFAULT 95,
    "weights" JSONB NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EngagementSettings_pkey" PRIMARY KEY ("workspaceId")
);

-- CreateTable
CREATE TABLE "EngagementDay" (
    "workspaceId" TEXT NOT NULL,
    "day" INTEGER NOT NULL,
    "activeUsers" INTEGER NOT NULL,
    "productScore" DOUBLE PRECISION,
    "low" DOUBLE PRECISION NOT NULL,
    "high" DOUBLE PRECISION NOT NULL,
    "settingsVersion" INTEGER NOT NULL,
    "computedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EngagementDay_pkey" PRIMARY KEY ("workspaceId","day")
);

-- CreateTable
CREATE TABLE "EngagementUserDay" (
    "workspaceId" TEXT NOT NULL,
    "day" INTEGER NOT NULL,
    "endUserId" TEXT NOT NULL,
    "raw" DOUBLE PRECISION NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "EngagementUserDay_pkey" PRIMARY KEY ("workspaceId","day","endUserId")
);

-- CreateTable
CREATE TABLE "EngagementAccountDay" (
    "workspaceId" TEXT NOT NULL,
    "day" INTEGER NOT NULL,
    "accountId" TEXT NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,
    "activeUsers" INTEGER NOT NULL,
    "users" INTEGER NOT NULL,

    CONSTRAINT "EngagementAccountDay_pkey" PRIMARY KEY ("workspaceId","day","accountId")
);

-- CreateIndex
CREATE INDEX "EngagementUserDay_workspaceId_endUserId_day_idx" ON "EngagementUserDay"("workspaceId", "endUserId", "day");

-- CreateIndex
CREATE INDEX "EngagementAccountDay_workspaceId_accountId_day_idx" ON "EngagementAccountDay"("workspaceId", "accountId", "day");

-- AddForeignKey
ALTER TABLE "EngagementSettings" ADD CONSTRAINT "EngagementSettings_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;
