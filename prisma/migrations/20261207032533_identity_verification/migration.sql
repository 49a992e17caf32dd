-- CreateTable
CREATE TABLE "IdentitySecret" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workspaceId" TEXT NOT NULL,
    "sealed" TEXT NOT NULL,
    "hint" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" DATETIME,
    CONSTRAINT "IdentitySecret_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "IdentityDay" (
    "workspaceId" TEXT NOT NULL,
    "day" INTEGER NOT NULL,
    "source" TEXT NOT NULL,
    "verified" INTEGER NOT NULL,
    "unverified" INTEGER NOT NULL,

    PRIMARY KEY ("workspaceId", "day", "source")
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Workspace" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "timeZone" TEXT NOT NULL DEFAULT 'UTC',
    "recontactDays" INTEGER NOT NULL DEFAULT 14,
    "identityVerification" TEXT NOT NULL DEFAULT 'off',
    "roleQuestion" JSONB,
    "feedbackButton" JSONB,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO "new_Workspace" ("createdAt", "feedbackButton", "id", "name", "recontactDays", "roleQuestion", "slug", "timeZone") SELECT "createdAt", "feedbackButton", "id", "name", "recontactDays", "roleQuestion", "slug", "timeZone" FROM "Workspace";
DROP TABLE "Workspace";
ALTER TABLE "new_Workspace" RENAME TO "Workspace";
CREATE UNIQUE INDEX "Workspace_slug_key" ON "Workspace"("slug");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "IdentitySecret_workspaceId_idx" ON "IdentitySecret"("workspaceId");
