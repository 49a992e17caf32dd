-- AlterTable
ALTER TABLE "Workspace" ADD COLUMN "roleQuestion" JSONB;

-- CreateIndex
CREATE INDEX "ChecklistItemCompletion_workspaceId_checklistItemId_completedAt_idx" ON "ChecklistItemCompletion"("workspaceId", "checklistItemId", "completedAt");
