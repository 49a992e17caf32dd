-- AlterEnum
ALTER TYPE "RoadmapStatus" ADD VALUE 'closed';

-- AlterTable
ALTER TABLE "RoadmapItem" ADD COLUMN     "customStatusId" TEXT,
ADD COLUMN     "eta" TEXT,
ADD COLUMN     "mergedIntoId" TEXT,
ADD COLUMN     "ownerId" TEXT,
ADD COLUMN     "position" DOUBLE PRECISION NOT NULL DEFAULT 0,
ADD COLUMN     "tags" JSONB NOT NULL DEFAULT '[]';

-- CreateTable
CREATE TABLE "RoadmapStatusOption" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "color" TEXT NOT NULL,
    "category" "RoadmapStatus" NOT NULL,
    "isPublic" BOOLEAN NOT NULL DEFAULT true,
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RoadmapStatusOption_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RoadmapStatusChange" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "roadmapItemId" TEXT NOT NULL,
    "fromStatus" "RoadmapStatus",
    "toStatus" "RoadmapStatus" NOT NULL,
    "fromName" TEXT,
    "toName" TEXT,
    "byUserId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RoadmapStatusChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RoadmapComment" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "roadmapItemId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "internal" BOOLEAN NOT NULL DEFAULT false,
    "authorUserId" TEXT,
    "endUserId" TEXT,
    "email" TEXT,
    "approved" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RoadmapComment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RoadmapMerge" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "targetId" TEXT NOT NULL,
    "moved" JSONB NOT NULL,
    "byUserId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "undoneAt" TIMESTAMP(3),

    CONSTRAINT "RoadmapMerge_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "RoadmapStatusOption_workspaceId_name_key" ON "RoadmapStatusOption"("workspaceId", "name");

-- CreateIndex
CREATE INDEX "RoadmapStatusChange_workspaceId_roadmapItemId_createdAt_idx" ON "RoadmapStatusChange"("workspaceId", "roadmapItemId", "createdAt");

-- CreateIndex
CREATE INDEX "RoadmapComment_workspaceId_roadmapItemId_createdAt_idx" ON "RoadmapComment"("workspaceId", "roadmapItemId", "createdAt");

-- CreateIndex
CREATE INDEX "RoadmapMerge_workspaceId_sourceId_idx" ON "RoadmapMerge"("workspaceId", "sourceId");

-- AddForeignKey
ALTER TABLE "RoadmapStatusOption" ADD CONSTRAINT "RoadmapStatusOption_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoadmapStatusChange" ADD CONSTRAINT "RoadmapStatusChange_roadmapItemId_fkey" FOREIGN KEY ("roadmapItemId") REFERENCES "RoadmapItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoadmapComment" ADD CONSTRAINT "RoadmapComment_roadmapItemId_fkey" FOREIGN KEY ("roadmapItemId") REFERENCES "RoadmapItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoadmapItem" ADD CONSTRAINT "RoadmapItem_customStatusId_fkey" FOREIGN KEY ("customStatusId") REFERENCES "RoadmapStatusOption"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoadmapItem" ADD CONSTRAINT "RoadmapItem_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
