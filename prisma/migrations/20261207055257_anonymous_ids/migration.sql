-- CreateTable
CREATE TABLE "AnonymousId" (
    "workspaceId" TEXT NOT NULL,
    "anonymousId" TEXT NOT NULL,
    "endUserId" TEXT,
    "userId" TEXT,
    "createdAt" DATETIME NOT NULL,
    "stitchedAt" DATETIME,

    PRIMARY KEY ("workspaceId", "anonymousId"),
    CONSTRAINT "AnonymousId_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "AnonymousId_workspaceId_endUserId_idx" ON "AnonymousId"("workspaceId", "endUserId");
