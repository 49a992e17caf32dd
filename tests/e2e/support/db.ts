// The e2e tests' view of Cairn's database: a workspace set up through the project's own services
// (sign-up, workspace, write key, personas, role question, live checklists), and the reads the
// tests assert on. Opens the webServer's SQLite file (see ./use-e2e-database.ts).
import "./use-e2e-database";
import { randomBytes } from "node:crypto";
import { createApiKey } from "@/server/api-keys/api-keys";
import { memberBy } from "@/server/audit/record-audit";
import { db } from "@/server/db";
import { createChecklist } from "@/server/onboarding/create-checklist";
import { isInHoldout } from "@/server/audience/holdout";
import { updateRoleQuestion } from "@/server/onboarding/role-question";
import { ZChecklistInput, type ChecklistOut, type TChecklistFormInput } from "@/server/onboarding/schemas";
import { setChecklistStatus } from "@/server/onboarding/set-checklist-status";
import { createPersona } from "@/server/personas/personas";
import { createSurvey } from "@/server/surveys/create-survey";
import { ZSurveyInput } from "@/server/surveys/schemas";
import { setSurveyStatus } from "@/server/surveys/set-survey-status";
import { createWorkspace } from "@/server/workspaces/workspaces";
import { signUp } from "@/server/workspaces/users";
import { verifyEmail } from "@/server/auth/email-verification";
import type { TSignUpInput } from "@/server/workspaces/schemas";
import { PERSONAS } from "@/prisma/seed/airtouch";
import { AIRTOUCH_CHECKLISTS, AIRTOUCH_ROLE_QUESTION } from "@/prisma/seed/airtouch-onboarding";

export { db };

export function uniqueId(): string {
  return `${Date.now().toString(36)}${randomBytes(3).toString("hex")}`;
}

/** The confirmation link last mailed to `email`, read from the outbox as its owner would read
 * their inbox (the row keeps the link until the mail is delivered; e2e runs have no SMTP). */
export async function confirmationLinkFor(email: string): Promise<string> {
  const mail = await db.outboxEmail.findFirstOrThrow({
    where: { to: email, kind: "verify_email", link: { not: null } },
    orderBy: { createdAt: "desc" },
    select: { link: true },
  });
  return mail.link!;
}

/** The password reset link last mailed to `email` (the outbox stands for the inbox). */
export async function resetLinkFor(email: string): Promise<string> {
  const mail = await db.outboxEmail.findFirstOrThrow({
    where: { to: email, kind: "reset_password", link: { not: null } },
    orderBy: { createdAt: "desc" },
    select: { link: true },
  });
  return mail.link!;
}

/** Signs up through the service and opens the confirmation link, as a new user would. */
export async function signUpConfirmed(input: TSignUpInput) {
  await signUp({ db, input });
  const link = new URL(await confirmationLinkFor(input.email));
  await verifyEmail({ db, token: link.pathname.split("/verify/")[1]! });
  return db.user.findUniqueOrThrow({ where: { email: input.email }, select: { id: true, email: true, name: true } });
}

/** A role no persona matches: the holdout checklist targets it by a trait condition. */
export const HOLDOUT_ROLE = "product manager";
export const HOLDOUT_PERCENT = 50;

export type OnboardingWorkspace = {
  workspaceId: string;
  slug: string;
  /** The workspace's admin, who signs in to the dashboard. */
  pm: { email: string; password: string };
  writeKey: string;
  /** Airtouch's checklists (prisma/seed/airtouch-onboarding.ts) with no holdout, so every
   * targeted test user sees them. */
  pipeline: ChecklistOut;
  team: ChecklistOut;
  /** Targets HOLDOUT_ROLE and holds out HOLDOUT_PERCENT% (the most the validator allows). */
  holdout: ChecklistOut;
};

async function liveChecklist(workspaceId: string, input: TChecklistFormInput): Promise<ChecklistOut> {
  const checklist = await createChecklist({ db, workspaceId, input: ZChecklistInput.parse(input) });
  await setChecklistStatus({ db, workspaceId, id: checklist.id, status: "live" });
  return checklist;
}

/** A workspace like the Airtouch demo's, made the way a PM would through the app's services. */
export async function createOnboardingWorkspace(): Promise<OnboardingWorkspace> {
  const id = uniqueId();
  const credentials = { email: `pm-${id}@example.com`, password: "correct horse battery" };
  const pm = await signUpConfirmed({ name: "E2E PM", ...credentials });
  const ws = await createWorkspace({ db, userId: pm.id, input: { name: `Onboarding ${id}` } });
  const key = await createApiKey({
    db,
    workspaceId: ws.id,
    by: memberBy(pm, null),
    input: { kind: "write", name: "Airtouch e2e" },
  });

  const personaIds = new Map<string, string>();
  for (const p of PERSONAS) {
    const { persona, done } = await createPersona({
      db,
      workspaceId: ws.id,
      input: { name: p.name, description: p.description, rules: p.rules },
    });
    await done;
    personaIds.set(p.name, persona.id);
  }
  await updateRoleQuestion({ db, workspaceId: ws.id, input: AIRTOUCH_ROLE_QUESTION });

  const [pipeline, team] = await Promise.all(
    AIRTOUCH_CHECKLISTS.map((c) =>
      liveChecklist(ws.id, {
        ...c.input,
        holdoutPercent: 0,
        targeting: { personaIds: [personaIds.get(c.persona)!], conditions: [] },
      }),
    ),
  );
  const holdout = await liveChecklist(ws.id, {
    title: "Plan your rollout",
    description: "For product managers.",
    holdoutPercent: HOLDOUT_PERCENT,
    targeting: { personaIds: [], conditions: [{ key: "role", op: "equals", value: HOLDOUT_ROLE }] },
    items: [{ title: "Invite a colleague", completion: { event: "colleague_invited" } }],
  });
  return {
    workspaceId: ws.id,
    slug: ws.slug,
    pm: credentials,
    writeKey: key.key,
    pipeline: pipeline!,
    team: team!,
    holdout,
  };
}

