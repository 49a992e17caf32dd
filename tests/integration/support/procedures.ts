// One input builder per procedure of the appRouter, shared by the cross-tenant and role tests.
// A builder makes a valid input against a fixture workspace; the tests run it against the
// caller's own workspace (must succeed), another tenant's workspace (NOT_FOUND), and their own
// workspace with another tenant's resource ids (NOT_FOUND).
import type { AnyTRPCProcedure } from "@trpc/server";
import type { Db } from "../../../server/db";
import type { MemberRole } from "../../../server/generated/sqlite/enums";
import { inviteMember } from "../../../server/workspaces/members";
import { createIdentitySecret } from "../../../server/identity/secrets";
import { memberBy } from "../../../server/audit/record-audit";
import { appRouter } from "../../../server/trpc/root";
import {
  createWorkspace,
  createWriteKey,
  insertFeature,
  insertJob,
  insertPersona,
  unique,
  type TestUser,
  type TestWorkspace,
} from "../../factories";
import type { callerFor } from "./db";
import { waitForJobs } from "./totals";
import { defaultTexts } from "../../../server/surveys/texts";
import { SURVEY_CASES } from "./cases/surveys";
import { FEEDBACK_CASES } from "./cases/feedback";
import { ADOPTION_CASES } from "./cases/adoption";
import { AUDIT_CASES } from "./cases/audit";
import { PRIVACY_CASES } from "./cases/privacy";
import { ADOPTION_FEATURES_CASES } from "./cases/adoption-features";
import { ROLLUP_CASES } from "./cases/rollups";
import { ADOPTION_ACTIVITY_CASES } from "./cases/adoption-activity";
import { PEOPLE_CASES } from "./cases/people";

const FUNNEL_DEFINITION = {
  steps: [{ event: "signed_up" }, { event: "workflow_saved" }],
  windowHours: 24,
  unit: "users" as const,
  breakdown: { kind: "none" as const },
};

export type Fixture = {
  ws: TestWorkspace;
  workspaceId: string;
  admin: TestUser;
  apiKeyId: string;
  identitySecretId: string;
  personaIds: [string, string];
  featureId: string;
  inviteId: string;
  inviteEmail: string;
  jobId: string;
  deadJobId: string;
  checklistId: string;
  /** A draft NPS survey (no displays). */
  surveyId: string;
  /** A widget feedback item, status new, no author. */
  feedbackId: string;
  /** A second feedback item (e.g. the original when marking feedbackId as its duplicate). */
  otherFeedbackId: string;
  roadmapItemId: string;
  /** A second roadmap item (the merge target), a custom status, and a merge of the first item
   * into the second (roadmap.undoMerge). */
  otherRoadmapItemId: string;
  roadmapStatusId: string;
  roadmapMergeId: string;
  /** A saved funnel (funnel.get, funnel.save with an id, funnel.delete). */
  funnelId: string;
  /** An end user's userId (externalId), for privacy.lookup and privacy.erase. */
  endUserExternalId: string;
  /** That end user's EndUser.id and the Account.id of an account (people.user, people.account). */
  endUserId: string;
  accountId: string;
};

const made: string[] = [];

