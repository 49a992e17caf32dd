-- AlterTable
ALTER TABLE "ApiKey" ADD COLUMN "publicKey" TEXT;

-- AlterTable
ALTER TABLE "Workspace" ADD COLUMN "firstEventAt" DATETIME;
ALTER TABLE "Workspace" ADD COLUMN "firstIdentifyAt" DATETIME;
ALTER TABLE "Workspace" ADD COLUMN "firstWidgetAt" DATETIME;

-- Backfill from what is stored: the first message, the first identify of a user who has traits
-- today, the first message the widget (cairn.js) sent.
UPDATE "Workspace" SET
  "firstEventAt" = (SELECT MIN(e."receivedAt") FROM "Event" e WHERE e."workspaceId" = "Workspace"."id"),
  "firstIdentifyAt" = (SELECT MIN(e."receivedAt") FROM "Event" e JOIN "EndUser" u ON u."id" = e."endUserId"
    WHERE e."workspaceId" = "Workspace"."id" AND e."name" = '$identify' AND u."traits" <> '{}'),
  "firstWidgetAt" = (SELECT MIN(e."receivedAt") FROM "Event" e
    WHERE e."workspaceId" = "Workspace"."id" AND json_extract(e."context", '$.library.name') = 'cairn.js');
