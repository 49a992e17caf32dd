-- DropIndex
DROP INDEX "Event_workspaceId_name_timestamp_idx";

-- CreateIndex
CREATE INDEX "Event_workspaceId_name_timestamp_endUserId_accountId_idx" ON "Event"("workspaceId", "name", "timestamp", "endUserId", "accountId");
