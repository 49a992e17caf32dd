// The demo seed at a small scale, through the real ingest writer: the Adoption features exist
// with their release days and core flags, their rollups agree with the stored events, features
// shipped mid-history have no use before their release, the onboarding and voice seeds still
// find what they need in the history, and a re-run stores nothing twice.
import { beforeAll, describe, expect, it } from "vitest";
import { SCHEDULES_RELEASE_OFFSET } from "../../prisma/seed/adoption-story";
import { INVITES_RELEASE_OFFSET } from "../../prisma/seed/airtouch-onboarding";
import { seedAirtouch, type SeedAirtouchResult } from "../../prisma/seed/airtouch";
import { seedAirtouchVoice } from "../../prisma/seed/airtouch-voice";
import { dayNumber } from "../../server/calendar/day-number";
import { testDb, testDialect } from "./support/db";

const NOW = new Date("2026-11-30T10:00:00.000Z");
const SCALE = 0.05;
let seeded: SeedAirtouchResult;
let startDay: number;

beforeAll(async () => {
  seeded = await seedAirtouch({ db: testDb(), dialect: testDialect(), now: NOW, scale: SCALE });
  startDay = dayNumber(seeded.historyStart, "UTC");
}, 120_000);

describe("the Airtouch seed", () => {
  it("creates the seven features, the pipeline ones core, each with its release day", async () => {
    const features = await testDb().feature.findMany({
      where: { workspaceId: seeded.workspaceId },
      select: { name: true, core: true, releasedAt: true },
      orderBy: { name: "asc" },
    });
    expect(features.map((f) => f.name)).toEqual([
      "Connections",
      "Docs",
      "SQL transformations",
      "Schedules",
      "Team invites",
      "Workflow runs",
      "Workflows",
    ]);
    expect(features.filter((f) => f.core).map((f) => f.name)).toEqual(["Connections", "Workflow runs", "Workflows"]);
    expect(features.every((f) => f.releasedAt !== null)).toBe(true);
    const released = (name: string) => dayNumber(features.find((f) => f.name === name)!.releasedAt!, "UTC");
    expect(released("Schedules")).toBe(startDay + SCHEDULES_RELEASE_OFFSET);
    expect(released("Team invites")).toBe(startDay + INVITES_RELEASE_OFFSET);
    expect(released("Connections")).toBeLessThan(startDay);
  });

  it("keeps each feature's rollups equal to its stored events", async () => {
    const db = testDb();
    const workspaceId = seeded.workspaceId;
    const features = await db.feature.findMany({
      where: { workspaceId },
      select: { id: true, name: true, matchers: true },
    });
    for (const f of features) {
      const event = (f.matchers as { event: string }[])[0]!.event;
      const events = await db.event.findMany({
        where: { workspaceId, name: event, type: "track" },
        select: { endUserId: true, day: true },
      });
      const users = await db.featureUser.findMany({
        where: { workspaceId, featureId: f.id },
        select: { endUserId: true, uses: true, firstDay: true },
      });
      const uses = new Map<string, { n: number; first: number }>();
      for (const e of events) {
        const u = uses.get(e.endUserId) ?? { n: 0, first: e.day };
        uses.set(e.endUserId, { n: u.n + 1, first: Math.min(u.first, e.day) });
      }
      expect(new Map(users.map((u) => [u.endUserId, { n: u.uses, first: u.firstDay }])), f.name).toEqual(uses);
    }
    const [schedules, transformations] = await Promise.all(
      ["Schedules", "SQL transformations"].map((name) => db.feature.findFirstOrThrow({ where: { workspaceId, name } })),
    );
    const scheduleDays = await db.featureUserDay.findMany({
      where: { workspaceId, featureId: schedules!.id },
      select: { day: true },
    });
    expect(scheduleDays.length).toBeGreaterThan(0);
    expect(Math.min(...scheduleDays.map((d) => d.day))).toBeGreaterThanOrEqual(startDay + SCHEDULES_RELEASE_OFFSET);
    expect(await db.featureUser.count({ where: { workspaceId, featureId: transformations!.id } })).toBeGreaterThan(0);
  });

  it("has checklists seen and surveys answered over the history (the onboarding and voice seeds read it)", async () => {
    expect(seeded.checklists.some((c) => c.seen > 0)).toBe(true);
    const voice = await seedAirtouchVoice({
      db: testDb(),
      workspaceId: seeded.workspaceId,
      historyStart: seeded.historyStart,
      historyEnd: seeded.historyEnd,
    });
    expect(voice.surveys.reduce((n, s) => n + s.responses, 0)).toBeGreaterThan(0);
  }, 120_000);

  it("stores nothing twice when run again", async () => {
    const again = await seedAirtouch({ db: testDb(), dialect: testDialect(), now: NOW, scale: SCALE });
    expect(again.stored).toBe(0);
    expect(again.events).toBe(seeded.events);
  }, 120_000);
});
