// Seeds the demo workspace "Airtouch" (DESIGN.md, "The demo host product"): dashboard users,
// a fixed public write key, personas, features, the onboarding checklists and ~12 weeks of
// synthetic history, including who saw the checklists (onboarding-history.ts).
//
// The history goes through the same code as live traffic: Segment messages, validated by
// ZMessage, normalized by normalizeMessage and stored by writeMessages in chronological batches
// of 500. Message ids are deterministic, so running the seed again stores nothing twice.
//
// Time: the history covers the 84 whole days (UTC) before the day of the first run, so it ends
// at today's midnight and a second run on the same day is a no-op; today belongs to live
// traffic. The start is read back from the workspace's createdAt: a run on a later day
// appends the days since (same users, new signups) and never re-anchors.
import type { Db } from "../../server/db";
import type { SqlDialect } from "../../server/sql/dialect";
import { sql } from "../../server/sql/fragments";
import { tenantSql } from "../../server/sql/tenant-sql";
import { displayPrefix, hashKey } from "../../server/api-keys/key-material";
import { hashPassword } from "../../server/auth/password";
import { dayNumber } from "../../server/calendar/day-number";
import { normalizeMessage } from "../../server/ingest/normalize-message";
import { ZMessage, type Message } from "../../server/ingest/schemas";
import { loadIngestRules } from "../../server/ingest/rules";
import { writeMessages } from "../../server/ingest/write-messages";
import { startRecompute } from "../../server/jobs/recompute";
import type { Condition } from "../../server/audience/condition";
import type { FeatureMatcher } from "../../server/features/match-feature";
import { DEMO_PASSWORD, DEMO_USERS, DEMO_WORKSPACE, DEMO_WRITE_KEY, DEMO_WRITE_KEY_NAME } from "./demo-credentials";
import { generateHistory, PLANNED_DAYS, type SeedMessage } from "./generate-history";
import { INVITES_RELEASE_OFFSET } from "./airtouch-onboarding";
import { PRODUCT_LAUNCH_OFFSET, SCHEDULES_RELEASE_OFFSET, TRANSFORMATIONS_RELEASE_OFFSET } from "./adoption-story";
import {
  backfillCompletions,
  countOnboarding,
  onboardingHistory,
  upsertOnboarding,
  type OnboardingCounts,
} from "./onboarding-history";

export { DEMO_PASSWORD, DEMO_USERS, DEMO_WORKSPACE, DEMO_WRITE_KEY } from "./demo-credentials";

const MS_PER_DAY = 86_400_000;
const BATCH_SIZE = 500;
export const PERSONAS: { name: string; description: string; priority: number; rules: Condition[] }[] = [
  {
    name: "Data engineer",
    description: "Core persona: adds connections, builds and runs workflows.",
    priority: 1,
    rules: [{ key: "role", op: "in", value: ["data engineer", "analytics engineer"] }],
  },
  {
    name: "Sales / marketing",
    description: "Non-core persona: invites a colleague who sets up the connections.",
    priority: 2,
    rules: [{ key: "role", op: "in", value: ["sales", "marketing"] }],
  },
];

/** Release days are offsets from the history's first day; core features are the ones Airtouch
 * cannot be used without (a pipeline: connect, build, run). */
