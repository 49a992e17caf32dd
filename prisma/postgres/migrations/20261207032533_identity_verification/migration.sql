-- CreateEnum
CREATE TYPE "IdentityVerification" AS ENUM ('off', 'optional', 'required');

-- AlterTable
ALTER TABLE "Workspace" DROP COLUMN "requireSignedIdentity",
ADD COLUMN     "identityVerification" "IdentityVerification" NOT NULL DEFAULT 'off';

-- CreateTable
CREATE TABLE "IdentitySecret" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "sealed" TEXT NOT NULL,
    "hint" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "IdentitySecret_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IdentityDay" (
    "workspaceId" TEXT NOT NULL,
    "day" INTEGER NOT NULL,
    "source" TEXT NOT NULL,
    "verified" INTEGER NOT NULL,
    "unverified" INTEGER NOT NULL,

    CONSTRAINT "IdentityDay_pkey" PRIMARY KEY ("workspaceId","day","source")
);

-- CreateIndex
CREATE INDEX "IdentitySecret_workspaceId_idx" ON "IdentitySecret"("workspaceId");

-- AddForeignKey
ALTER TABLE "IdentitySecret" ADD CONSTRAINT "IdentitySecret_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;
