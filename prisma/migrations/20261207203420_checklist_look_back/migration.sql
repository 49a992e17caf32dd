-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Checklist" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workspaceId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "status" TEXT NOT NULL DEFAULT 'draft',
    "targeting" JSONB NOT NULL,
    "holdoutPercent" INTEGER NOT NULL DEFAULT 0,
    "translations" JSONB NOT NULL,
    "goalEvent" TEXT,
    "lookBackDays" INTEGER NOT NULL DEFAULT 30,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Checklist_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Checklist" ("createdAt", "description", "goalEvent", "holdoutPercent", "id", "status", "targeting", "title", "translations", "updatedAt", "workspaceId") SELECT "createdAt", "description", "goalEvent", "holdoutPercent", "id", "status", "targeting", "title", "translations", "updatedAt", "workspaceId" FROM "Checklist";
DROP TABLE "Checklist";
ALTER TABLE "new_Checklist" RENAME TO "Checklist";
CREATE INDEX "Checklist_workspaceId_status_idx" ON "Checklist"("workspaceId", "status");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
