-- CreateEnum
CREATE TYPE "MemberRole" AS ENUM ('admin', 'pm', 'viewer');

-- CreateEnum
CREATE TYPE "ApiKeyKind" AS ENUM ('write', 'secret');

-- CreateEnum
CREATE TYPE "ChecklistStatus" AS ENUM ('draft', 'live', 'archived');

-- CreateEnum
CREATE TYPE "CompletionScope" AS ENUM ('user', 'account');

-- CreateEnum
CREATE TYPE "ExposureGroup" AS ENUM ('exposed', 'holdout');

-- CreateEnum
CREATE TYPE "SurveyKind" AS ENUM ('nps', 'csat', 'ces', 'open');

-- CreateEnum
CREATE TYPE "SurveyStatus" AS ENUM ('draft', 'active', 'paused', 'ended');

-- CreateEnum
CREATE TYPE "FeedbackSource" AS ENUM ('widget', 'survey', 'roadmap_idea', 'pm');

-- CreateEnum
CREATE TYPE "FeedbackStatus" AS ENUM ('new', 'triaged', 'linked', 'duplicate', 'dismissed');

-- CreateEnum
CREATE TYPE "RoadmapStatus" AS ENUM ('considering', 'planned', 'in_progress', 'shipped');

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Workspace" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "timeZone" TEXT NOT NULL DEFAULT 'UTC',
    "recontactDays" INTEGER NOT NULL DEFAULT 14,
    "requireSignedIdentity" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Workspace_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Member" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "role" "MemberRole" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Member_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Invite" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "role" "MemberRole" NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "invitedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "acceptedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "Invite_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutboxEmail" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT,
    "to" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMP(3),
    "error" TEXT,

    CONSTRAINT "OutboxEmail_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApiKey" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "kind" "ApiKeyKind" NOT NULL,
    "name" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "keyHash" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "ApiKey_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EndUser" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "externalId" TEXT NOT NULL,
    "traits" JSONB NOT NULL,
    "accountId" TEXT,
    "personaId" TEXT,
    "locale" TEXT,
    "firstSeenAt" TIMESTAMP(3) NOT NULL,
    "lastSeenAt" TIMESTAMP(3) NOT NULL,
    "firstSeenDay" INTEGER NOT NULL,
    "lastSeenDay" INTEGER NOT NULL,

    CONSTRAINT "EndUser_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Account" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "externalId" TEXT NOT NULL,
    "name" TEXT,
    "traits" JSONB NOT NULL,
    "firstSeenAt" TIMESTAMP(3) NOT NULL,
    "lastSeenAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Persona" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "rules" JSONB NOT NULL,
    "priority" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Persona_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Event" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "messageId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "endUserId" TEXT NOT NULL,
    "accountId" TEXT,
    "properties" JSONB NOT NULL,
    "context" JSONB,
    "timestamp" TIMESTAMP(3) NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL,
    "day" INTEGER NOT NULL,

    CONSTRAINT "Event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Feature" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "matchers" JSONB NOT NULL,
    "releasedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Feature_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UserDay" (
    "workspaceId" TEXT NOT NULL,
    "day" INTEGER NOT NULL,
    "endUserId" TEXT NOT NULL,
    "accountId" TEXT,
    "eventCount" INTEGER NOT NULL,

    CONSTRAINT "UserDay_pkey" PRIMARY KEY ("workspaceId","day","endUserId")
);

-- CreateTable
CREATE TABLE "FeatureUserDay" (
    "workspaceId" TEXT NOT NULL,
    "featureId" TEXT NOT NULL,
    "day" INTEGER NOT NULL,
    "endUserId" TEXT NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "FeatureUserDay_pkey" PRIMARY KEY ("workspaceId","featureId","day","endUserId")
);

-- CreateTable
CREATE TABLE "EventDay" (
    "workspaceId" TEXT NOT NULL,
    "day" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "EventDay_pkey" PRIMARY KEY ("workspaceId","day","name")
);

