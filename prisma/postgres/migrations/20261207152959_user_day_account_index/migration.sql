-- CreateIndex
CREATE INDEX "UserDay_workspaceId_accountId_day_idx" ON "UserDay"("workspaceId", "accountId", "day");
