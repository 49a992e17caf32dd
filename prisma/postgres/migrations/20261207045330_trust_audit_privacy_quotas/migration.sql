-- CreateEnum
CREATE TYPE "ErasedFeedback" AS ENUM ('remove', 'anonymize');

-- AlterTable
ALTER TABLE "Workspace" ADD COLUMN     "erasedFeedback" "ErasedFeedback" NOT NULL DEFAULT 'remove',
ADD COLUMN     "ingestEventsPerSecond" INTEGER,
ADD COLUMN     "newEndUsersPerDay" INTEGER,
ADD COLUMN     "rawEventRetentionDays" INTEGER;

-- CreateTable
CREATE TABLE "AuditEntry" (
    "workspaceId" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "actorUserId" TEXT,
    "actor" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "target" TEXT,
    "details" JSONB,
    "ip" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEntry_pkey" PRIMARY KEY ("workspaceId","id")
);

-- CreateIndex
CREATE INDEX "AuditEntry_workspaceId_createdAt_idx" ON "AuditEntry"("workspaceId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEntry_workspaceId_action_createdAt_idx" ON "AuditEntry"("workspaceId", "action", "createdAt");

-- AddForeignKey
ALTER TABLE "AuditEntry" ADD CONSTRAINT "AuditEntry_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;