-- CreateTable
CREATE TABLE "RecomputeJob" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "targetId" TEXT,
    "status" TEXT NOT NULL,
    "processed" INTEGER NOT NULL DEFAULT 0,
    "total" INTEGER NOT NULL DEFAULT 0,
    "error" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "RecomputeJob_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Checklist" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "status" "ChecklistStatus" NOT NULL DEFAULT 'draft',
    "targeting" JSONB NOT NULL,
    "holdoutPercent" INTEGER NOT NULL DEFAULT 0,
    "translations" JSONB NOT NULL,
    "goalEvent" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Checklist_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChecklistItem" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "checklistId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL DEFAULT '',
    "ctaUrl" TEXT,
    "completion" JSONB NOT NULL,
    "scope" "CompletionScope" NOT NULL DEFAULT 'user',
    "precursorEvent" TEXT,
    "translations" JSONB NOT NULL,

    CONSTRAINT "ChecklistItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChecklistProgress" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "checklistId" TEXT NOT NULL,
    "endUserId" TEXT NOT NULL,
    "group" "ExposureGroup" NOT NULL,
    "seenAt" TIMESTAMP(3),
    "dismissedAt" TIMESTAMP(3),
    "completedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ChecklistProgress_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChecklistItemCompletion" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "checklistItemId" TEXT NOT NULL,
    "subjectKey" TEXT NOT NULL,
    "endUserId" TEXT,
    "accountId" TEXT,
    "completedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ChecklistItemCompletion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Survey" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "SurveyKind" NOT NULL,
    "status" "SurveyStatus" NOT NULL DEFAULT 'draft',
    "texts" JSONB NOT NULL,
    "targeting" JSONB NOT NULL,
    "trigger" JSONB NOT NULL,
    "minDaysSinceFirstSeen" INTEGER NOT NULL DEFAULT 0,
    "samplingPercent" INTEGER NOT NULL DEFAULT 100,
    "recurrenceDays" INTEGER NOT NULL DEFAULT 0,
    "recontactDays" INTEGER NOT NULL DEFAULT 30,
    "startsAt" TIMESTAMP(3),
    "endsAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Survey_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SurveyDisplay" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "surveyId" TEXT NOT NULL,
    "endUserId" TEXT NOT NULL,
    "accountId" TEXT,
    "messageId" TEXT,
    "shownAt" TIMESTAMP(3) NOT NULL,
    "dismissedAt" TIMESTAMP(3),

    CONSTRAINT "SurveyDisplay_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SurveyResponse" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "surveyId" TEXT NOT NULL,
    "displayId" TEXT NOT NULL,
    "endUserId" TEXT NOT NULL,
    "accountId" TEXT,
    "personaId" TEXT,
    "score" INTEGER,
    "comment" TEXT,
    "locale" TEXT NOT NULL,
    "messageId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SurveyResponse_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Feedback" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "source" "FeedbackSource" NOT NULL,
    "text" TEXT NOT NULL,
    "category" TEXT,
    "status" "FeedbackStatus" NOT NULL DEFAULT 'new',
    "assigneeId" TEXT,
    "duplicateOfId" TEXT,
    "roadmapItemId" TEXT,
    "endUserId" TEXT,
    "accountId" TEXT,
    "personaId" TEXT,
    "pageUrl" TEXT,
    "surveyResponseId" TEXT,
    "messageId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Feedback_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FeedbackTag" (
    "workspaceId" TEXT NOT NULL,
    "feedbackId" TEXT NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "FeedbackTag_pkey" PRIMARY KEY ("feedbackId","name")
);

-- CreateTable
CREATE TABLE "RoadmapItem" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "status" "RoadmapStatus" NOT NULL DEFAULT 'considering',
    "isPublic" BOOLEAN NOT NULL DEFAULT true,
    "shippedAt" TIMESTAMP(3),
    "changelog" TEXT,
    "voteCount" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RoadmapItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Vote" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "roadmapItemId" TEXT NOT NULL,
    "voterKey" TEXT NOT NULL,
    "endUserId" TEXT,
    "email" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Vote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "endUserId" TEXT,
    "email" TEXT,
    "roadmapItemId" TEXT,
    "payload" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMP(3),
    "readAt" TIMESTAMP(3),

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Workspace_slug_key" ON "Workspace"("slug");

-- CreateIndex
CREATE INDEX "Member_userId_idx" ON "Member"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Member_workspaceId_userId_key" ON "Member"("workspaceId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "Invite_tokenHash_key" ON "Invite"("tokenHash");

-- CreateIndex
CREATE INDEX "Invite_workspaceId_email_idx" ON "Invite"("workspaceId", "email");

