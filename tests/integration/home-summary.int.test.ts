// Home's Monday figures on hand-computed data, on both databases: the last whole calendar week's
// active users and lifecycle, user and account NPS, accounts at risk, and the empty states.
import { beforeAll, describe, expect, it } from "vitest";
import { getHomeSummary } from "../../server/home/summary";
import {
  createWorkspace,
  createWriteKey,
  groupMessage,
  sendBatch,
  trackMessage,
  type TestWorkspace,
} from "../factories";
import { deps, testDb, testDialect } from "./support/db";
import { insertResponse, insertSurvey } from "./support/survey-rows";

// A Wednesday: the last whole week is Monday 30 November to Sunday 6 December, the one before it
// 23 to 29 November.
const NOW = new Date("2026-12-09T12:00:00Z");
let ws: TestWorkspace;

beforeAll(async () => {
  const db = testDb();
  ws = await createWorkspace(db, { timeZone: "UTC" });
  const workspaceId = ws.workspace.id;
  const { key } = await createWriteKey(db, workspaceId, { kind: "secret" });
  const old = { timestamp: "2026-10-01T09:00:00Z" };
  const reply = await sendBatch(deps(), key, [
    groupMessage("ada", "acme", { plan: "team" }, old),
    // bo is first seen last week (new); the others long before.
    groupMessage("bo", "acme", {}, { timestamp: "2026-12-02T09:00:00Z" }),
    groupMessage("cy", "beta", {}, old),
    // gamma: four users, one active in the last 30 days → at risk.
    ...["dee", "e1", "e2", "e3"].map((u) => groupMessage(u, "gamma", {}, old)),
    // ada: both weeks (current). bo: last week only, first seen then (new). cy: the week before
    // only (dormant). dee: before both weeks.
    trackMessage("ada", "workflow_run", { timestamp: "2026-11-24T10:00:00Z" }),
    trackMessage("ada", "workflow_run", { timestamp: "2026-12-01T10:00:00Z" }),
    trackMessage("bo", "workflow_run", { timestamp: "2026-12-02T10:00:00Z" }),
    trackMessage("cy", "docs_opened", { timestamp: "2026-11-25T10:00:00Z" }),
    trackMessage("dee", "docs_opened", { timestamp: "2026-11-20T10:00:00Z" }),
  ]);
  expect(reply.status, JSON.stringify(reply.body)).toBe(200);
  const nps = await insertSurvey(db, workspaceId, { kind: "nps" });
  const user = (externalId: string) =>
    db.endUser.findFirstOrThrow({
      where: { workspaceId, externalId },
      select: { id: true, externalId: true, accountId: true, personaId: true },
    });
  await insertResponse(db, workspaceId, nps.id, await user("ada"), new Date("2026-11-20T10:00:00Z"), { score: 10 });
  await insertResponse(db, workspaceId, nps.id, await user("bo"), new Date("2026-11-21T10:00:00Z"), { score: 3 });
  await insertResponse(db, workspaceId, nps.id, await user("cy"), new Date("2026-11-22T10:00:00Z"), { score: 9 });
  // Older than 90 days: left out.
  await insertResponse(db, workspaceId, nps.id, await user("dee"), new Date("2026-08-01T10:00:00Z"), { score: 0 });
});

describe("home summary", () => {
  it("gives the week's active users, their lifecycle, NPS and the accounts at risk", async () => {
    const s = await getHomeSummary({
      db: testDb(),
      dialect: testDialect(),
      workspace: { id: ws.workspace.id, timeZone: "UTC" },
      input: {},
      now: NOW,
    });
    expect(s.weeklyActive).toEqual({ from: "2026-11-30", to: "2026-12-06", users: 2, previous: 2 });
    expect(s.lifecycle).toMatchObject({ new: 1, current: 1, resurrected: 0, dormant: 1 });
    // Users: promoters ada, cy; detractor bo → (2 − 1) / 3. Accounts: acme (10, 3) → 0, beta 100 → 50.
    expect(s.nps.users).toBeCloseTo(100 / 3);
    expect(s.nps.responses).toBe(3);
    expect(s.nps.accounts).toBeCloseTo(50);
    expect(s.nps.accountsAnswered).toBe(2);
    expect(s.atRisk.total).toBe(1);
    expect(s.atRisk.accounts.map((a) => [a.activeUsers, a.users])).toEqual([[1, 4]]);
    // Nothing set up yet: no engagement snapshot, no live checklist.
    expect(s.engagement).toBeNull();
    expect(s.onboarding).toEqual({ checklists: 0, exposed: 0, completed: 0 });
  });
});