const FEATURES: {
  name: string;
  description: string;
  matchers: FeatureMatcher[];
  releaseOffset: number;
  core?: boolean;
}[] = [
  {
    name: "Connections",
    description: "Connect a source or destination.",
    matchers: [{ event: "connection_created" }],
    releaseOffset: PRODUCT_LAUNCH_OFFSET,
    core: true,
  },
  {
    name: "Workflows",
    description: "Build and save a workflow.",
    matchers: [{ event: "workflow_saved" }],
    releaseOffset: PRODUCT_LAUNCH_OFFSET,
    core: true,
  },
  {
    name: "Workflow runs",
    description: "Run a saved workflow.",
    matchers: [{ event: "workflow_run" }],
    releaseOffset: PRODUCT_LAUNCH_OFFSET,
    core: true,
  },
  {
    name: "Schedules",
    description: "Run a workflow on a schedule (shipped mid-history).",
    matchers: [{ event: "workflow_scheduled" }],
    releaseOffset: SCHEDULES_RELEASE_OFFSET,
  },
  {
    name: "SQL transformations",
    description: "Transform rows with SQL inside a workflow.",
    matchers: [{ event: "transformation_saved" }],
    releaseOffset: TRANSFORMATIONS_RELEASE_OFFSET,
  },
  {
    name: "Team invites",
    description: "Invite a colleague to the workspace.",
    matchers: [{ event: "colleague_invited" }],
    releaseOffset: INVITES_RELEASE_OFFSET,
  },
  {
    name: "Docs",
    description: "Open an article of the documentation.",
    matchers: [{ event: "docs_opened" }],
    releaseOffset: PRODUCT_LAUNCH_OFFSET,
  },
];

export type SeedProgress = {
  /** Messages handled so far (stored or found already stored). */
  processed: number;
  total: number;
  /** Newly stored by this run. */
  stored: number;
  elapsedMs: number;
};

export type SeedAirtouchOptions = {
  db: Db;
  dialect: SqlDialect;
  onProgress?: (progress: SeedProgress) => void;
  /** The seed's "today" (default: now). History ends at the start of this day (UTC). */
  now?: Date;
  /** 1 ≈ 3,000 users and ~155k messages; tests can seed a fraction. Keep it the same across runs. */
  scale?: number;
  /**
   * Skip messages whose id is already stored before handing batches to the writer (default true).
   * Only a shortcut for re-runs: the writer deduplicates on its own (false proves it).
   */
  skipStored?: boolean;
};

export type SeedAirtouchResult = {
  workspaceId: string;
  writeKey: string;
  /** Totals in the workspace after the run. */
  users: number;
  accounts: number;
  events: number;
  /** This run: messages generated, and how many of them were new. */
  messages: number;
  stored: number;
  historyStart: Date;
  historyEnd: Date;
  /** An end user of the history, handy for examples (curl). */
  sampleUserId: string | null;
  /** The seeded checklists' exposure counts after the run. */
  checklists: OnboardingCounts[];
};

/** The workspace's createdAt is the history's first day: it anchors every later run. */
async function upsertWorkspace(db: Db, historyStart: Date) {
  const select = { id: true, timeZone: true, createdAt: true } as const;
  const found = await db.workspace.findUnique({ where: { slug: DEMO_WORKSPACE.slug }, select });
  // Created "when the history starts": Airtouch has used Cairn for 12 weeks.
  if (!found) return db.workspace.create({ data: { ...DEMO_WORKSPACE, createdAt: historyStart }, select });
  const seeded = await db.event.findFirst({
    where: { workspaceId: found.id, messageId: { startsWith: "seed-" } },
    select: { id: true },
  });
  if (seeded) return found;
  // A workspace with the demo slug but no seeded history yet (made by hand): anchor it now.
  return db.workspace.update({ where: { id: found.id }, data: { createdAt: historyStart }, select });
}

async function upsertDashboardUsers(db: Db, workspaceId: string): Promise<void> {
  for (const u of DEMO_USERS) {
    let user = await db.user.findUnique({ where: { email: u.email }, select: { id: true, emailVerifiedAt: true } });
    // Hash only on creation: scrypt is slow on purpose, and re-runs must not change the row.
    // The demo's addresses count as verified (nobody can open mail sent to them).
    user ??= await db.user.create({
      data: {
        email: u.email,
        name: u.name,
        passwordHash: await hashPassword(DEMO_PASSWORD),
        emailVerifiedAt: new Date(),
      },
      select: { id: true, emailVerifiedAt: true },
    });
    if (!user.emailVerifiedAt) await db.user.update({ where: { id: user.id }, data: { emailVerifiedAt: new Date() } });
    await db.member.upsert({
      where: { workspaceId_userId: { workspaceId, userId: user.id } },
      create: { workspaceId, userId: user.id, role: u.role },
      update: { role: u.role },
    });
  }
}

