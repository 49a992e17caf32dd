-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "Workspace" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "timeZone" TEXT NOT NULL DEFAULT 'UTC',
    "recontactDays" INTEGER NOT NULL DEFAULT 14,
    "requireSignedIdentity" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "Member" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workspaceId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Member_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Member_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Invite" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workspaceId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "invitedById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" DATETIME NOT NULL,
    "acceptedAt" DATETIME,
    "revokedAt" DATETIME,
    CONSTRAINT "Invite_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Invite_invitedById_fkey" FOREIGN KEY ("invitedById") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "OutboxEmail" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workspaceId" TEXT,
    "to" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" DATETIME,
    "error" TEXT
);

-- CreateTable
CREATE TABLE "ApiKey" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workspaceId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "keyHash" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" DATETIME,
    "revokedAt" DATETIME,
    CONSTRAINT "ApiKey_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "EndUser" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workspaceId" TEXT NOT NULL,
    "externalId" TEXT NOT NULL,
    "traits" JSONB NOT NULL,
    "accountId" TEXT,
    "personaId" TEXT,
    "locale" TEXT,
    "firstSeenAt" DATETIME NOT NULL,
    "lastSeenAt" DATETIME NOT NULL,
    "firstSeenDay" INTEGER NOT NULL,
    "lastSeenDay" INTEGER NOT NULL,
    CONSTRAINT "EndUser_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "EndUser_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "EndUser_personaId_fkey" FOREIGN KEY ("personaId") REFERENCES "Persona" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Account" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workspaceId" TEXT NOT NULL,
    "externalId" TEXT NOT NULL,
    "name" TEXT,
    "traits" JSONB NOT NULL,
    "firstSeenAt" DATETIME NOT NULL,
    "lastSeenAt" DATETIME NOT NULL,
    CONSTRAINT "Account_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Persona" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workspaceId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "rules" JSONB NOT NULL,
    "priority" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Persona_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Event" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workspaceId" TEXT NOT NULL,
    "messageId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "endUserId" TEXT NOT NULL,
    "accountId" TEXT,
    "properties" JSONB NOT NULL,
    "context" JSONB,
    "timestamp" DATETIME NOT NULL,
    "receivedAt" DATETIME NOT NULL,
    "day" INTEGER NOT NULL,
    CONSTRAINT "Event_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Feature" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workspaceId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "matchers" JSONB NOT NULL,
    "releasedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Feature_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "UserDay" (
    "workspaceId" TEXT NOT NULL,
    "day" INTEGER NOT NULL,
    "endUserId" TEXT NOT NULL,
    "accountId" TEXT,
    "eventCount" INTEGER NOT NULL,

    PRIMARY KEY ("workspaceId", "day", "endUserId")
);

-- CreateTable
CREATE TABLE "FeatureUserDay" (
    "workspaceId" TEXT NOT NULL,
    "featureId" TEXT NOT NULL,
    "day" INTEGER NOT NULL,
    "endUserId" TEXT NOT NULL,
    "count" INTEGER NOT NULL,

    PRIMARY KEY ("workspaceId", "featureId", "day", "endUserId")
);

-- CreateTable
CREATE TABLE "EventDay" (
    "workspaceId" TEXT NOT NULL,
    "day" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "count" INTEGER NOT NULL,

    PRIMARY KEY ("workspaceId", "day", "name")
);

