-- AlterTable
ALTER TABLE "Workspace" ADD COLUMN     "roleQuestion" JSONB;

-- CreateIndex
CREATE INDEX "ChecklistItemCompletion_workspaceId_checklistItemId_complet_idx" ON "ChecklistItemCompletion"("workspaceId", "checklistItemId", "completedAt");
