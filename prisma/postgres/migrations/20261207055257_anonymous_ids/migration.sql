-- CreateTable
CREATE TABLE "AnonymousId" (
    "workspaceId" TEXT NOT NULL,
    "anonymousId" TEXT NOT NULL,
    "endUserId" TEXT,
    "userId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "stitchedAt" TIMESTAMP(3),

    CONSTRAINT "AnonymousId_pkey" PRIMARY KEY ("workspaceId","anonymousId")
);

-- CreateIndex
CREATE INDEX "AnonymousId_workspaceId_endUserId_idx" ON "AnonymousId"("workspaceId", "endUserId");

-- AddForeignKey
ALTER TABLE "AnonymousId" ADD CONSTRAINT "AnonymousId_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;