-- CreateTable
CREATE TABLE "RecomputeJob" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workspaceId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "targetId" TEXT,
    "status" TEXT NOT NULL,
    "processed" INTEGER NOT NULL DEFAULT 0,
    "total" INTEGER NOT NULL DEFAULT 0,
    "error" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" DATETIME,
    CONSTRAINT "RecomputeJob_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Checklist" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workspaceId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "status" TEXT NOT NULL DEFAULT 'draft',
    "targeting" JSONB NOT NULL,
    "holdoutPercent" INTEGER NOT NULL DEFAULT 0,
    "translations" JSONB NOT NULL,
    "goalEvent" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Checklist_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ChecklistItem" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workspaceId" TEXT NOT NULL,
    "checklistId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL DEFAULT '',
    "ctaUrl" TEXT,
    "completion" JSONB NOT NULL,
    "scope" TEXT NOT NULL DEFAULT 'user',
    "precursorEvent" TEXT,
    "translations" JSONB NOT NULL,
    CONSTRAINT "ChecklistItem_checklistId_fkey" FOREIGN KEY ("checklistId") REFERENCES "Checklist" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ChecklistProgress" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workspaceId" TEXT NOT NULL,
    "checklistId" TEXT NOT NULL,
    "endUserId" TEXT NOT NULL,
    "group" TEXT NOT NULL,
    "seenAt" DATETIME,
    "dismissedAt" DATETIME,
    "completedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ChecklistProgress_checklistId_fkey" FOREIGN KEY ("checklistId") REFERENCES "Checklist" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ChecklistItemCompletion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workspaceId" TEXT NOT NULL,
    "checklistItemId" TEXT NOT NULL,
    "subjectKey" TEXT NOT NULL,
    "endUserId" TEXT,
    "accountId" TEXT,
    "completedAt" DATETIME NOT NULL,
    CONSTRAINT "ChecklistItemCompletion_checklistItemId_fkey" FOREIGN KEY ("checklistItemId") REFERENCES "ChecklistItem" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Survey" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workspaceId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "texts" JSONB NOT NULL,
    "targeting" JSONB NOT NULL,
    "trigger" JSONB NOT NULL,
    "minDaysSinceFirstSeen" INTEGER NOT NULL DEFAULT 0,
    "samplingPercent" INTEGER NOT NULL DEFAULT 100,
    "recurrenceDays" INTEGER NOT NULL DEFAULT 0,
    "recontactDays" INTEGER NOT NULL DEFAULT 30,
    "startsAt" DATETIME,
    "endsAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Survey_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SurveyDisplay" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workspaceId" TEXT NOT NULL,
    "surveyId" TEXT NOT NULL,
    "endUserId" TEXT NOT NULL,
    "accountId" TEXT,
    "messageId" TEXT,
    "shownAt" DATETIME NOT NULL,
    "dismissedAt" DATETIME,
    CONSTRAINT "SurveyDisplay_surveyId_fkey" FOREIGN KEY ("surveyId") REFERENCES "Survey" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SurveyResponse" (
    "id" TEXT NOT NULL PRIMARY KEY,
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
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "SurveyResponse_surveyId_fkey" FOREIGN KEY ("surveyId") REFERENCES "Survey" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "SurveyResponse_displayId_fkey" FOREIGN KEY ("displayId") REFERENCES "SurveyDisplay" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Feedback" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workspaceId" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "category" TEXT,
    "status" TEXT NOT NULL DEFAULT 'new',
    "assigneeId" TEXT,
    "duplicateOfId" TEXT,
    "roadmapItemId" TEXT,
    "endUserId" TEXT,
    "accountId" TEXT,
    "personaId" TEXT,
    "pageUrl" TEXT,
    "surveyResponseId" TEXT,
    "messageId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Feedback_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Feedback_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Feedback_roadmapItemId_fkey" FOREIGN KEY ("roadmapItemId") REFERENCES "RoadmapItem" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Feedback_duplicateOfId_fkey" FOREIGN KEY ("duplicateOfId") REFERENCES "Feedback" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "FeedbackTag" (
    "workspaceId" TEXT NOT NULL,
    "feedbackId" TEXT NOT NULL,
    "name" TEXT NOT NULL,

    PRIMARY KEY ("feedbackId", "name"),
    CONSTRAINT "FeedbackTag_feedbackId_fkey" FOREIGN KEY ("feedbackId") REFERENCES "Feedback" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "RoadmapItem" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workspaceId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "status" TEXT NOT NULL DEFAULT 'considering',
    "isPublic" BOOLEAN NOT NULL DEFAULT true,
    "shippedAt" DATETIME,
    "changelog" TEXT,
    "voteCount" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "RoadmapItem_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Vote" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workspaceId" TEXT NOT NULL,
    "roadmapItemId" TEXT NOT NULL,
    "voterKey" TEXT NOT NULL,
    "endUserId" TEXT,
    "email" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Vote_roadmapItemId_fkey" FOREIGN KEY ("roadmapItemId") REFERENCES "RoadmapItem" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workspaceId" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "endUserId" TEXT,
    "email" TEXT,
    "roadmapItemId" TEXT,
    "payload" JSONB NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" DATETIME,
    "readAt" DATETIME,
    CONSTRAINT "Notification_roadmapItemId_fkey" FOREIGN KEY ("roadmapItemId") REFERENCES "RoadmapItem" ("id") ON DELETE CASCADE ON UPDATE CASCADE
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
