// GET /api/v1/feedback end to end through its handler: a user's own feedback, newest first, with
// the public reading of the PM's triage, and nothing of other users or other workspaces.
import { beforeEach, describe, expect, it } from "vitest";
import { OPTIONS } from "../../app/api/v1/feedback/route";
import type { ApiDeps } from "../../server/http/deps";
import { createWorkspace, createWriteKey } from "../factories";
import { deps, testDb } from "./support/db";
import { feedbackMessage, fetchUserFeedback, sendVoice } from "./support/voice";

let workspaceId: string;
let key: string;
const vdeps = (): ApiDeps => deps();

beforeEach(async () => {
  const ws = await createWorkspace(testDb());
  workspaceId = ws.workspace.id;
  key = (await createWriteKey(testDb(), workspaceId)).key;
});

// Within the last 7 days: a write key's messages are held to them.
const base = Math.floor(Date.now() / 3_600_000) * 3_600_000 - 3 * 3_600_000;
const t = (min: number) => new Date(base + min * 60_000);

/** Sends feedback as the widget does and returns the stored row's id. */
async function sendFeedback(
  userId: string,
  text: string,
  at: Date,
  extra: Record<string, unknown> = {},
  writeKey = key,
): Promise<string> {
  const message = feedbackMessage(userId, text, { timestamp: at.toISOString(), ...extra });
  const reply = await sendVoice(vdeps(), [message], { key: writeKey });
  expect(reply.body.stored, JSON.stringify(reply.body)).toBe(1);
  return (
    await testDb().feedback.findFirstOrThrow({
      where: { messageId: message.messageId as string },
      select: { id: true },
    })
  ).id;
}

const roadmapItem = (title: string, status: "considering" | "planned" | "in_progress" | "shipped", isPublic = true) =>
  testDb().roadmapItem.create({ data: { workspaceId, title, status, isPublic }, select: { id: true } });
const triage = (
  id: string,
  data: {
    status: "new" | "triaged" | "linked" | "duplicate" | "dismissed";
    roadmapItemId?: string;
    duplicateOfId?: string;
  },
) => testDb().feedback.update({ where: { id }, data });

describe("GET /api/v1/feedback", () => {
  it("401 without a valid key, 400 without a userId; CORS preflight", async () => {
    expect((await fetchUserFeedback(vdeps(), { userId: "ana" })).status).toBe(401);
    expect((await fetchUserFeedback(vdeps(), { userId: "ana" }, { key: "cwk_nope" })).status).toBe(401);
    const missing = await fetchUserFeedback(vdeps(), {}, { key });
    expect(missing).toMatchObject({
      status: 400,
      body: { error: { code: "BAD_REQUEST", message: "Invalid query: userId is required." } },
    });
    expect(OPTIONS().headers.get("access-control-allow-methods")).toContain("GET");
  });

  it("an unknown user has no items", async () => {
    const reply = await fetchUserFeedback(vdeps(), { userId: "nobody" }, { key, style: "query" });
    expect(reply).toMatchObject({ status: 200, body: { items: [] } });
    expect(reply.headers.get("cache-control")).toBe("no-store");
    expect(reply.headers.get("access-control-allow-origin")).toBe("*");
  });

  it("lists the user's own feedback newest first, with the public status of its triage", async () => {
    const received = await sendFeedback("ana", "Dark mode please", t(1), { category: "idea" });
    const reviewed = await sendFeedback("ana", "Search is slow", t(2), { category: "problem" });
    const planned = await sendFeedback("ana", "SSO with Okta", t(3));
    const secret = await sendFeedback("ana", "Audit log", t(4));
    const dup = await sendFeedback("ana", "Okta login?", t(5), { category: "question" });
    const closed = await sendFeedback("ana", "Make it pink", t(6));
    const long = await sendFeedback("ana", "é".repeat(300), t(7));
    await sendFeedback("ben", "Not Ana's", t(8));

    const sso = await roadmapItem("Single sign-on", "planned");
    const audit = await roadmapItem("Audit log v2", "in_progress", false);
    await triage(reviewed, { status: "triaged" });
    await triage(planned, { status: "linked", roadmapItemId: sso.id });
    await triage(secret, { status: "linked", roadmapItemId: audit.id });
    await triage(dup, { status: "duplicate", duplicateOfId: planned });
    await triage(closed, { status: "dismissed" });

    const reply = await fetchUserFeedback(vdeps(), { userId: "ana" }, { key });
    expect(reply.status).toBe(200);
    const byId = Object.fromEntries(reply.body.items.map((i) => [i.id, i]));
    expect(reply.body.items.map((i) => i.id)).toEqual([long, closed, dup, secret, planned, reviewed, received]);
    expect(byId[received]).toEqual({
      id: received,
      text: "Dark mode please",
      category: "idea",
      status: "received",
      roadmapTitle: null,
      createdAt: t(1).toISOString(),
    });
    expect(byId[reviewed]).toMatchObject({ status: "under_review", roadmapTitle: null, category: "problem" });
    expect(byId[planned]).toMatchObject({ status: "planned", roadmapTitle: "Single sign-on", category: null });
    expect(byId[secret]).toMatchObject({ status: "in_progress", roadmapTitle: null });
    expect(byId[dup]).toMatchObject({ status: "planned", roadmapTitle: "Single sign-on" });
    expect(byId[closed]).toMatchObject({ status: "closed" });
    expect(byId[long]!.text).toBe("é".repeat(280));
  });

  it("the latest 20, sources widget and roadmap idea only", async () => {
    for (let i = 0; i < 22; i += 1) await sendFeedback("ana", `Note ${i}`, t(i));
    const ana = await testDb().endUser.findUniqueOrThrow({
      where: { workspaceId_externalId: { workspaceId, externalId: "ana" } },
    });
    await testDb().feedback.create({
      data: { workspaceId, source: "roadmap_idea", text: "Idea from the roadmap", endUserId: ana.id, createdAt: t(40) },
    });
    await testDb().feedback.create({
      data: { workspaceId, source: "survey", text: "A survey verbatim", endUserId: ana.id, createdAt: t(41) },
    });
    await testDb().feedback.create({
      data: { workspaceId, source: "pm", text: "Logged by a PM", endUserId: ana.id, createdAt: t(42) },
    });
    const items = (await fetchUserFeedback(vdeps(), { userId: "ana" }, { key })).body.items;
    expect(items).toHaveLength(20);
    expect(items[0]!.text).toBe("Idea from the roadmap");
    expect(items.map((i) => i.text).slice(1, 4)).toEqual(["Note 21", "Note 20", "Note 19"]);
    expect(items.at(-1)!.text).toBe("Note 3");
  });

  it("another workspace's key cannot read this workspace's users' feedback", async () => {
    await sendFeedback("ana", "Private to A", t(1));
    const other = await createWorkspace(testDb());
    const otherKey = (await createWriteKey(testDb(), other.workspace.id)).key;
    expect((await fetchUserFeedback(vdeps(), { userId: "ana" }, { key: otherKey })).body).toEqual({ items: [] });
    await sendFeedback("ana", "Written in B", t(2), {}, otherKey);
    const inB = (await fetchUserFeedback(vdeps(), { userId: "ana" }, { key: otherKey })).body.items;
    expect(inB.map((i) => i.text)).toEqual(["Written in B"]);
  });
});