-- CreateIndex
CREATE INDEX "OutboxEmail_createdAt_idx" ON "OutboxEmail"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ApiKey_keyHash_key" ON "ApiKey"("keyHash");

-- CreateIndex
CREATE INDEX "ApiKey_workspaceId_idx" ON "ApiKey"("workspaceId");

-- CreateIndex
CREATE INDEX "EndUser_workspaceId_accountId_idx" ON "EndUser"("workspaceId", "accountId");

-- CreateIndex
CREATE INDEX "EndUser_workspaceId_personaId_idx" ON "EndUser"("workspaceId", "personaId");

-- CreateIndex
CREATE INDEX "EndUser_workspaceId_lastSeenDay_idx" ON "EndUser"("workspaceId", "lastSeenDay");

-- CreateIndex
CREATE UNIQUE INDEX "EndUser_workspaceId_externalId_key" ON "EndUser"("workspaceId", "externalId");

-- CreateIndex
CREATE UNIQUE INDEX "Account_workspaceId_externalId_key" ON "Account"("workspaceId", "externalId");

-- CreateIndex
CREATE INDEX "Persona_workspaceId_priority_idx" ON "Persona"("workspaceId", "priority");

-- CreateIndex
CREATE UNIQUE INDEX "Persona_workspaceId_name_key" ON "Persona"("workspaceId", "name");

-- CreateIndex
CREATE INDEX "Event_workspaceId_receivedAt_idx" ON "Event"("workspaceId", "receivedAt");

-- CreateIndex
CREATE INDEX "Event_workspaceId_day_name_idx" ON "Event"("workspaceId", "day", "name");

-- CreateIndex
CREATE INDEX "Event_workspaceId_endUserId_timestamp_idx" ON "Event"("workspaceId", "endUserId", "timestamp");

-- CreateIndex
CREATE UNIQUE INDEX "Event_workspaceId_messageId_key" ON "Event"("workspaceId", "messageId");

-- CreateIndex
CREATE UNIQUE INDEX "Feature_workspaceId_name_key" ON "Feature"("workspaceId", "name");

-- CreateIndex
CREATE INDEX "UserDay_workspaceId_endUserId_idx" ON "UserDay"("workspaceId", "endUserId");

-- CreateIndex
CREATE INDEX "FeatureUserDay_workspaceId_endUserId_idx" ON "FeatureUserDay"("workspaceId", "endUserId");

-- CreateIndex
CREATE INDEX "RecomputeJob_workspaceId_createdAt_idx" ON "RecomputeJob"("workspaceId", "createdAt");

-- CreateIndex
CREATE INDEX "Checklist_workspaceId_status_idx" ON "Checklist"("workspaceId", "status");

-- CreateIndex
CREATE INDEX "ChecklistItem_workspaceId_checklistId_position_idx" ON "ChecklistItem"("workspaceId", "checklistId", "position");

-- CreateIndex
CREATE INDEX "ChecklistProgress_workspaceId_checklistId_idx" ON "ChecklistProgress"("workspaceId", "checklistId");

-- CreateIndex
CREATE UNIQUE INDEX "ChecklistProgress_checklistId_endUserId_key" ON "ChecklistProgress"("checklistId", "endUserId");

-- CreateIndex
CREATE INDEX "ChecklistItemCompletion_workspaceId_endUserId_idx" ON "ChecklistItemCompletion"("workspaceId", "endUserId");

-- CreateIndex
CREATE UNIQUE INDEX "ChecklistItemCompletion_checklistItemId_subjectKey_key" ON "ChecklistItemCompletion"("checklistItemId", "subjectKey");

-- CreateIndex
CREATE INDEX "Survey_workspaceId_status_idx" ON "Survey"("workspaceId", "status");

-- CreateIndex
CREATE INDEX "SurveyDisplay_workspaceId_endUserId_shownAt_idx" ON "SurveyDisplay"("workspaceId", "endUserId", "shownAt");

-- CreateIndex
CREATE INDEX "SurveyDisplay_surveyId_shownAt_idx" ON "SurveyDisplay"("surveyId", "shownAt");

-- CreateIndex
CREATE UNIQUE INDEX "SurveyDisplay_workspaceId_messageId_key" ON "SurveyDisplay"("workspaceId", "messageId");

-- CreateIndex
CREATE UNIQUE INDEX "SurveyResponse_displayId_key" ON "SurveyResponse"("displayId");

