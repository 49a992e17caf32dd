// Funnels over raw events on hand-computed data, on both databases: the window, the same event not
// satisfying two steps, property conditions, accounts, a trait breakdown, the drop-off list and
// saved funnels.
import { beforeEach, describe, expect, it } from "vitest";
import { dayNumber, isoOfDay } from "../../server/calendar/day-number";
import {
  createWorkspace,
  createWriteKey,
  groupMessage,
  identifyMessage,
  sendBatch,
  trackMessage,
  type TestWorkspace,
} from "../factories";
import { callerFor, deps, testDb } from "./support/db";
import { trpcCodeOf } from "./support/trpc";

const DAY = 86_400_000;
const HOUR = 3_600_000;
let ws: TestWorkspace;
let workspaceId: string;
const yesterday = () => dayNumber(new Date(), "UTC") - 1;
// Noon UTC `n` days before yesterday, plus `h` hours.
const at = (n: number, h = 0) => new Date((yesterday() - n) * DAY + 12 * HOUR + h * HOUR);
const period = () => ({ from: isoOfDay(yesterday() - 10), to: isoOfDay(yesterday()) });

beforeEach(async () => {
  ws = await createWorkspace(testDb(), { roles: ["admin", "viewer"] });
  workspaceId = ws.workspace.id;
  const { key } = await createWriteKey(testDb(), workspaceId, { kind: "secret" });
  const reply = await sendBatch(deps(), key, [
    identifyMessage("ada", { role: "engineer" }, { timestamp: at(30) }),
    identifyMessage("bo", { role: "business" }, { timestamp: at(30) }),
    identifyMessage("cy", { role: "engineer" }, { timestamp: at(30) }),
    groupMessage("ada", "acme", { name: "Acme", plan: "team" }, { timestamp: at(30) }),
    groupMessage("cy", "acme", {}, { timestamp: at(30) }),
    groupMessage("bo", "beta", { name: "Beta", plan: "free" }, { timestamp: at(30) }),
    // ada: signs up, saves twice within 2 and 3 hours.
    trackMessage("ada", "signed_up", { timestamp: at(5) }),
    trackMessage("ada", "workflow_saved", { timestamp: at(5, 2), properties: { template: "sync" } }),
    trackMessage("ada", "workflow_saved", { timestamp: at(5, 3), properties: { template: "sync" } }),
    // bo: saves 30 hours after signing up (outside a 24 h window) and opens the docs.
    trackMessage("bo", "signed_up", { timestamp: at(4) }),
    trackMessage("bo", "docs_opened", { timestamp: at(4, 1) }),
    trackMessage("bo", "workflow_saved", { timestamp: at(4, 30), properties: { template: "sync" } }),
    // cy: saves once, an hour after signing up.
    trackMessage("cy", "signed_up", { timestamp: at(3) }),
    trackMessage("cy", "workflow_saved", { timestamp: at(3, 1), properties: { template: "ETL" } }),
    // dee signed up before the period; eve never signed up.
    trackMessage("dee", "signed_up", { timestamp: at(20) }),
    trackMessage("dee", "workflow_saved", { timestamp: at(20, 1) }),
    trackMessage("eve", "workflow_saved", { timestamp: at(2) }),
  ]);
  expect(reply.status, JSON.stringify(reply.body)).toBe(200);
});

const SAVED_TWICE = {
  steps: [
    { event: "signed_up" },
    { event: "workflow_saved" },
    { event: "workflow_saved", label: "Saved a second workflow" },
  ],
  windowHours: 24,
};

