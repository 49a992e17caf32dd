-- CreateTable
CREATE TABLE "NorthStar" (
    "workspaceId" TEXT NOT NULL PRIMARY KEY,
    "config" JSONB NOT NULL,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "NorthStar_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Funnel" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workspaceId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "definition" JSONB NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Funnel_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Funnel_workspaceId_name_key" ON "Funnel"("workspaceId", "name");

-- CreateIndex
CREATE INDEX "Event_workspaceId_name_timestamp_idx" ON "Event"("workspaceId", "name", "timestamp");