-- CreateIndex
CREATE INDEX "SurveyResponse_workspaceId_surveyId_createdAt_idx" ON "SurveyResponse"("workspaceId", "surveyId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "SurveyResponse_workspaceId_messageId_key" ON "SurveyResponse"("workspaceId", "messageId");

-- CreateIndex
CREATE INDEX "Feedback_workspaceId_status_createdAt_idx" ON "Feedback"("workspaceId", "status", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Feedback_workspaceId_messageId_key" ON "Feedback"("workspaceId", "messageId");

-- CreateIndex
CREATE INDEX "FeedbackTag_workspaceId_name_idx" ON "FeedbackTag"("workspaceId", "name");

-- CreateIndex
CREATE INDEX "RoadmapItem_workspaceId_status_idx" ON "RoadmapItem"("workspaceId", "status");

-- CreateIndex
CREATE INDEX "Vote_workspaceId_voterKey_idx" ON "Vote"("workspaceId", "voterKey");

-- CreateIndex
CREATE UNIQUE INDEX "Vote_roadmapItemId_voterKey_key" ON "Vote"("roadmapItemId", "voterKey");

-- CreateIndex
CREATE INDEX "Notification_workspaceId_endUserId_createdAt_idx" ON "Notification"("workspaceId", "endUserId", "createdAt");

-- AddForeignKey
ALTER TABLE "Member" ADD CONSTRAINT "Member_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Member" ADD CONSTRAINT "Member_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invite" ADD CONSTRAINT "Invite_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invite" ADD CONSTRAINT "Invite_invitedById_fkey" FOREIGN KEY ("invitedById") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiKey" ADD CONSTRAINT "ApiKey_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EndUser" ADD CONSTRAINT "EndUser_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EndUser" ADD CONSTRAINT "EndUser_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EndUser" ADD CONSTRAINT "EndUser_personaId_fkey" FOREIGN KEY ("personaId") REFERENCES "Persona"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Account" ADD CONSTRAINT "Account_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Persona" ADD CONSTRAINT "Persona_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Feature" ADD CONSTRAINT "Feature_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecomputeJob" ADD CONSTRAINT "RecomputeJob_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Checklist" ADD CONSTRAINT "Checklist_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChecklistItem" ADD CONSTRAINT "ChecklistItem_checklistId_fkey" FOREIGN KEY ("checklistId") REFERENCES "Checklist"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChecklistProgress" ADD CONSTRAINT "ChecklistProgress_checklistId_fkey" FOREIGN KEY ("checklistId") REFERENCES "Checklist"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChecklistItemCompletion" ADD CONSTRAINT "ChecklistItemCompletion_checklistItemId_fkey" FOREIGN KEY ("checklistItemId") REFERENCES "ChecklistItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Survey" ADD CONSTRAINT "Survey_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyDisplay" ADD CONSTRAINT "SurveyDisplay_surveyId_fkey" FOREIGN KEY ("surveyId") REFERENCES "Survey"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyResponse" ADD CONSTRAINT "SurveyResponse_surveyId_fkey" FOREIGN KEY ("surveyId") REFERENCES "Survey"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyResponse" ADD CONSTRAINT "SurveyResponse_displayId_fkey" FOREIGN KEY ("displayId") REFERENCES "SurveyDisplay"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Feedback" ADD CONSTRAINT "Feedback_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Feedback" ADD CONSTRAINT "Feedback_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Feedback" ADD CONSTRAINT "Feedback_roadmapItemId_fkey" FOREIGN KEY ("roadmapItemId") REFERENCES "RoadmapItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Feedback" ADD CONSTRAINT "Feedback_duplicateOfId_fkey" FOREIGN KEY ("duplicateOfId") REFERENCES "Feedback"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeedbackTag" ADD CONSTRAINT "FeedbackTag_feedbackId_fkey" FOREIGN KEY ("feedbackId") REFERENCES "Feedback"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoadmapItem" ADD CONSTRAINT "RoadmapItem_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Vote" ADD CONSTRAINT "Vote_roadmapItemId_fkey" FOREIGN KEY ("roadmapItemId") REFERENCES "RoadmapItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_roadmapItemId_fkey" FOREIGN KEY ("roadmapItemId") REFERENCES "RoadmapItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;