/** A workspace with an admin, a pm and a viewer, and one of every resource a procedure can name. */
export async function createFixture(db: Db, opts: { admin?: TestUser } = {}): Promise<Fixture> {
  const ws = await createWorkspace(db, {
    roles: ["admin", "pm", "viewer"],
    users: opts.admin ? [opts.admin] : undefined,
  });
  const workspaceId = ws.workspace.id;
  made.push(workspaceId);
  const admin = ws.user("admin");
  const p1 = await insertPersona(db, workspaceId, { priority: 1 });
  const p2 = await insertPersona(db, workspaceId, { priority: 2, rules: [{ key: "plan", op: "in", value: ["pro"] }] });
  const inviteEmail = `invitee-${unique()}@cairn.test`;
  const invite = await inviteMember({
    db,
    workspaceId,
    by: memberBy(admin, null),
    input: { email: inviteEmail, role: "viewer" },
  });
  return {
    ws,
    workspaceId,
    admin,
    apiKeyId: (await createWriteKey(db, workspaceId)).id,
    identitySecretId: (await createIdentitySecret({ db, workspaceId, by: memberBy(admin, null) })).id,
    personaIds: [p1.id, p2.id],
    featureId: (await insertFeature(db, workspaceId)).id,
    inviteId: invite.id,
    inviteEmail,
    jobId: (await insertJob(db, workspaceId)).id,
    deadJobId: (await insertJob(db, workspaceId, { status: "dead" })).id,
    checklistId: (
      await db.checklist.create({
        data: { workspaceId, title: `Checklist ${unique()}`, targeting: {}, translations: {} },
        select: { id: true },
      })
    ).id,
    surveyId: (
      await db.survey.create({
        data: {
          workspaceId,
          name: `Survey ${unique()}`,
          kind: "nps",
          texts: defaultTexts("nps"),
          targeting: {},
          trigger: { type: "page_load" },
        },
        select: { id: true },
      })
    ).id,
    feedbackId: (
      await db.feedback.create({
        data: { workspaceId, source: "widget", text: `Feedback ${unique()}` },
        select: { id: true },
      })
    ).id,
    otherFeedbackId: (
      await db.feedback.create({
        data: { workspaceId, source: "widget", text: `Feedback ${unique()}` },
        select: { id: true },
      })
    ).id,
    roadmapItemId: (
      await db.roadmapItem.create({ data: { workspaceId, title: `Roadmap item ${unique()}` }, select: { id: true } })
    ).id,
    ...(await fixtureRoadmap(db, workspaceId)),
    funnelId: (
      await db.funnel.create({
        data: { workspaceId, name: `Funnel ${unique()}`, definition: FUNNEL_DEFINITION },
        select: { id: true },
      })
    ).id,
    ...(await fixturePerson(db, workspaceId)),
  };
}

/** A merge target, a custom status and a recorded merge for roadmap.*; the merge record moved
 * nothing, so undoing it only reopens its source (a separate item). */
async function fixtureRoadmap(db: Db, workspaceId: string) {
  const item = (title: string) => db.roadmapItem.create({ data: { workspaceId, title }, select: { id: true } });
  const [other, merged] = [await item(`Target ${unique()}`), await item(`Merged ${unique()}`)];
  const status = await db.roadmapStatusOption.create({
    data: { workspaceId, name: `Beta ${unique()}`, color: "#7c3aed", category: "in_progress" },
    select: { id: true },
  });
  await db.roadmapItem.update({ where: { id: merged.id }, data: { mergedIntoId: other.id, status: "closed" } });
  const merge = await db.roadmapMerge.create({
    data: {
      workspaceId,
      sourceId: merged.id,
      targetId: other.id,
      moved: {
        movedVoteIds: [],
        droppedVotes: [],
        feedbackIds: [],
        commentIds: [],
        sourceStatus: "considering",
        sourceCustomStatusId: null,
      },
    },
    select: { id: true },
  });
  return { otherRoadmapItemId: other.id, roadmapStatusId: status.id, roadmapMergeId: merge.id };
}

/** An end user (no account) and an account, for privacy.* and people.*. */
async function fixturePerson(db: Db, workspaceId: string) {
  const at = { firstSeenAt: new Date(), lastSeenAt: new Date() };
  const account = await db.account.create({
    data: { workspaceId, externalId: unique("account-"), traits: {}, ...at },
    select: { id: true },
  });
  const user = await db.endUser.create({
    data: {
      workspaceId,
      externalId: unique("end-user-"),
      traits: {},
      firstSeenAt: new Date(),
      lastSeenAt: new Date(),
      firstSeenDay: 0,
      lastSeenDay: 0,
    },
    select: { externalId: true, id: true },
  });
  return { endUserExternalId: user.externalId, endUserId: user.id, accountId: account.id };
}

/** Lets the recompute jobs the calls started finish before the client closes. */
export async function settleFixtures(db: Db): Promise<void> {
  for (const id of made.splice(0)) await waitForJobs(db, id);
}

export type WorkspaceCase = {
  input: (f: Fixture) => Record<string, unknown>;
  /** The least role allowed to call it. */
  minRole: MemberRole;
  /** The input names resources by id: with the caller's workspaceId and another tenant's ids it
   * must fail with this code and change nothing. */
  foreignIds?: "NOT_FOUND" | "BAD_REQUEST";
};