async function upsertWriteKey(db: Db, workspaceId: string): Promise<void> {
  const keyHash = hashKey(DEMO_WRITE_KEY);
  const row = await db.apiKey.upsert({
    where: { keyHash },
    create: {
      workspaceId,
      kind: "write",
      name: DEMO_WRITE_KEY_NAME,
      prefix: displayPrefix(DEMO_WRITE_KEY),
      keyHash,
      publicKey: DEMO_WRITE_KEY,
    },
    // A demo database seeded before write keys were kept in clear gets it now.
    update: { publicKey: DEMO_WRITE_KEY },
    select: { workspaceId: true, revokedAt: true },
  });
  if (row.workspaceId !== workspaceId) throw new Error("The demo write key belongs to another workspace.");
  if (row.revokedAt)
    console.warn(`The demo write key was revoked on ${row.revokedAt.toISOString()}; ingest with it answers 401.`);
}

/** Creates the missing personas and features; existing ones (maybe edited in the UI) are kept. */
async function upsertRules(db: Db, dialect: SqlDialect, workspaceId: string, historyStartDay: number): Promise<void> {
  const createdPersona: boolean[] = [];
  for (const p of PERSONAS) {
    const existing = await db.persona.findUnique({
      where: { workspaceId_name: { workspaceId, name: p.name } },
      select: { id: true },
    });
    if (!existing) await db.persona.create({ data: { workspaceId, ...p } });
    createdPersona.push(!existing);
  }
  const createdFeatures: string[] = [];
  for (const f of FEATURES) {
    const existing = await db.feature.findUnique({
      where: { workspaceId_name: { workspaceId, name: f.name } },
      select: { id: true },
    });
    if (existing) continue;
    const releasedAt = new Date((historyStartDay + f.releaseOffset) * MS_PER_DAY);
    const row = await db.feature.create({
      data: {
        workspaceId,
        name: f.name,
        description: f.description,
        matchers: f.matchers,
        releasedAt,
        core: f.core ?? false,
      },
      select: { id: true },
    });
    createdFeatures.push(row.id);
  }
  // Rules added after events were stored (a re-run after someone deleted one) need the
  // derived data rebuilt; on a fresh workspace ingest assigns everything as it goes.
  const hasEvents = (await db.event.findFirst({ where: { workspaceId }, select: { id: true } })) !== null;
  if (!hasEvents) return;
  if (createdPersona.some(Boolean)) await (await startRecompute({ db, workspaceId, kind: "personas" })).done;
  for (const targetId of createdFeatures)
    await (
      await startRecompute({ db, workspaceId, kind: "feature", targetId })
    ).done;
}

/** A Segment message exactly as analytics.js would send it. */
function toSegmentMessage(m: SeedMessage): Message {
  const common = {
    userId: m.userId,
    messageId: m.messageId,
    timestamp: new Date(m.at).toISOString(),
    context: { locale: m.browserLocale },
  };
  const c = m.call;
  switch (c.type) {
    case "identify":
      return ZMessage.parse({ ...common, type: "identify", traits: c.traits });
    case "group":
      return ZMessage.parse({ ...common, type: "group", groupId: c.groupId, traits: c.traits });
    case "track":
      return ZMessage.parse({ ...common, type: "track", event: c.event, properties: c.properties });
    case "page":
      return ZMessage.parse({ ...common, type: "page", name: c.name, properties: c.properties });
  }
}

