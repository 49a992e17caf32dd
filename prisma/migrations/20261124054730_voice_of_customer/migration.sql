-- AlterTable
ALTER TABLE "Workspace" ADD COLUMN "feedbackButton" JSONB;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Feedback" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workspaceId" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "category" TEXT,
    "status" TEXT NOT NULL DEFAULT 'new',
    "assigneeId" TEXT,
    "duplicateOfId" TEXT,
    "roadmapItemId" TEXT,
    "endUserId" TEXT,
    "accountId" TEXT,
    "personaId" TEXT,
    "pageUrl" TEXT,
    "surveyResponseId" TEXT,
    "searchText" TEXT NOT NULL DEFAULT '',
    "locale" TEXT,
    "messageId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Feedback_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Feedback_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Feedback_roadmapItemId_fkey" FOREIGN KEY ("roadmapItemId") REFERENCES "RoadmapItem" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Feedback_duplicateOfId_fkey" FOREIGN KEY ("duplicateOfId") REFERENCES "Feedback" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Feedback" ("accountId", "assigneeId", "category", "createdAt", "duplicateOfId", "endUserId", "id", "messageId", "pageUrl", "personaId", "roadmapItemId", "source", "status", "surveyResponseId", "text", "updatedAt", "workspaceId") SELECT "accountId", "assigneeId", "category", "createdAt", "duplicateOfId", "endUserId", "id", "messageId", "pageUrl", "personaId", "roadmapItemId", "source", "status", "surveyResponseId", "text", "updatedAt", "workspaceId" FROM "Feedback";
DROP TABLE "Feedback";
ALTER TABLE "new_Feedback" RENAME TO "Feedback";
CREATE UNIQUE INDEX "Feedback_surveyResponseId_key" ON "Feedback"("surveyResponseId");
CREATE INDEX "Feedback_workspaceId_status_createdAt_idx" ON "Feedback"("workspaceId", "status", "createdAt");
CREATE INDEX "Feedback_workspaceId_createdAt_idx" ON "Feedback"("workspaceId", "createdAt");
CREATE INDEX "Feedback_workspaceId_endUserId_createdAt_idx" ON "Feedback"("workspaceId", "endUserId", "createdAt");
CREATE UNIQUE INDEX "Feedback_workspaceId_messageId_key" ON "Feedback"("workspaceId", "messageId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "SurveyResponse_workspaceId_endUserId_createdAt_idx" ON "SurveyResponse"("workspaceId", "endUserId", "createdAt");