const persona = () => ({
  name: `Persona ${unique()}`,
  description: "",
  rules: [{ key: "role", op: "equals" as const, value: "engineer" }],
});
const feature = () => ({
  name: `Feature ${unique()}`,
  description: "",
  matchers: [{ event: "Report Exported" }],
  releasedAt: null,
});
const checklist = (f: Fixture) => ({
  title: `Checklist ${unique()}`,
  targeting: { personaIds: [f.personaIds[0]], conditions: [{ key: "plan", op: "equals" as const, value: "pro" }] },
  holdoutPercent: 10,
  translations: { fr: { title: "Bienvenue" } },
  items: [
    {
      title: "Export a report",
      completion: { event: "Report Exported" },
      scope: "account" as const,
      ctaUrl: "/reports",
    },
  ],
});
const roleQuestion = () => ({
  enabled: true,
  trait: "role",
  question: { en: "What is your role?" },
  options: [
    { value: "engineer", label: { en: "Engineer" } },
    { value: "sales", label: { en: "Sales", de: "Vertrieb" } },
  ],
});

/** Every procedure whose input carries a workspaceId. */
export const WORKSPACE_CASES: Record<string, WorkspaceCase> = {
  "workspace.get": { minRole: "viewer", input: (f) => ({ workspaceId: f.workspaceId }) },
  "workspace.update": {
    minRole: "admin",
    input: (f) => ({
      workspaceId: f.workspaceId,
      data: { name: `Renamed ${unique()}`, timeZone: "Europe/Paris", recontactDays: 3 },
    }),
  },
  "workspace.overview": { minRole: "viewer", input: (f) => ({ workspaceId: f.workspaceId }) },
  "workspace.liveEvents": { minRole: "viewer", input: (f) => ({ workspaceId: f.workspaceId, take: 10 }) },
  "workspace.job": {
    minRole: "viewer",
    foreignIds: "NOT_FOUND",
    input: (f) => ({ workspaceId: f.workspaceId, id: f.jobId }),
  },
  "job.list": { minRole: "admin", input: (f) => ({ workspaceId: f.workspaceId }) },
  "job.retry": {
    minRole: "admin",
    foreignIds: "NOT_FOUND",
    input: (f) => ({ workspaceId: f.workspaceId, id: f.deadJobId }),
  },
  "workspace.members": { minRole: "viewer", input: (f) => ({ workspaceId: f.workspaceId }) },
  "workspace.invite": {
    minRole: "admin",
    input: (f) => ({ workspaceId: f.workspaceId, email: `new-${unique()}@cairn.test`, role: "pm" }),
  },
  "workspace.revokeInvite": {
    minRole: "admin",
    foreignIds: "NOT_FOUND",
    input: (f) => ({ workspaceId: f.workspaceId, id: f.inviteId }),
  },
  "workspace.updateMemberRole": {
    minRole: "admin",
    foreignIds: "NOT_FOUND",
    input: (f) => ({ workspaceId: f.workspaceId, id: f.ws.memberId("viewer"), role: "pm" }),
  },
  "workspace.removeMember": {
    minRole: "admin",
    foreignIds: "NOT_FOUND",
    input: (f) => ({ workspaceId: f.workspaceId, id: f.ws.memberId("pm") }),
  },
  "apiKey.list": { minRole: "admin", input: (f) => ({ workspaceId: f.workspaceId }) },
  "apiKey.create": {
    minRole: "admin",
    input: (f) => ({ workspaceId: f.workspaceId, kind: "write", name: `key ${unique()}` }),
  },
  "apiKey.revoke": {
    minRole: "admin",
    foreignIds: "NOT_FOUND",
    input: (f) => ({ workspaceId: f.workspaceId, id: f.apiKeyId }),
  },
  "install.status": { minRole: "viewer", input: (f) => ({ workspaceId: f.workspaceId }) },
  "engagement.settings": { minRole: "viewer", input: (f) => ({ workspaceId: f.workspaceId }) },
  "engagement.report": { minRole: "viewer", input: (f) => ({ workspaceId: f.workspaceId }) },
  "engagement.predictive": { minRole: "viewer", input: (f) => ({ workspaceId: f.workspaceId }) },
  "engagement.pes": { minRole: "viewer", input: (f) => ({ workspaceId: f.workspaceId }) },
  "engagement.history": {
    minRole: "viewer",
    foreignIds: "NOT_FOUND",
    input: (f) => ({ workspaceId: f.workspaceId, kind: "user", id: f.endUserId }),
  },
  "engagement.save": {
    minRole: "pm",
    input: (f) => ({
      workspaceId: f.workspaceId,
      scale: 100,
      windowDays: 7,
      lowPercentile: 5,
      highPercentile: 95,
      weights: [{ event: "workflow_run", weight: 1 }],
    }),
  },
  "engagement.recomputeHistory": { minRole: "pm", input: (f) => ({ workspaceId: f.workspaceId }) },
  "home.summary": { minRole: "viewer", input: (f) => ({ workspaceId: f.workspaceId }) },
  "northStar.settings": { minRole: "viewer", input: (f) => ({ workspaceId: f.workspaceId }) },
  "northStar.report": { minRole: "viewer", input: (f) => ({ workspaceId: f.workspaceId }) },
  "northStar.efficiency": { minRole: "viewer", input: (f) => ({ workspaceId: f.workspaceId }) },
  "northStar.save": {
    minRole: "pm",
    input: (f) => ({
      workspaceId: f.workspaceId,
      config: {
        name: "Weekly runs",
        metric: { kind: "feature", featureId: f.featureId, unit: "users" },
        target: 100,
        coreEvent: "workflow_run",
        threshold: 3,
        efficiency: { from: "signed_up", to: "workflow_run" },
      },
    }),
  },
  "roadmap.board": { minRole: "viewer", input: (f) => ({ workspaceId: f.workspaceId, sort: "demand" }) },
  "roadmap.statuses": { minRole: "viewer", input: (f) => ({ workspaceId: f.workspaceId }) },
  "roadmap.createStatus": {
    minRole: "pm",
    input: (f) => ({ workspaceId: f.workspaceId, name: `Status ${unique()}`, color: "#0f766e", category: "planned" }),
  },
  "roadmap.updateStatus": {
    minRole: "pm",
    foreignIds: "NOT_FOUND",
    input: (f) => ({
      workspaceId: f.workspaceId,
      id: f.roadmapStatusId,
      status: { name: `Status ${unique()}`, color: "#0f766e", category: "in_progress", isPublic: false },
    }),
  },
  "roadmap.deleteStatus": {
    minRole: "pm",
    foreignIds: "NOT_FOUND",
    input: (f) => ({ workspaceId: f.workspaceId, id: f.roadmapStatusId }),
  },
  "roadmap.update": {
    minRole: "pm",
    foreignIds: "NOT_FOUND",
    input: (f) => ({ workspaceId: f.workspaceId, id: f.roadmapItemId, tags: ["integrations"], eta: "2027-Q2" }),
  },
  "roadmap.move": {
    minRole: "pm",
    foreignIds: "NOT_FOUND",
    input: (f) => ({
      workspaceId: f.workspaceId,
      id: f.roadmapItemId,
      category: "in_progress",
      customStatusId: f.roadmapStatusId,
    }),
  },
  // Its ids are sourceId and targetId; roadmap-board.int.test.ts merges another tenant's items.
  "roadmap.merge": {
    minRole: "pm",
    input: (f) => ({ workspaceId: f.workspaceId, sourceId: f.roadmapItemId, targetId: f.otherRoadmapItemId }),
  },
  "roadmap.item": {
    minRole: "viewer",
    foreignIds: "NOT_FOUND",
    input: (f) => ({ workspaceId: f.workspaceId, id: f.roadmapItemId }),
  },
  "roadmap.comment": {
    minRole: "pm",
    foreignIds: "NOT_FOUND",
    input: (f) => ({ workspaceId: f.workspaceId, id: f.roadmapItemId, body: "We are on it", internal: true }),
  },
  "roadmap.undoMerge": {
    minRole: "pm",
    foreignIds: "NOT_FOUND",
    input: (f) => ({ workspaceId: f.workspaceId, id: f.roadmapMergeId }),
  },
  "funnel.list": { minRole: "viewer", input: (f) => ({ workspaceId: f.workspaceId }) },
  "funnel.get": {
    minRole: "viewer",
    foreignIds: "NOT_FOUND",
    input: (f) => ({ workspaceId: f.workspaceId, id: f.funnelId }),
  },
  "funnel.save": {
    minRole: "pm",
    foreignIds: "NOT_FOUND",
    input: (f) => ({
      workspaceId: f.workspaceId,
      id: f.funnelId,
      name: `Funnel ${unique()}`,
      definition: FUNNEL_DEFINITION,
    }),
  },
  "funnel.delete": {
    minRole: "pm",
    foreignIds: "NOT_FOUND",
    input: (f) => ({ workspaceId: f.workspaceId, id: f.funnelId }),
  },
  "funnel.report": { minRole: "viewer", input: (f) => ({ workspaceId: f.workspaceId, ...FUNNEL_DEFINITION }) },
  "funnel.dropOff": {
    minRole: "viewer",
    input: (f) => ({ workspaceId: f.workspaceId, ...FUNNEL_DEFINITION, reached: 1 }),
  },
  "identity.get": { minRole: "admin", input: (f) => ({ workspaceId: f.workspaceId }) },
  "identity.setMode": { minRole: "admin", input: (f) => ({ workspaceId: f.workspaceId, mode: "optional" }) },
  "identity.createSecret": { minRole: "admin", input: (f) => ({ workspaceId: f.workspaceId }) },
  "identity.revokeSecret": {
    minRole: "admin",
    foreignIds: "NOT_FOUND",
    input: (f) => ({ workspaceId: f.workspaceId, id: f.identitySecretId }),
  },
  "quotas.get": { minRole: "admin", input: (f) => ({ workspaceId: f.workspaceId }) },
  "quotas.set": {
    minRole: "admin",
    input: (f) => ({ workspaceId: f.workspaceId, ingestEventsPerSecond: 500, newEndUsersPerDay: null }),
  },
  "persona.list": { minRole: "viewer", input: (f) => ({ workspaceId: f.workspaceId }) },
  "persona.create": { minRole: "pm", input: (f) => ({ workspaceId: f.workspaceId, ...persona() }) },
  "persona.update": {
    minRole: "pm",
    foreignIds: "NOT_FOUND",
    input: (f) => ({ workspaceId: f.workspaceId, id: f.personaIds[0], data: persona() }),
  },
  "persona.delete": {
    minRole: "pm",
    foreignIds: "NOT_FOUND",
    input: (f) => ({ workspaceId: f.workspaceId, id: f.personaIds[1] }),
  },
  // Another tenant's ids are not "every persona of the workspace": refused before anything moves.
  "persona.reorder": {
    minRole: "pm",
    foreignIds: "BAD_REQUEST",
    input: (f) => ({ workspaceId: f.workspaceId, ids: [f.personaIds[1], f.personaIds[0]] }),
  },
  "feature.list": { minRole: "viewer", input: (f) => ({ workspaceId: f.workspaceId }) },
  "feature.create": { minRole: "pm", input: (f) => ({ workspaceId: f.workspaceId, ...feature() }) },
  "feature.update": {
    minRole: "pm",
    foreignIds: "NOT_FOUND",
    input: (f) => ({ workspaceId: f.workspaceId, id: f.featureId, data: feature() }),
  },
  "feature.delete": {
    minRole: "pm",
    foreignIds: "NOT_FOUND",
    input: (f) => ({ workspaceId: f.workspaceId, id: f.featureId }),
  },
  "checklist.list": { minRole: "viewer", input: (f) => ({ workspaceId: f.workspaceId }) },
  "checklist.get": {
    minRole: "viewer",
    foreignIds: "NOT_FOUND",
    input: (f) => ({ workspaceId: f.workspaceId, id: f.checklistId }),
  },
  // Another tenant's persona ids in the targeting: checklists.int.test.ts (BAD_REQUEST, nothing written).
  "checklist.create": { minRole: "pm", input: (f) => ({ workspaceId: f.workspaceId, ...checklist(f) }) },
  "checklist.update": {
    minRole: "pm",
    foreignIds: "NOT_FOUND",
    input: (f) => ({ workspaceId: f.workspaceId, id: f.checklistId, data: checklist(f) }),
  },
  "checklist.delete": {
    minRole: "pm",
    foreignIds: "NOT_FOUND",
    input: (f) => ({ workspaceId: f.workspaceId, id: f.checklistId }),
  },
  "checklist.setStatus": {
    minRole: "pm",
    foreignIds: "NOT_FOUND",
    input: (f) => ({ workspaceId: f.workspaceId, id: f.checklistId, status: "live" }),
  },
  "checklist.preview": {
    minRole: "viewer",
    foreignIds: "NOT_FOUND",
    input: (f) => ({ workspaceId: f.workspaceId, id: f.checklistId, personaId: f.personaIds[0], locale: "fr" }),
  },
  "checklist.roleQuestion": { minRole: "viewer", input: (f) => ({ workspaceId: f.workspaceId }) },
  "checklist.updateRoleQuestion": {
    minRole: "pm",
    input: (f) => ({ workspaceId: f.workspaceId, data: roleQuestion() }),
  },
  // checklistId is not `id`, so the generic foreign-id case skips these; onboarding-reports.int.test.ts
  // checks that another tenant's checklistId is NOT_FOUND.
  "onboardingReport.funnel": {
    minRole: "viewer",
    input: (f) => ({ workspaceId: f.workspaceId, checklistId: f.checklistId }),
  },
  "onboardingReport.impact": {
    minRole: "viewer",
    input: (f) => ({ workspaceId: f.workspaceId, checklistId: f.checklistId }),
  },
  // survey.*, surveyReport.* and feedback.*, roadmap.* live beside their domains' tests.
  ...SURVEY_CASES,
  ...FEEDBACK_CASES,
  ...AUDIT_CASES,
  ...PRIVACY_CASES,
  ...ADOPTION_CASES,
  ...ADOPTION_FEATURES_CASES,
  ...ROLLUP_CASES,
  ...ADOPTION_ACTIVITY_CASES,
  ...PEOPLE_CASES,
};