async function storedSeedIds(db: Db, workspaceId: string): Promise<Set<string>> {
  const rows = await tenantSql(db, workspaceId).query<{ messageId: string }[]>(sql`
    SELECT "messageId" FROM "Event" WHERE "workspaceId" = ${workspaceId} AND "messageId" LIKE 'seed-%'`);
  return new Set(rows.map((r) => r.messageId));
}

export async function seedAirtouch(options: SeedAirtouchOptions): Promise<SeedAirtouchResult> {
  const { db, dialect, onProgress } = options;
  const started = performance.now();
  const now = options.now ?? new Date();
  const today = dayNumber(now, "UTC");

  const ws = await upsertWorkspace(db, new Date((today - PLANNED_DAYS) * MS_PER_DAY));
  const startDay = dayNumber(ws.createdAt, "UTC");
  const cutoffDay = today;
  await upsertDashboardUsers(db, ws.id);
  await upsertWriteKey(db, ws.id);
  await upsertRules(db, dialect, ws.id, startDay);
  const hadHistory =
    (await db.event.findFirst({
      where: { workspaceId: ws.id, messageId: { startsWith: "seed-" } },
      select: { id: true },
    })) !== null;
  // Live before the history is ingested, so ingest records the items its events complete.
  const onboarding = await upsertOnboarding(db, ws.id, startDay);
  // A history stored by an earlier version of this seed, before the checklists existed.
  if (onboarding.created > 0 && hadHistory) await backfillCompletions(db, dialect, ws.id);

  const history = generateHistory({
    startDay,
    cutoffDay,
    invitesReleaseDay: startDay + INVITES_RELEASE_OFFSET,
    scale: options.scale,
  });
  const already = options.skipStored === false ? new Set<string>() : await storedSeedIds(db, ws.id);
  const rules = await loadIngestRules(db, ws.id);
  let total = history.messages.length;
  let processed = 0;
  let stored = 0;
  const report = () => onProgress?.({ processed, total, stored, elapsedMs: performance.now() - started });

  /** Stores messages through the ingest writer in chronological batches, skipping stored ones. */
  const ingest = async (messages: SeedMessage[]) => {
    const pending = messages.filter((m) => !already.has(m.messageId));
    processed += messages.length - pending.length;
    report();
    for (let i = 0; i < pending.length; i += BATCH_SIZE) {
      const batch = pending.slice(i, i + BATCH_SIZE);
      // As if the batch reached the server two seconds after its last message.
      const receivedAt = new Date(batch[batch.length - 1]!.at + 2_000);
      const normalized = batch.map((m) => normalizeMessage(toSegmentMessage(m), receivedAt));
      const result = await writeMessages(
        db,
        dialect,
        { id: ws.id, timeZone: ws.timeZone },
        normalized,
        receivedAt,
        rules,
      );
      processed += batch.length;
      stored += result.inserted;
      report();
    }
  };

  await ingest(history.messages);
  // Then who saw the checklists, and what the widget sent: see onboarding-history.ts.
  const widgetMessages = await onboardingHistory({
    db,
    dialect,
    workspaceId: ws.id,
    history,
    checklists: onboarding.checklists,
    cutoffMs: cutoffDay * MS_PER_DAY,
  });
  total += widgetMessages.length;
  await ingest(widgetMessages);

  const [users, accounts, events, checklists] = await Promise.all([
    db.endUser.count({ where: { workspaceId: ws.id } }),
    db.account.count({ where: { workspaceId: ws.id } }),
    db.event.count({ where: { workspaceId: ws.id } }),
    countOnboarding(db, ws.id, onboarding.checklists),
  ]);
  return {
    workspaceId: ws.id,
    writeKey: DEMO_WRITE_KEY,
    users,
    accounts,
    events,
    messages: total,
    stored,
    historyStart: new Date(startDay * MS_PER_DAY),
    historyEnd: new Date(cutoffDay * MS_PER_DAY),
    sampleUserId: history.users[0]?.externalId ?? null,
    checklists,
  };
}
