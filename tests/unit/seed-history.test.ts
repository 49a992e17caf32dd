// The demo history (prisma/seed/generate-history.ts, adoption-story.ts) tells the story the
// Adoption reports are meant to show, and keeps the properties the seed relies on.
import { beforeAll, describe, expect, it } from "vitest";
import { SCHEDULES_RELEASE_OFFSET } from "../../prisma/seed/adoption-story";
import { generateHistory, type History, type SeedMessage } from "../../prisma/seed/generate-history";

const START = 20_345; // 2025-09-14
const DAYS = 84;
const INVITES = START + 42;
const dayOf = (m: SeedMessage) => Math.floor(m.at / 86_400_000);
const weekOf = (m: SeedMessage) => Math.floor((dayOf(m) - START) / 7);
const tracks = (h: History, event: string) =>
  h.messages.filter((m) => m.call.type === "track" && m.call.event === event);

let history: History;

beforeAll(() => {
  history = generateHistory({ startDay: START, cutoffDay: START + DAYS, invitesReleaseDay: INVITES, scale: 0.5 });
}, 60_000);

describe("the demo history", () => {
  it("is the same history with a later cutoff, plus the newer days", () => {
    const earlier = generateHistory({
      startDay: START,
      cutoffDay: START + DAYS - 10,
      invitesReleaseDay: INVITES,
      scale: 0.5,
    });
    const later = new Map(history.messages.map((m) => [m.messageId, m]));
    expect(earlier.messages.length).toBeGreaterThan(0);
    const differing = earlier.messages.filter((m) => JSON.stringify(later.get(m.messageId)) !== JSON.stringify(m));
    expect(differing.map((m) => m.messageId)).toEqual([]);
    expect(new Set(history.messages.map((m) => m.messageId)).size).toBe(history.messages.length);
  }, 60_000);

  it("nobody schedules a workflow before Schedules shipped; adopters grow every week after", () => {
    const release = START + SCHEDULES_RELEASE_OFFSET;
    const scheduled = tracks(history, "workflow_scheduled");
    expect(scheduled.every((m) => dayOf(m) >= release)).toBe(true);
    const firstWeek = new Map<string, number>();
    for (const m of scheduled) if (!firstWeek.has(m.userId)) firstWeek.set(m.userId, weekOf(m));
    const perWeek = [8, 9, 10, 11].map((w) => [...firstWeek.values()].filter((x) => x === w).length);
    expect(perWeek.every((n) => n > 0)).toBe(true);
  });

  it("most users who try SQL transformations never come back to them", () => {
    const days = new Map<string, Set<number>>();
    for (const m of tracks(history, "transformation_saved")) {
      if (!days.has(m.userId)) days.set(m.userId, new Set());
      days.get(m.userId)!.add(dayOf(m));
    }
    const triers = [...days.values()];
    expect(triers.length).toBeGreaterThan(20);
    const once = triers.filter((d) => d.size === 1).length;
    expect(once / triers.length).toBeGreaterThan(0.75);
  });

  it("nobody invites a colleague before Team invites shipped", () => {
    expect(tracks(history, "colleague_invited").every((m) => dayOf(m) >= INVITES)).toBe(true);
  });

  it("some engineers start a workflow and never save one", () => {
    const saved = new Set(tracks(history, "workflow_saved").map((m) => m.userId));
    const startedOnly = new Set(
      tracks(history, "workflow_started")
        .map((m) => m.userId)
        .filter((u) => !saved.has(u)),
    );
    expect(startedOnly.size).toBeGreaterThan(20);
  });

  it("fading accounts lose activity over the last weeks; resurrected ones go quiet, then come back", () => {
    const accountOf = new Map(history.users.map((u) => [u.externalId, u.accountId]));
    const byAccount = new Map<string, SeedMessage[]>();
    for (const m of history.messages) {
      const a = accountOf.get(m.userId)!;
      if (!byAccount.has(a)) byAccount.set(a, []);
      byAccount.get(a)!.push(m);
    }
    const fading = history.accounts.filter((a) => a.trajectory.kind === "fading");
    const resurrected = history.accounts.filter((a) => a.trajectory.kind === "resurrected");
    expect(fading.length).toBeGreaterThan(4);
    expect(resurrected.length).toBeGreaterThan(3);

    const activeDays = (msgs: SeedMessage[], from: number, to: number) =>
      new Set(msgs.map(dayOf).filter((d) => d >= from && d < to)).size;
    let before = 0;
    let last = 0;
    for (const a of fading) {
      const msgs = byAccount.get(a.externalId) ?? [];
      before += activeDays(msgs, START + 35, START + 49);
      last += activeDays(msgs, START + 70, START + 84);
    }
    expect(last).toBeLessThan(before / 2);

    let comeBack = 0;
    for (const a of resurrected) {
      if (a.trajectory.kind !== "resurrected") continue;
      const { dormantFrom, dormantTo } = a.trajectory;
      const msgs = byAccount.get(a.externalId) ?? [];
      expect(activeDays(msgs, dormantFrom, dormantTo)).toBe(0);
      if (activeDays(msgs, START, dormantFrom) > 0 && activeDays(msgs, dormantTo, START + DAYS) > 0) comeBack++;
    }
    expect(comeBack / resurrected.length).toBeGreaterThan(0.6);
  });
});
