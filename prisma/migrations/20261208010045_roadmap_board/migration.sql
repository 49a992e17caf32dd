-- CreateTable
CREATE TABLE "RoadmapStatusOption" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workspaceId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "color" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "isPublic" BOOLEAN NOT NULL DEFAULT true,
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "RoadmapStatusOption_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "RoadmapStatusChange" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workspaceId" TEXT NOT NULL,
    "roadmapItemId" TEXT NOT NULL,
    "fromStatus" TEXT,
    "toStatus" TEXT NOT NULL,
    "fromName" TEXT,
    "toName" TEXT,
    "byUserId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "RoadmapStatusChange_roadmapItemId_fkey" FOREIGN KEY ("roadmapItemId") REFERENCES "RoadmapItem" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "RoadmapComment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workspaceId" TEXT NOT NULL,
    "roadmapItemId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "internal" BOOLEAN NOT NULL DEFAULT false,
    "authorUserId" TEXT,
    "endUserId" TEXT,
    "email" TEXT,
    "approved" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "RoadmapComment_roadmapItemId_fkey" FOREIGN KEY ("roadmapItemId") REFERENCES "RoadmapItem" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "RoadmapMerge" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workspaceId" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "targetId" TEXT NOT NULL,
    "moved" JSONB NOT NULL,
    "byUserId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "undoneAt" DATETIME
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_RoadmapItem" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workspaceId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "status" TEXT NOT NULL DEFAULT 'considering',
    "isPublic" BOOLEAN NOT NULL DEFAULT true,
    "shippedAt" DATETIME,
    "changelog" TEXT,
    "voteCount" INTEGER NOT NULL DEFAULT 0,
    "customStatusId" TEXT,
    "tags" JSONB NOT NULL DEFAULT '[]',
    "eta" TEXT,
    "ownerId" TEXT,
    "position" REAL NOT NULL DEFAULT 0,
    "mergedIntoId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "RoadmapItem_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "RoadmapItem_customStatusId_fkey" FOREIGN KEY ("customStatusId") REFERENCES "RoadmapStatusOption" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "RoadmapItem_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_RoadmapItem" ("changelog", "createdAt", "description", "id", "isPublic", "shippedAt", "status", "title", "updatedAt", "voteCount", "workspaceId") SELECT "changelog", "createdAt", "description", "id", "isPublic", "shippedAt", "status", "title", "updatedAt", "voteCount", "workspaceId" FROM "RoadmapItem";
DROP TABLE "RoadmapItem";
ALTER TABLE "new_RoadmapItem" RENAME TO "RoadmapItem";
CREATE INDEX "RoadmapItem_workspaceId_status_idx" ON "RoadmapItem"("workspaceId", "status");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "RoadmapStatusOption_workspaceId_name_key" ON "RoadmapStatusOption"("workspaceId", "name");

-- CreateIndex
CREATE INDEX "RoadmapStatusChange_workspaceId_roadmapItemId_createdAt_idx" ON "RoadmapStatusChange"("workspaceId", "roadmapItemId", "createdAt");

-- CreateIndex
CREATE INDEX "RoadmapComment_workspaceId_roadmapItemId_createdAt_idx" ON "RoadmapComment"("workspaceId", "roadmapItemId", "createdAt");

-- CreateIndex
CREATE INDEX "RoadmapMerge_workspaceId_sourceId_idx" ON "RoadmapMerge"("workspaceId", "sourceId");