/** Procedures outside any workspace, each with a valid input, and whether a session is needed. */
export const GLOBAL_CASES: Record<string, { input: () => unknown; public: boolean }> = {
  "account.signUp": {
    public: true,
    input: () => ({ name: "Someone", email: `signup-${unique()}@cairn.test`, password: "long enough pass" }),
  },
  "account.verifyEmail": { public: true, input: () => ({ token: "no-such-token" }) },
  "account.resendVerification": { public: true, input: () => ({ email: `nobody-${unique()}@cairn.test` }) },
  "account.requestPasswordReset": { public: true, input: () => ({ email: `nobody-${unique()}@cairn.test` }) },
  "account.resetPassword": {
    public: true,
    input: () => ({ token: "no-such-token", password: "a long enough passphrase" }),
  },
  "account.me": { public: false, input: () => undefined },
  "account.changePassword": {
    public: false,
    input: () => ({ currentPassword: "wrong", newPassword: "a fresh passphrase" }),
  },
  "account.signOutEverywhere": { public: false, input: () => undefined },
  "account.invite": { public: true, input: () => ({ token: "no-such-token" }) },
  "account.acceptInvite": { public: false, input: () => ({ token: "no-such-token" }) },
  "account.mailLog": { public: false, input: () => undefined },
  "workspace.list": { public: false, input: () => undefined },
  "workspace.bySlug": { public: false, input: () => ({ slug: "no-such-workspace" }) },
  "workspace.create": { public: false, input: () => ({ name: `Workspace ${unique()}` }) },
};

type ZodObjectLike = { shape?: Record<string, unknown> };

export function allProcedures(): Record<string, AnyTRPCProcedure> {
  return appRouter._def.procedures as unknown as Record<string, AnyTRPCProcedure>;
}

/** The input keys a procedure declares (all its .input() parsers merged). */
export function inputKeys(procedure: AnyTRPCProcedure): string[] {
  const inputs = (procedure._def as unknown as { inputs: ZodObjectLike[] }).inputs;
  return inputs.flatMap((i) => Object.keys(i.shape ?? {}));
}

export function isWorkspaceScoped(procedure: AnyTRPCProcedure): boolean {
  return inputKeys(procedure).includes("workspaceId");
}

export type Caller = ReturnType<typeof callerFor>;

/** caller["persona.update"](input) */
export function call(caller: Caller, path: string, input: unknown): Promise<unknown> {
  const fn = path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller) as (
    input: unknown,
  ) => Promise<unknown>;
  return fn(input);
}

export const ROLE_RANK: Record<MemberRole, number> = { viewer: 0, pm: 1, admin: 2 };
