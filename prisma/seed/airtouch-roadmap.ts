import type { Db } from "../../server/db";
import type { RoadmapCategory } from "../../server/roadmap/board-schemas";
import { Rng } from "./prng";

// Airtouch's roadmap beyond the items the voice history links feedback to
// (airtouch-voice-setup.ts): enough ideas in every status for the board to look like a product
// team's, a custom "Beta" status, tags, ETAs, owners, votes from seeded users, public comments and
// internal notes, and the status history of the items that moved. Idempotent: items are matched by
// title, and a run adds only what is missing.

type SeedItem = {
  title: string;
  description: string;
  category: RoadmapCategory;
  beta?: boolean;
  tags: string[];
  eta?: string;
  /** Days before the history's end when it was posted. */
  age: number;
  votes: number;
  changelog?: string;
};

const ITEMS: SeedItem[] = [
  {
    title: "Google BigQuery destination",
    description: "Load into BigQuery datasets, partitioned by day.",
    category: "considering",
    tags: ["connectors"],
    age: 70,
    votes: 14,
  },
  {
    title: "Microsoft SQL Server source",
    description: "Read tables and change tracking from SQL Server 2016+.",
    category: "considering",
    tags: ["connectors"],
    age: 64,
    votes: 11,
  },
  {
    title: "Workflow templates gallery",
    description: "Start from a template for common pipelines (CRM to warehouse, ads to warehouse).",
    category: "considering",
    tags: ["workflows"],
    age: 58,
    votes: 9,
  },
  {
    title: "Dark mode",
    description: "A dark theme for the editor and the run history.",
    category: "considering",
    tags: ["ui"],
    age: 52,
    votes: 17,
  },
  {
    title: "Column-level lineage",
    description: "See which source column feeds each warehouse column.",
    category: "considering",
    tags: ["governance"],
    age: 45,
    votes: 6,
  },
  {
    title: "Terraform provider",
    description: "Manage connections and workflows as code.",
    category: "considering",
    tags: ["api"],
    age: 40,
    votes: 8,
  },
  {
    title: "Audit log export",
    description: "Download who changed which workflow, and stream it to a SIEM.",
    category: "planned",
    tags: ["governance", "enterprise"],
    eta: "2027-Q1",
    age: 61,
    votes: 12,
  },
  {
    title: "Role-based access per workspace folder",
    description: "Limit who can edit or run the workflows in a folder.",
    category: "planned",
    tags: ["enterprise"],
    eta: "2027-Q1",
    age: 55,
    votes: 10,
  },
  {
    title: "Webhooks on run status",
    description: "Call your endpoint when a run starts, succeeds or fails.",
    category: "planned",
    tags: ["api"],
    eta: "2027-01",
    age: 48,
    votes: 13,
  },
  {
    title: "Data quality checks",
    description: "Row counts, null rates and freshness checks that fail a run.",
    category: "in_progress",
    tags: ["workflows"],
    eta: "2026-12",
    age: 66,
    votes: 15,
  },
  {
    title: "Usage-based alerts",
    description: "Warn before a workspace goes over its monthly rows.",
    category: "in_progress",
    tags: ["billing"],
    eta: "2026-12",
    age: 50,
    votes: 7,
  },
  {
    title: "New workflow editor",
    description: "A faster editor with inline previews of each step.",
    category: "in_progress",
    beta: true,
    tags: ["workflows", "ui"],
    eta: "2027-01",
    age: 75,
    votes: 19,
  },
  {
    title: "Postgres CDC (logical replication)",
    description: "Stream inserts, updates and deletes from Postgres in near real time.",
    category: "in_progress",
    beta: true,
    tags: ["connectors"],
    eta: "2027-Q1",
    age: 69,
    votes: 16,
  },
  {
    title: "Run history search",
    description: "Search runs by workflow, status, date and error text.",
    category: "shipped",
    tags: ["workflows"],
    age: 80,
    votes: 9,
    changelog: "Search the run history by workflow, status, date range and error message.",
  },
  {
    title: "Scheduled syncs every 5 minutes",
    description: "Schedules down to five minutes on the Team plan and above.",
    category: "shipped",
    tags: ["workflows"],
    age: 78,
    votes: 12,
    changelog: "Schedules now run as often as every five minutes on Team, Business and Enterprise.",
  },
  {
    title: "HubSpot custom objects",
    description: "Sync custom objects, not only the standard ones.",
    category: "shipped",
    tags: ["connectors"],
    age: 72,
    votes: 8,
    changelog: "HubSpot connections now list and sync custom objects.",
  },
  {
    title: "Two-factor authentication",
    description: "TOTP codes for every member of a workspace.",
    category: "shipped",
    tags: ["security"],
    age: 60,
    votes: 6,
    changelog: "Members can turn on two-factor sign-in with an authenticator app; admins can require it.",
  },
  {
    title: "Excel file source",
    description: "Upload .xlsx files as a source.",
    category: "closed",
    tags: ["connectors"],
    age: 77,
    votes: 3,
  },
  {
    title: "On-premise agent for Windows",
    description: "Run the sync agent on Windows servers.",
    category: "closed",
    tags: ["connectors"],
    age: 68,
    votes: 4,
  },
  {
    title: "Slack app for approvals",
    description: "Approve workflow changes from Slack.",
    category: "considering",
    tags: ["integrations"],
    age: 20,
    votes: 5,
  },
  {
    title: "Snowflake key-pair auth",
    description: "Connect to Snowflake with a key pair instead of a password.",
    category: "planned",
    tags: ["connectors", "security"],
    eta: "2027-02",
    age: 33,
    votes: 9,
  },
  {
    title: "Sync pause and resume",
    description: "Pause a workflow without losing its cursor.",
    category: "considering",
    tags: ["workflows"],
    age: 12,
    votes: 4,
  },
];