export async function findEndUser(workspaceId: string, externalId: string) {
  return db.endUser.findUnique({
    where: { workspaceId_externalId: { workspaceId, externalId } },
    select: { id: true, accountId: true, traits: true, persona: { select: { name: true } } },
  });
}

/** Whether the project's holdout function puts this stored user in the checklist's holdout. */
export function inHoldout(checklist: Pick<ChecklistOut, "id" | "holdoutPercent">, endUserId: string): boolean {
  return isInHoldout(checklist.id, endUserId, checklist.holdoutPercent);
}

export async function findProgress(checklistId: string, endUserId: string) {
  return db.checklistProgress.findUnique({
    where: { checklistId_endUserId: { checklistId, endUserId } },
    select: { group: true, seenAt: true, dismissedAt: true, completedAt: true },
  });
}

/** The subject keys (u:/a:) of an item's completions among the given ones. */
export async function completionKeys(itemId: string, subjectKeys: string[]): Promise<string[]> {
  const rows = await db.checklistItemCompletion.findMany({
    where: { checklistItemId: itemId, subjectKey: { in: subjectKeys } },
    select: { subjectKey: true },
  });
  return rows.map((r) => r.subjectKey).sort();
}

export type StoredEvent = { messageId: string; name: string; type: string; properties: Record<string, unknown> };

/** Every event stored for one end user (by external id), oldest first. */
export async function eventsOf(workspaceId: string, externalId: string): Promise<StoredEvent[]> {
  const user = await findEndUser(workspaceId, externalId);
  if (!user) return [];
  const rows = await db.event.findMany({
    where: { workspaceId, endUserId: user.id },
    select: { messageId: true, name: true, type: true, properties: true },
    orderBy: { timestamp: "asc" },
  });
  return rows.map((r) => ({ ...r, properties: (r.properties ?? {}) as Record<string, unknown> }));
}

// ---------------------------------------------------------------- voice of customer

/** The event whose tracking shows the NPS survey: Airtouch tracks it when a workflow is run. */
export const SURVEY_EVENT = "workflow_run";

export type VoiceWorkspace = OnboardingWorkspace & { surveyId: string };

/**
 * An Airtouch-like workspace (its own, so the survey does not show in the other specs) with an
 * active NPS survey for everyone, shown when SURVEY_EVENT is tracked: asked once per user
 * (recurrence 0), in the kind's default wording (server/surveys/texts.ts).
 */
export async function createVoiceWorkspace(): Promise<VoiceWorkspace> {
  const ws = await createOnboardingWorkspace();
  const survey = await createSurvey({
    db,
    workspaceId: ws.workspaceId,
    input: ZSurveyInput.parse({
      name: "NPS after a run",
      kind: "nps",
      trigger: { type: "event", event: SURVEY_EVENT },
      samplingPercent: 100,
      recurrenceDays: 0,
      recontactDays: 30,
    }),
  });
  await setSurveyStatus({ db, workspaceId: ws.workspaceId, id: survey.id, status: "active" });
  return { ...ws, surveyId: survey.id };
}

/** A user's survey answers, oldest first, with the verbatim each comment became in the inbox. */
export async function surveyResponsesOf(workspaceId: string, externalId: string) {
  const user = await findEndUser(workspaceId, externalId);
  if (!user) return [];
  const rows = await db.surveyResponse.findMany({
    where: { workspaceId, endUserId: user.id },
    select: { id: true, surveyId: true, displayId: true, score: true, comment: true, locale: true },
    orderBy: { createdAt: "asc" },
  });
  const verbatims = await db.feedback.findMany({
    where: { workspaceId, surveyResponseId: { in: rows.map((r) => r.id) } },
    select: { surveyResponseId: true, source: true, text: true },
  });
  return rows.map((r) => {
    const v = verbatims.find((f) => f.surveyResponseId === r.id);
    return { ...r, feedback: v ? { source: v.source, text: v.text } : null };
  });
}

/** The displays recorded for a user (one per survey shown), oldest first. */
export async function surveyDisplaysOf(workspaceId: string, externalId: string) {
  const user = await findEndUser(workspaceId, externalId);
  if (!user) return [];
  return db.surveyDisplay.findMany({
    where: { workspaceId, endUserId: user.id },
    select: { id: true, surveyId: true, dismissedAt: true },
    orderBy: { shownAt: "asc" },
  });
}

/** What a user sent through the feedback button, oldest first. */
export async function buttonFeedbackOf(workspaceId: string, externalId: string) {
  const user = await findEndUser(workspaceId, externalId);
  if (!user) return [];
  return db.feedback.findMany({
    where: { workspaceId, endUserId: user.id, source: "widget" },
    select: { text: true, category: true, status: true, pageUrl: true, locale: true },
    orderBy: { createdAt: "asc" },
  });
}
