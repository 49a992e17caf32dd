-- AlterTable
ALTER TABLE "Feedback" ADD COLUMN     "locale" TEXT,
ADD COLUMN     "searchText" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "Workspace" ADD COLUMN     "feedbackButton" JSONB;

-- CreateIndex
CREATE UNIQUE INDEX "Feedback_surveyResponseId_key" ON "Feedback"("surveyResponseId");

-- CreateIndex
CREATE INDEX "Feedback_workspaceId_createdAt_idx" ON "Feedback"("workspaceId", "createdAt");

-- CreateIndex
CREATE INDEX "Feedback_workspaceId_endUserId_createdAt_idx" ON "Feedback"("workspaceId", "endUserId", "createdAt");

-- CreateIndex
CREATE INDEX "SurveyResponse_workspaceId_endUserId_createdAt_idx" ON "SurveyResponse"("workspaceId", "endUserId", "createdAt");
