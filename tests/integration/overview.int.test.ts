// The home screen's counters and live stream, computed from what ingest stored.
import { describe, expect, it } from "vitest";
import {
  createWorkspace,
  createWriteKey,
  groupMessage,
  identifyMessage,
  pageMessage,
  sendBatch,
  trackMessage,
  unique,
} from "../factories";
import { callerFor, deps, testDb } from "./support/db";

const DAY = 86_400_000;

describe("workspace.overview and workspace.liveEvents", () => {
  it("count users, accounts, today's events and active users from the rollups", async () => {
    const db = testDb();
    const ws = await createWorkspace(db, { roles: ["viewer"] });
    // History (timestamps older than 7 days) is sent with the secret key: a write key's window is the last 7 days.
    const { key } = await createWriteKey(db, ws.workspace.id, { kind: "secret" });
    await createWriteKey(db, ws.workspace.id);
    const now = Date.now();
    const [a, b, c] = [unique("a-"), unique("b-"), unique("c-")];
    const reply = await sendBatch(deps(), key, [
      identifyMessage(a, { role: "sales" }, { timestamp: new Date(now - 1000) }),
      groupMessage(a, "acme", { name: "Acme" }, { timestamp: new Date(now - 900) }),
      trackMessage(a, "workflow_saved", { timestamp: new Date(now - 800) }),
      pageMessage(a, "Dashboard", { timestamp: new Date(now - 700) }),
      trackMessage(b, "workflow_run", { timestamp: new Date(now - 3 * DAY) }),
      trackMessage(c, "workflow_run", { timestamp: new Date(now - 10 * DAY) }),
    ]);
    expect(reply.status).toBe(200);

    const caller = callerFor(ws.user("viewer"));
    const overview = await caller.workspace.overview({ workspaceId: ws.workspace.id });
    expect(overview).toEqual({
      users: 3,
      accounts: 1,
      eventsToday: 2, // a's track and page; identify and group are not activity
      activeToday: 1,
      activeWeek: 2, // a today, b three days ago; c is ten days back
      hasWriteKey: true,
    });

    const live = await caller.workspace.liveEvents({ workspaceId: ws.workspace.id, take: 3 });
    expect(live).toHaveLength(3);
    expect(live.map((e) => e.user)).toEqual(expect.arrayContaining([a]));
    // Same arrival time: newest event time first.
    expect(live[0]!.timestamp.getTime()).toBeGreaterThanOrEqual(live[1]!.timestamp.getTime());
    const later = await caller.workspace.liveEvents({ workspaceId: ws.workspace.id, after: new Date(now + 60_000) });
    expect(later).toEqual([]);
  });

  it("an empty workspace has zero counts and no write key", async () => {
    const ws = await createWorkspace(testDb());
    const overview = await callerFor(ws.user("admin")).workspace.overview({ workspaceId: ws.workspace.id });
    expect(overview).toEqual({
      users: 0,
      accounts: 0,
      eventsToday: 0,
      activeToday: 0,
      activeWeek: 0,
      hasWriteKey: false,
    });
  });

  it("filters the live stream by event name and by user, within the workspace only", async () => {
    const db = testDb();
    const ws = await createWorkspace(db, { roles: ["viewer"] });
    const other = await createWorkspace(db);
    const { key } = await createWriteKey(db, ws.workspace.id);
    const { key: otherKey } = await createWriteKey(db, other.workspace.id);
    const [a, b] = [unique("a-"), unique("b-")];
    const send = async (k: string, messages: Record<string, unknown>[]) =>
      expect((await sendBatch(deps(), k, messages)).status).toBe(200);
    await send(key, [
      trackMessage(a, "workflow_run", { properties: { steps: 3 } }),
      trackMessage(a, "connection_created"),
      trackMessage(b, "workflow_run"),
      pageMessage(b, "Team"),
    ]);
    // Same user id and event in another workspace: never shown here.
    await send(otherKey, [trackMessage(a, "workflow_run"), trackMessage(a, "workflow_run")]);

    const live = (input: { event?: string; userId?: string }) =>
      callerFor(ws.user("viewer")).workspace.liveEvents({ workspaceId: ws.workspace.id, ...input });
    const runs = await live({ event: "workflow_run" });
    expect(runs.map((e) => e.user).sort()).toEqual([a, b].sort());
    expect((await live({ userId: a })).map((e) => e.name).sort()).toEqual(["connection_created", "workflow_run"]);
    const both = await live({ userId: a, event: "workflow_run" });
    expect(both).toHaveLength(1);
    expect(both[0]!.properties).toEqual({ steps: 3 });
    expect(both[0]!.userFound).toBe(true);
    expect((await live({ event: "$page" })).map((e) => e.user)).toEqual([b]);
    expect(await live({ userId: "nobody" })).toEqual([]);
    expect(await live({ event: "never_tracked" })).toEqual([]);
  });
});