const COMMENTS = [
  "This would save us hours every week.",
  "We need this before we can roll out to the finance team.",
  "Any update on this?",
  "+1, our data team asked again today.",
  "Would love to test an early version.",
];
const NOTES = [
  "Three enterprise deals mention this in their security review.",
  "Sizing: about two sprints; depends on the connector SDK work.",
  "Talked to the top voters: they mostly want it for the finance use case.",
];
const PATH: Record<RoadmapCategory, RoadmapCategory[]> = {
  considering: [],
  planned: ["planned"],
  in_progress: ["planned", "in_progress"],
  shipped: ["planned", "in_progress", "shipped"],
  closed: ["closed"],
};
const NAMES: Record<RoadmapCategory, string> = {
  considering: "Considering",
  planned: "Planned",
  in_progress: "In progress",
  shipped: "Shipped",
  closed: "Closed",
};

/** Adds the missing items with their votes, comments and history; returns how many it added. */
export async function seedRoadmap(db: Db, workspaceId: string, historyEnd: Date): Promise<number> {
  const rng = new Rng("airtouch-roadmap");
  const end = historyEnd.getTime();
  const day = 86_400_000;
  const beta =
    (await db.roadmapStatusOption.findFirst({ where: { workspaceId, name: "Beta" }, select: { id: true } })) ??
    (await db.roadmapStatusOption.create({
      data: { workspaceId, name: "Beta", color: "#7c3aed", category: "in_progress", isPublic: true, position: 1 },
      select: { id: true },
    }));
  const [users, members] = await Promise.all([
    db.endUser.findMany({ where: { workspaceId }, select: { id: true }, orderBy: { id: "asc" }, take: 2000 }),
    db.member.findMany({ where: { workspaceId, role: { in: ["admin", "pm"] } }, select: { userId: true } }),
  ]);
  let added = 0;
  for (const [index, s] of ITEMS.entries()) {
    if (await db.roadmapItem.findFirst({ where: { workspaceId, title: s.title }, select: { id: true } })) continue;
    const postedAt = new Date(end - s.age * day);
    const owner = members.length > 0 ? rng.pick(members).userId : null;
    const item = await db.roadmapItem.create({
      data: {
        workspaceId,
        title: s.title,
        description: s.description,
        status: s.category,
        customStatusId: s.beta ? beta.id : null,
        tags: s.tags,
        eta: s.eta ?? null,
        ownerId: s.category === "considering" ? null : owner,
        position: index + 1,
        createdAt: postedAt,
        shippedAt: s.category === "shipped" ? new Date(end - Math.floor(s.age / 3) * day) : null,
        changelog: s.changelog ?? null,
      },
      select: { id: true },
    });
    const voters = new Set<string>();
    while (voters.size < Math.min(s.votes, users.length)) voters.add(rng.pick(users).id);
    await db.vote.createMany({
      data: [...voters].map((endUserId) => ({
        workspaceId,
        roadmapItemId: item.id,
        voterKey: `u:${endUserId}`,
        endUserId,
        createdAt: new Date(postedAt.getTime() + rng.int(0, s.age - 1) * day + rng.int(1, 23) * 3_600_000),
      })),
    });
    const commenters = [...voters].slice(0, rng.int(0, 2));
    for (const endUserId of commenters)
      await db.roadmapComment.create({
        data: {
          workspaceId,
          roadmapItemId: item.id,
          body: rng.pick(COMMENTS),
          endUserId,
          createdAt: new Date(postedAt.getTime() + rng.int(1, Math.max(1, s.age - 1)) * day),
        },
      });
    if (owner && rng.chance(0.5))
      await db.roadmapComment.create({
        data: { workspaceId, roadmapItemId: item.id, body: rng.pick(NOTES), internal: true, authorUserId: owner },
      });
    // The way it came: considering → … → its status, a step every few days.
    let from: RoadmapCategory = "considering";
    const steps = PATH[s.category];
    for (const [i, to] of steps.entries()) {
      const toName = to === "in_progress" && s.beta && i === steps.length - 1 ? "Beta" : NAMES[to];
      await db.roadmapStatusChange.create({
        data: {
          workspaceId,
          roadmapItemId: item.id,
          fromStatus: from,
          toStatus: to,
          fromName: NAMES[from],
          toName,
          byUserId: owner,
          createdAt: new Date(postedAt.getTime() + Math.floor(((i + 1) * s.age) / (steps.length + 1)) * day),
        },
      });
      from = to;
    }
    await db.roadmapItem.update({ where: { id: item.id }, data: { voteCount: voters.size } });
    added += 1;
  }
  return added;
}