describe("funnel report", () => {
  it("counts steps inside the window, never one event for two steps", async () => {
    const r = await callerFor(ws.user("viewer")).funnel.report({ workspaceId, ...period(), ...SAVED_TWICE });
    // Entered: ada, bo, cy (dee's signup is before the period). Saved within 24 h: ada, cy. Twice: ada.
    expect(r.steps.map((s) => s.count)).toEqual([3, 2, 1]);
    expect(r.steps[2]!.label).toBe("Saved a second workflow");
    expect(r.steps[1]!.fromPrevious).toBeCloseTo(2 / 3);
    // Step 2 times: ada 2 h, cy 1 h → median 1.5 h. Step 3: ada 1 h.
    expect(r.steps[1]!.medianMsFromPrevious).toBe(1.5 * HOUR);
    expect(r.steps[2]!.medianMsFromPrevious).toBe(HOUR);
    // Converted (3 steps): ada, 3 h.
    expect(r.timeToConvert.medianMs).toBe(3 * HOUR);
    expect(r.timeToConvert.buckets.find((b) => b.label === "1–6 hours")!.count).toBe(1);
  });

  it("a wider window lets bo's save count", async () => {
    const r = await callerFor(ws.user("viewer")).funnel.report({
      workspaceId,
      ...period(),
      steps: SAVED_TWICE.steps.slice(0, 2),
      windowHours: 48,
    });
    expect(r.steps.map((s) => s.count)).toEqual([3, 3]);
  });

  it("applies a step's property condition, case-insensitively", async () => {
    const r = await callerFor(ws.user("viewer")).funnel.report({
      workspaceId,
      ...period(),
      steps: [
        { event: "signed_up" },
        { event: "workflow_saved", where: [{ key: "template", op: "equals", value: "etl" }] },
      ],
      windowHours: 24,
    });
    expect(r.steps.map((s) => s.count)).toEqual([3, 1]);
  });

  it("breaks users down by a trait", async () => {
    const r = await callerFor(ws.user("viewer")).funnel.report({
      workspaceId,
      ...period(),
      ...SAVED_TWICE,
      breakdown: { kind: "trait", scope: "user", key: "role" },
    });
    const byGroup = Object.fromEntries(r.groups.map((g) => [g.group, g.steps.map((s) => s.count)]));
    expect(byGroup).toEqual({ engineer: [2, 2, 1], business: [1, 0, 0] });
  });

  it("counts accounts, merging their users' events, broken down by plan", async () => {
    const r = await callerFor(ws.user("viewer")).funnel.report({
      workspaceId,
      ...period(),
      ...SAVED_TWICE,
      unit: "accounts",
      breakdown: { kind: "plan" },
    });
    // acme enters with ada (saves twice in 3 h); beta with bo (saved after 30 h).
    expect(r.steps.map((s) => s.count)).toEqual([2, 1, 1]);
    const byGroup = Object.fromEntries(r.groups.map((g) => [g.group, g.steps.map((s) => s.count)]));
    expect(byGroup).toEqual({ team: [1, 1, 1], free: [1, 0, 0] });
  });

  it("restricts to the filter's population", async () => {
    const acme = await testDb().account.findFirstOrThrow({ where: { workspaceId, externalId: "acme" } });
    const r = await callerFor(ws.user("viewer")).funnel.report({
      workspaceId,
      ...period(),
      ...SAVED_TWICE,
      accountId: acme.id,
    });
    expect(r.steps.map((s) => s.count)).toEqual([2, 2, 1]);
  });

  it("lists who dropped after a step and what they did instead; CSV too", async () => {
    const viewer = callerFor(ws.user("viewer"));
    const input = { workspaceId, ...period(), steps: SAVED_TWICE.steps.slice(0, 2), windowHours: 24, reached: 1 };
    const page = await viewer.funnel.dropOff(input);
    expect(page.total).toBe(1);
    expect(page.subjects.map((s) => s.externalId)).toEqual(["bo"]);
    expect(page.didInstead).toEqual(
      expect.arrayContaining([
        { event: "docs_opened", users: 1, calls: 1 },
        { event: "signed_up", users: 1, calls: 1 },
        { event: "workflow_saved", users: 1, calls: 1 },
      ]),
    );
    const csv = await viewer.funnel.dropOff({ ...input, format: "csv" });
    expect(csv.csv).toBe("user_id,name\r\nbo,\r\n");
  });

  it("refuses bad input with a message", async () => {
    const viewer = callerFor(ws.user("viewer"));
    await expect(viewer.funnel.report({ workspaceId, steps: [{ event: "a" }], windowHours: 24 })).rejects.toThrow(
      /at least 2 steps/,
    );
    await expect(
      viewer.funnel.report({ workspaceId, ...SAVED_TWICE, unit: "accounts", breakdown: { kind: "persona" } }),
    ).rejects.toThrow(/Accounts break down by plan/);
    await expect(
      viewer.funnel.dropOff({ workspaceId, steps: SAVED_TWICE.steps.slice(0, 2), windowHours: 24, reached: 2 }),
    ).rejects.toThrow(/before the last/);
  });
});

describe("saved funnels", () => {
  it("saves, lists, renames, refuses a taken name, deletes", async () => {
    const admin = callerFor(ws.user("admin"));
    const definition = { ...SAVED_TWICE, unit: "users" as const, breakdown: { kind: "none" as const } };
    const saved = await admin.funnel.save({ workspaceId, name: "Activation", definition });
    await admin.funnel.save({ workspaceId, name: "Other", definition });
    expect((await admin.funnel.list({ workspaceId })).map((f) => f.name)).toEqual(["Activation", "Other"]);
    expect(await trpcCodeOf(() => admin.funnel.save({ workspaceId, name: "Other", definition }))).toBe("CONFLICT");
    const renamed = await admin.funnel.save({ workspaceId, id: saved.id, name: "Activation (24 h)", definition });
    expect(renamed.definition.steps).toHaveLength(3);
    await admin.funnel.delete({ workspaceId, id: saved.id });
    expect(await trpcCodeOf(() => admin.funnel.get({ workspaceId, id: saved.id }))).toBe("NOT_FOUND");
  });
});
