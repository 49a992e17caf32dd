// Seeds the demo workspace into DATABASE_URL (default SQLite file:./data/cairn.db).
//
//   npx tsx prisma/seed/run.ts                 migrate (deploy), then seed; safe to re-run
//   npx tsx prisma/seed/run.ts --skip-migrate  seed only
//   npx tsx prisma/seed/run.ts --reset         delete the Airtouch workspace first, then seed a
//                                              fresh 12 weeks ending today
//   npx tsx prisma/seed/run.ts --scale=0.1     a tenth of the users (keep one scale per database)
import { spawnSync } from "node:child_process";
import path from "node:path";
import type { Db } from "../../server/db";
import { createProgressBar } from "./progress";
import { DEMO_PASSWORD, DEMO_USERS, DEMO_WORKSPACE, seedAirtouch } from "./airtouch";
import { describeVoice, seedAirtouchVoice } from "./airtouch-voice";
import { seedEngagement } from "./airtouch-engagement";
import { seedRoadmap } from "./airtouch-roadmap";
import { AIRTOUCH_FUNNELS, AIRTOUCH_NORTH_STAR, seedFunnels, seedNorthStar } from "./airtouch-analytics";

process.env.CHECKPOINT_DISABLE ??= "1";

const root = path.resolve(__dirname, "../..");

function migrate(): void {
  const tsx = path.join(root, "node_modules/tsx/dist/cli.mjs");
  const result = spawnSync(process.execPath, [tsx, path.join(root, "scripts/db/migrate.ts"), "deploy"], {
    stdio: "inherit",
    env: process.env,
  });
  if (result.status !== 0) {
    console.error("Migrations failed; nothing was seeded.");
    process.exit(result.status ?? 1);
  }
}

/** Removes the demo workspace. Rollup tables have no foreign key to Workspace, so they go first
 * (checklist rows would cascade from their checklist; deleting them by workspace is quicker). */
async function resetWorkspace(db: Db): Promise<void> {
  const ws = await db.workspace.findUnique({ where: { slug: DEMO_WORKSPACE.slug }, select: { id: true } });
  if (!ws) return;
  const workspaceId = ws.id;
  await db.checklistItemCompletion.deleteMany({ where: { workspaceId } });
  await db.checklistProgress.deleteMany({ where: { workspaceId } });
  await db.featureUserDay.deleteMany({ where: { workspaceId } });
  await db.featureUser.deleteMany({ where: { workspaceId } });
  await db.featureAccount.deleteMany({ where: { workspaceId } });
  await db.userEventDay.deleteMany({ where: { workspaceId } });
  await db.engagementUserDay.deleteMany({ where: { workspaceId } });
  await db.engagementAccountDay.deleteMany({ where: { workspaceId } });
  await db.engagementDay.deleteMany({ where: { workspaceId } });
  await db.userDay.deleteMany({ where: { workspaceId } });
  await db.accountDay.deleteMany({ where: { workspaceId } });
  await db.eventDay.deleteMany({ where: { workspaceId } });
  await db.identityDay.deleteMany({ where: { workspaceId } });
  await db.event.deleteMany({ where: { workspaceId } });
  await db.endUser.deleteMany({ where: { workspaceId } });
  await db.account.deleteMany({ where: { workspaceId } });
  await db.workspace.delete({ where: { id: workspaceId } });
  console.log(`Deleted the ${DEMO_WORKSPACE.name} workspace.`);
}

function readScale(args: string[]): number | undefined {
  const arg = args.find((a) => a.startsWith("--scale="));
  if (!arg) return undefined;
  const scale = Number(arg.slice("--scale=".length));
  if (!(scale > 0 && scale <= 10)) throw new Error(`--scale must be a number in (0, 10], got ${arg}`);
  return scale;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (!args.includes("--skip-migrate")) migrate();
  // Imported after migrating: the module opens the client for DATABASE_URL.
  const { db, dialectOf } = await import("../../server/db");
  const dialect = dialectOf(db);
  try {
    if (args.includes("--reset")) await resetWorkspace(db);
    const bar = createProgressBar(`Seeding ${DEMO_WORKSPACE.name}`);
    const started = performance.now();
    const result = await seedAirtouch({ db, dialect, scale: readScale(args), onProgress: bar.update });
    bar.finish();
    const voiceStarted = performance.now();
    process.stderr.write("Seeding voice of customer:");
    const voice = await seedAirtouchVoice({
      db,
      workspaceId: result.workspaceId,
      historyStart: result.historyStart,
      historyEnd: result.historyEnd,
      onProgress: (step) => process.stderr.write(` ${step}…`),
    });
    const voiceSeconds = ((performance.now() - voiceStarted) / 1000).toFixed(1);
    process.stderr.write(` done in ${voiceSeconds} s\n`);
    const engagementStarted = performance.now();
    process.stderr.write("Seeding engagement snapshots…");
    const snapshots = await seedEngagement(db, result.workspaceId, DEMO_WORKSPACE.timeZone);
    process.stderr.write(` ${snapshots} in ${((performance.now() - engagementStarted) / 1000).toFixed(1)} s\n`);
    const funnels = await seedFunnels(db, result.workspaceId);
    const roadmapItems = await seedRoadmap(db, result.workspaceId, result.historyEnd);
    await seedNorthStar({ db, dialect, workspaceId: result.workspaceId, timeZone: DEMO_WORKSPACE.timeZone });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const n = (x: number) => x.toLocaleString("en-US");
    const day = (d: Date) => d.toISOString().slice(0, 10);
    console.log(
      `Seeded ${DEMO_WORKSPACE.name} (${dialect.name}) in ${seconds} s: ${n(result.users)} users, ${n(result.accounts)} accounts, ` +
        `${n(result.events)} events (${n(result.stored)} new this run).`,
    );
    console.log(`  history    ${day(result.historyStart)} to ${day(new Date(result.historyEnd.getTime() - 1))}`);
    for (const c of result.checklists) {
      const share = c.exposed + c.holdout === 0 ? 0 : (100 * c.holdout) / (c.exposed + c.holdout);
      console.log(
        `  checklist  ${c.title}: ${n(c.exposed)} exposed (${n(c.seen)} seen, ${n(c.dismissed)} dismissed, ${n(c.completed)} completed), ` +
          `${n(c.holdout)} held out (${share.toFixed(1)}%)`,
      );
    }
    for (const line of describeVoice(voice, voiceSeconds)) console.log(line);
    console.log(
      `  sign in    ${DEMO_USERS[0].email} / ${DEMO_PASSWORD} (also ${DEMO_USERS.slice(1)
        .map((u) => `${u.email} as ${u.role}`)
        .join(", ")})`,
    );
    console.log(`  engagement 12 weeks of daily snapshots (${snapshots} taken this run)`);
    console.log(
      `  funnels    ${AIRTOUCH_FUNNELS.length} saved from the PLG guide's questions (${funnels} new this run)`,
    );
    console.log(`  north star ${AIRTOUCH_NORTH_STAR.name}`);
    console.log(`  board      ${roadmapItems} roadmap items added this run (every status, a custom "Beta")`);
    console.log(`  write key  ${result.writeKey}`);
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error("\nSeed failed:", error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
