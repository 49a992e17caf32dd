import type { Db } from "../../server/db";
import type { TFunnelDefinition } from "../../server/funnels/schemas";
import { northStarReportFor } from "../../server/north-star/report";
import { ZNorthStarInput, type TNorthStarConfig } from "../../server/north-star/schemas";
import type { SqlDialect } from "../../server/sql/dialect";

type SeedFunnel = { name: string; description: string; definition: TFunnelDefinition };

const step = (event: string, label = "") => ({ event, where: [], label });
const DAY_HOURS = 24;

/** The PLG guide's questions about Airtouch, as saved funnels. */
export const AIRTOUCH_FUNNELS: SeedFunnel[] = [
  {
    name: "Sign-up to a saved workflow within 24 hours",
    description: "Of the users who sign up, how many save a workflow within a day, and how many save more than one?",
    definition: {
      steps: [
        step("signed_up"),
        step("workflow_saved", "Saved a workflow"),
        step("workflow_saved", "Saved a second workflow"),
      ],
      windowHours: DAY_HOURS,
      unit: "users",
      breakdown: { kind: "persona" },
    },
  },
  {
    name: "Colleague invited before the first workflow",
    description: "Who invites a colleague before saving a workflow, and do they go on to save one?",
    definition: {
      steps: [step("signed_up"), step("colleague_invited"), step("workflow_saved", "Then saved a workflow")],
      windowHours: 14 * DAY_HOURS,
      unit: "users",
      breakdown: { kind: "persona" },
    },
  },
  {
    name: "Connections only, or workflows too?",
    description:
      "Of the users who create a connection, who goes on to build a workflow? (The guide asks it of invited users; Airtouch's events do not mark who was invited, so the persona breakdown stands in.)",
    definition: {
      steps: [step("signed_up"), step("connection_created"), step("workflow_saved")],
      windowHours: 14 * DAY_HOURS,
      unit: "users",
      breakdown: { kind: "persona" },
    },
  },
  {
    name: "First workflow run: within 24 hours, after 3 days, or never",
    description:
      "Accounts from their first sign-up to their first workflow run. Time to convert splits within a day from after three days; the drop-off is never (within 30 days).",
    definition: {
      steps: [step("signed_up"), step("workflow_run", "First workflow run")],
      windowHours: 30 * DAY_HOURS,
      unit: "accounts",
      breakdown: { kind: "plan" },
    },
  },
  {
    name: "Email verified within 48 hours",
    description:
      "Who has not verified their email 48 hours after signing up, and what did they do instead? Open the drop-off after step 1.",
    definition: {
      steps: [step("signed_up"), step("email_verified")],
      windowHours: 48,
      unit: "users",
      breakdown: { kind: "none" },
    },
  },
  {
    name: "Workflow started to saved, by role",
    description: "Does the role a user gave in the onboarding question change how often a started workflow gets saved?",
    definition: {
      steps: [step("workflow_started"), step("workflow_saved")],
      windowHours: DAY_HOURS,
      unit: "users",
      breakdown: { kind: "trait", scope: "user", key: "role" },
    },
  },
];

/** Saves the guide's funnels once each (a PM's later edits are kept). */
export async function seedFunnels(db: Db, workspaceId: string): Promise<number> {
  let created = 0;
  for (const f of AIRTOUCH_FUNNELS) {
    const exists = await db.funnel.findFirst({ where: { workspaceId, name: f.name }, select: { id: true } });
    if (exists) continue;
    await db.funnel.create({ data: { workspaceId, ...f } });
    created += 1;
  }
  return created;
}

/** Airtouch's North Star: accounts that run workflows at least three times a week (the seed
 * document's threshold example), with sign-up → first run as the efficiency input. */
export const AIRTOUCH_NORTH_STAR = {
  name: "Accounts running workflows weekly",
  metric: { kind: "doers" as const, event: "workflow_run", minPerWeek: 3, unit: "accounts" as const },
  coreEvent: "workflow_run",
  threshold: 3,
  efficiency: { from: "signed_up", to: "workflow_run" },
};

/** Chooses the North Star once (a PM's later choice is kept); the target is the best week so far
 * plus a fifth, rounded up to ten: a stretch, as a PM would set it. */
export async function seedNorthStar(args: {
  db: Db;
  dialect: SqlDialect;
  workspaceId: string;
  timeZone: string;
}): Promise<boolean> {
  const { db, workspaceId } = args;
  if (await db.northStar.findUnique({ where: { workspaceId }, select: { workspaceId: true } })) return false;
  const config: TNorthStarConfig = { ...AIRTOUCH_NORTH_STAR, target: null };
  const report = await northStarReportFor(
    {
      db,
      dialect: args.dialect,
      workspace: { id: workspaceId, timeZone: args.timeZone },
      input: ZNorthStarInput.parse({}),
    },
    config,
    null,
  );
  const best = Math.max(0, ...report.weeks.map((w) => w.northStar));
  await db.northStar.create({
    data: { workspaceId, config: { ...config, target: Math.max(10, Math.ceil((1.2 * best) / 10) * 10) } },
  });
  return true;
}
