// The Install page's state (install.status): the write keys in clear for admins and PMs only, and
// the live check's milestones, each set once by the first request that carries it (ingest, or
// the widget's state request), for the workspace of the key it came with only.
import { beforeEach, describe, expect, it } from "vitest";
import {
  createWorkspace,
  createWriteKey,
  identifyMessage,
  sendBatch,
  trackMessage,
  type TestWorkspace,
} from "../factories";
import { fetchWidgetState } from "./support/checklists";
import { callerFor, deps, testDb } from "./support/db";

let ws: TestWorkspace;
let other: TestWorkspace;
let key: string;
let otherKey: string;

beforeEach(async () => {
  ws = await createWorkspace(testDb(), { roles: ["admin", "pm", "viewer"] });
  other = await createWorkspace(testDb());
  key = (await createWriteKey(testDb(), ws.workspace.id, { name: "Production" })).key;
  otherKey = (await createWriteKey(testDb(), other.workspace.id)).key;
});

const status = (role: "admin" | "pm" | "viewer" = "admin") =>
  callerFor(ws.user(role)).install.status({ workspaceId: ws.workspace.id });
const send = async (k: string, ...messages: Record<string, unknown>[]) => {
  const reply = await sendBatch(deps(), k, messages);
  expect(reply.status, JSON.stringify(reply.body)).toBe(200);
};

describe("install.status", () => {
  it("shows admins and PMs the active write keys in clear, viewers none, and never a secret key", async () => {
    await createWriteKey(testDb(), ws.workspace.id, { kind: "secret", name: "Server" });
    await createWriteKey(testDb(), ws.workspace.id, { name: "Old", revoked: true });
    const forAdmin = await status("admin");
    expect(forAdmin.writeKeys?.map((k) => [k.name, k.key])).toEqual([["Production", key]]);
    expect((await status("pm")).writeKeys?.map((k) => k.key)).toEqual([key]);
    expect((await status("viewer")).writeKeys).toBeNull();
    expect(JSON.stringify(forAdmin)).not.toContain("csk_");
  });

  it("counts write keys created before keys were kept in clear, which it cannot show", async () => {
    await testDb().apiKey.updateMany({ where: { workspaceId: ws.workspace.id }, data: { publicKey: null } });
    const s = await status();
    expect(s.writeKeys).toEqual([]);
    expect(s.hiddenWriteKeys).toBe(1);
  });

  it("waits for all three milestones in a new workspace", async () => {
    const s = await status("viewer");
    expect([s.firstEventAt, s.firstIdentifyAt, s.firstWidgetAt]).toEqual([null, null, null]);
  });

  it("records the first event, then the first identify with traits, and keeps the first times", async () => {
    await send(key, trackMessage("u1", "workflow_run"), identifyMessage("u1", {}));
    const first = await status();
    expect(first.firstEventAt).toBeInstanceOf(Date);
    // An identify without traits is not "identify with traits".
    expect(first.firstIdentifyAt).toBeNull();
    expect(first.firstWidgetAt).toBeNull();

    await send(key, identifyMessage("u1", { role: "data engineer" }));
    const second = await status();
    expect(second.firstIdentifyAt).toBeInstanceOf(Date);
    expect(second.firstEventAt).toEqual(first.firstEventAt);
    await send(key, identifyMessage("u2", { role: "sales" }));
    expect((await status()).firstIdentifyAt).toEqual(second.firstIdentifyAt);
  });

  it("counts the widget as loaded from its state request or from a message cairn.js sent", async () => {
    const reply = await fetchWidgetState(deps(), { userId: "u1" }, { key });
    expect(reply.status).toBe(200);
    expect((await status()).firstWidgetAt).toBeInstanceOf(Date);

    await send(
      otherKey,
      trackMessage("v1", "opened", { context: { library: { name: "cairn.js", version: "0.1.0" } } }),
    );
    const o = await callerFor(other.user("admin")).install.status({ workspaceId: other.workspace.id });
    expect(o.firstWidgetAt).toBeInstanceOf(Date);
    expect(o.firstEventAt).toBeInstanceOf(Date);
  });

  it("never records another workspace's traffic, nor a batch that stored nothing", async () => {
    await send(otherKey, identifyMessage("v1", { role: "pm" }));
    await fetchWidgetState(deps(), { userId: "v1" }, { key: otherKey });
    const refused = await sendBatch(deps(), key, [{ type: "track", userId: "u1" }]);
    expect(refused.status).toBe(400);
    const s = await status();
    expect([s.firstEventAt, s.firstIdentifyAt, s.firstWidgetAt]).toEqual([null, null, null]);
  });
});
