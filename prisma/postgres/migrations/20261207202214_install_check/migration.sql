-- AlterTable
ALTER TABLE "ApiKey" ADD COLUMN     "publicKey" TEXT;

-- AlterTable
ALTER TABLE "Workspace" ADD COLUMN     "firstEventAt" TIMESTAMP(3),
ADD COLUMN     "firstIdentifyAt" TIMESTAMP(3),
ADD COLUMN     "firstWidgetAt" TIMESTAMP(3);

-- Backfill from what is stored: the first message, the first identify of a user who has traits
-- today, the first message the widget (cairn.js) sent.
UPDATE "Workspace" SET
  "firstEventAt" = (SELECT MIN(e."receivedAt") FROM "Event" e WHERE e."workspaceId" = "Workspace"."id"),
  "firstIdentifyAt" = (SELECT MIN(e."receivedAt") FROM "Event" e JOIN "EndUser" u ON u."id" = e."endUserId"
    WHERE e."workspaceId" = "Workspace"."id" AND e."name" = '$identify' AND u."traits" <> '{}'::jsonb),
  "firstWidgetAt" = (SELECT MIN(e."receivedAt") FROM "Event" e
    WHERE e."workspaceId" = "Workspace"."id" AND e."context" -> 'library' ->> 'name' = 'cairn.js');
