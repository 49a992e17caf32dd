// Verified identity, through every end-user endpoint's handler: with the workspace set to
// "required", a write-key call about a userId without a valid userHash is refused (401 with what is
// missing; per message in batches), a signed one is accepted; the secret key is trusted; anonymous
// messages pass. "optional" accepts both and counts them. Secrets rotate (two at most), are stored
// sealed, and are managed by admins only. Timestamps are held to the key's window.
import { createHmac } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { userHashFor } from "../../server/identity/verify-user-hash";
import {
  aliasMessage,
  createWorkspace,
  createWriteKey,
  groupMessage,
  identifyMessage,
  ingest,
  screenMessage,
  sendBatch,
  trackMessage,
  unique,
  type TestWorkspace,
} from "../factories";
import { fetchWidgetState } from "./support/checklists";
import { callerFor, deps, testDb } from "./support/db";
import { expectTrpcError } from "./support/trpc";
import { askSurvey, feedbackMessage, fetchUserFeedback, sendVoice } from "./support/voice";

let ws: TestWorkspace;
let workspaceId: string;
let key: string;
let serverKey: string;
let secret: string;

const admin = () => callerFor(ws.user("admin"));
const sign = (userId: string, withSecret = secret) => userHashFor(withSecret, userId);

function jwt(claims: Record<string, unknown>, withSecret = secret, alg = "HS256"): string {
  const part = (v: unknown) => Buffer.from(JSON.stringify(v)).toString("base64url");
  const head = `${part({ alg, typ: "JWT" })}.${part(claims)}`;
  return `${head}.${createHmac("sha256", withSecret).update(head).digest("base64url")}`;
}

async function setMode(mode: "off" | "optional" | "required") {
  await admin().identity.setMode({ workspaceId, mode });
}

beforeEach(async () => {
  ws = await createWorkspace(testDb(), { roles: ["admin", "pm"] });
  workspaceId = ws.workspace.id;
  key = (await createWriteKey(testDb(), workspaceId)).key;
  serverKey = (await createWriteKey(testDb(), workspaceId, { kind: "secret" })).key;
  secret = (await admin().identity.createSecret({ workspaceId })).secret;
});

describe("required: every end-user call from the write key needs a signature", () => {
  beforeEach(() => setMode("required"));

  it("batch: unsigned and wrongly signed messages are rejected with the reason; signed, anonymous and context.cairn ones stored", async () => {
    const ana = unique("ana-");
    const reply = await sendBatch(deps(), key, [
      identifyMessage(ana, { plan: "pro" }),
      { ...identifyMessage(ana, { plan: "pro" }), userHash: sign("someone-else") },
      { ...identifyMessage(ana, { plan: "pro" }), userHash: sign(ana) },
      { ...trackMessage(ana, "Saved"), userHash: sign(ana).toUpperCase() },
      trackMessage(ana, "Saved", { context: { cairn: { userHash: sign(ana) } } }),
      { ...trackMessage("x", "Anonymous"), userId: undefined, anonymousId: "anon-1" },
    ]);
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    expect(reply.body.stored).toBe(4);
    expect(reply.body.rejected?.map((r) => [r.index, r.error])).toEqual([
      [0, expect.stringMatching(/userHash is missing/)],
      [1, expect.stringMatching(/userHash does not match userId/)],
    ]);
  });

  it("a batch with no valid message is a 401; a single unsigned call too", async () => {
    const batch = await sendBatch(deps(), key, [identifyMessage("ana", { plan: "free" })]);
    expect(batch.status).toBe(401);
    expect(batch.body.error?.message).toMatch(/userHash is missing/);
    const single = await ingest(deps(), "identify", { userId: "ana", traits: { plan: "free" } }, { key });
    expect(single.status).toBe(401);
    expect(await testDb().endUser.count({ where: { workspaceId } })).toBe(0);
  });

  it("the secret key is trusted without a signature", async () => {
    const reply = await sendBatch(deps(), serverKey, [identifyMessage("ana", { plan: "pro" })]);
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    expect(reply.body.stored).toBe(1);
  });

  it("widget state: 401 saying what is missing, 200 when signed", async () => {
    const unsigned = await fetchWidgetState(deps(), { userId: "ana" }, { key });
    expect(unsigned.status).toBe(401);
    expect((unsigned.body as { error?: { message: string } }).error?.message).toMatch(/userHash is missing/);
    const signed = await fetchWidgetState(deps(), { userId: "ana", userHash: sign("ana") }, { key });
    expect(signed.status, JSON.stringify(signed.body)).toBe(200);
  });

  it("feedback list, surveys/next and responses: refused unsigned, accepted signed", async () => {
    expect((await fetchUserFeedback(deps(), { userId: "ana" }, { key })).status).toBe(401);
    expect((await fetchUserFeedback(deps(), { userId: "ana", userHash: sign("ana") }, { key })).status).toBe(200);

    expect((await askSurvey(deps(), { userId: "ana" }, { key })).status).toBe(401);
    const asked = await askSurvey(deps(), { userId: "ana", userHash: sign("ana") }, { key });
    expect(asked.status, JSON.stringify(asked.body)).toBe(200);

    const refused = await sendVoice(deps(), [feedbackMessage("ana", "let me in")], { key });
    expect(refused.status).toBe(401);
    expect(refused.body.error?.message).toMatch(/userHash is missing/);
    const mixed = await sendVoice(
      deps(),
      [feedbackMessage("ana", "signed", { userHash: sign("ana") }), feedbackMessage("ben", "unsigned")],
      { key },
    );
    expect(mixed.status, JSON.stringify(mixed.body)).toBe(200);
    expect(mixed.body.stored).toBe(1);
    expect(mixed.body.rejected).toEqual([expect.objectContaining({ index: 1, status: 401 })]);
  });

  it("an anonymous message cannot name an account; a signed user's group call can", async () => {
    await sendBatch(deps(), serverKey, [groupMessage("owner", "acme", { plan: "enterprise" })]);
    const anonymous = { anonymousId: "anon-1", userId: undefined };
    const reply = await sendBatch(deps(), key, [
      { ...groupMessage("x", "acme", { plan: "free" }), ...anonymous },
      { ...trackMessage("x", "Joined", { context: { groupId: "acme" } }), ...anonymous },
      { ...trackMessage("x", "Browsed"), ...anonymous },
      { ...groupMessage("ana", "ana-co", { plan: "pro" }), userHash: sign("ana") },
    ]);
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    expect(reply.body.stored).toBe(2);
    expect(reply.body.rejected?.map((r) => [r.index, r.error])).toEqual([
      [0, expect.stringMatching(/anonymous message cannot name an account/)],
      [1, expect.stringMatching(/anonymous message cannot name an account/)],
    ]);
    const acme = await testDb().account.findFirst({ where: { workspaceId, externalId: "acme" } });
    expect(acme?.traits).toMatchObject({ plan: "enterprise" });
    const anon = await testDb().endUser.findFirst({ where: { workspaceId, externalId: "anon:anon-1" } });
    expect(anon?.accountId ?? null).toBeNull();
  });

  it("alias and screen: an alias rewrites who a visitor is, so it needs the new userId's signature", async () => {
    const ana = unique("ana-");
    const reply = await sendBatch(deps(), key, [
      aliasMessage(ana, "anon-9"),
      { ...aliasMessage(ana, "anon-9"), userHash: sign("someone-else") },
      { ...aliasMessage(ana, "anon-9"), userHash: sign(ana) },
      { ...screenMessage("x", "Home"), userId: undefined, anonymousId: "anon-9" },
      {
        ...screenMessage("x", "Home", { messageId: unique("m-") }),
        userId: undefined,
        anonymousId: "anon-9",
        context: { groupId: "acme" },
      },
      screenMessage(ana, "Inbox"),
    ]);
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    expect(reply.body.stored).toBe(2);
    expect(reply.body.rejected?.map((r) => [r.index, r.error])).toEqual([
      [0, expect.stringMatching(/userHash is missing/)],
      [1, expect.stringMatching(/userHash does not match userId/)],
      [4, expect.stringMatching(/anonymous message cannot name an account/)],
      [5, expect.stringMatching(/userHash is missing/)],
    ]);
    const single = await ingest(deps(), "a", { userId: ana, previousId: "anon-10", writeKey: key }, { style: "none" });
    expect(single.status).toBe(401);
    const stored = await testDb().event.findMany({
      where: { workspaceId },
      select: { type: true },
      orderBy: { type: "asc" },
    });
    expect(stored).toEqual([{ type: "alias" }, { type: "screen" }]);
  });

  it("the signature is not stored with the event", async () => {
    const hash = sign("ana");
    const reply = await sendBatch(deps(), key, [
      trackMessage("ana", "Saved", { context: { cairn: { userHash: hash }, page: { path: "/x" } } }),
      trackMessage("ana", "Kept", { context: { cairn: { userHash: hash, note: "kept" } } }),
    ]);
    expect(reply.body.stored).toBe(2);
    const events = await testDb().event.findMany({ where: { workspaceId }, orderBy: { name: "asc" } });
    expect(JSON.stringify(events.map((e) => e.context))).not.toContain(hash);
    expect(events.map((e) => e.context)).toEqual([{ cairn: { note: "kept" } }, { page: { path: "/x" } }]);
  });

  it("a JWT works too: HS256, sub = userId, exp within the hour", async () => {
    const now = Math.floor(Date.now() / 1000);
    const state = (userHash: string) => fetchWidgetState(deps(), { userId: "ana", userHash }, { key });
    expect((await state(jwt({ sub: "ana", exp: now + 600 }))).status).toBe(200);
    expect((await state(jwt({ sub: "ana", exp: now - 10 }))).status).toBe(401);
    expect((await state(jwt({ sub: "ana", exp: now + 7200 }))).status).toBe(401);
    expect((await state(jwt({ sub: "ana" }))).status).toBe(401);
    expect((await state(jwt({ sub: "ben", exp: now + 600 }))).status).toBe(401);
    expect((await state(jwt({ sub: "ana", exp: now + 600 }, "not-the-secret"))).status).toBe(401);
    expect((await state(jwt({ sub: "ana", exp: now + 600 }, secret, "none"))).status).toBe(401);
  });
});

describe("secrets", () => {
  it("rotate: two active at most, both verify, a revoked one no longer does", async () => {
    const second = await admin().identity.createSecret({ workspaceId });
    await expectTrpcError(admin().identity.createSecret({ workspaceId }), "CONFLICT");
    await setMode("required");
    const state = (userHash: string) => fetchWidgetState(deps(), { userId: "ana", userHash }, { key });
    expect((await state(sign("ana"))).status).toBe(200);
    expect((await state(sign("ana", second.secret))).status).toBe(200);
    const first = (await admin().identity.get({ workspaceId })).secrets.find((s) => s.id !== second.id)!;
    await admin().identity.revokeSecret({ workspaceId, id: first.id });
    expect((await state(sign("ana"))).status).toBe(401);
    expect((await state(sign("ana", second.secret))).status).toBe(200);
    await admin().identity.createSecret({ workspaceId });
  });

  it("are stored sealed, shown once, and managed by admins only", async () => {
    const rows = await testDb().identitySecret.findMany({ where: { workspaceId } });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.sealed).not.toContain(secret.slice(4));
    const listed = await admin().identity.get({ workspaceId });
    expect(JSON.stringify(listed)).not.toContain(secret.slice(4));
    expect(listed.secrets[0]).toMatchObject({ hint: secret.slice(-4), readable: true, revokedAt: null });
    const pm = callerFor(ws.user("pm"));
    await expectTrpcError(pm.identity.get({ workspaceId }), "FORBIDDEN");
    await expectTrpcError(pm.identity.setMode({ workspaceId, mode: "off" }), "FORBIDDEN");
    await expectTrpcError(pm.identity.createSecret({ workspaceId }), "FORBIDDEN");
  });

  it("required cannot be switched on without an active secret", async () => {
    const id = (await admin().identity.get({ workspaceId })).secrets[0]!.id;
    await admin().identity.revokeSecret({ workspaceId, id });
    await expectTrpcError(admin().identity.setMode({ workspaceId, mode: "required" }), "BAD_REQUEST");
  });
});

describe("optional and off: nothing refused, each message counted verified or not, per source", () => {
  it("the settings show the last 7 days' share per SDK source", async () => {
    await setMode("optional");
    const widget = { library: { name: "cairn.js", version: "0.1.0" } };
    const reply = await sendBatch(deps(), key, [
      { ...trackMessage("ana", "A", { context: widget }), userHash: sign("ana") },
      trackMessage("ben", "A", { context: widget }),
      { ...trackMessage("cy", "A", { context: widget }), userHash: sign("not-cy") },
      trackMessage("dee", "A"),
      { ...trackMessage("x", "A"), userId: undefined, anonymousId: "anon" },
    ]);
    expect(reply.body.stored).toBe(5);
    await sendBatch(deps(), serverKey, [trackMessage("eve", "A")]);
    await setMode("off");
    await sendBatch(deps(), key, [trackMessage("fay", "A", { context: { library: { name: "analytics-node" } } })]);
    const { lastWeek, mode } = await admin().identity.get({ workspaceId });
    expect(mode).toBe("off");
    expect(lastWeek).toEqual([
      { source: "widget", verified: 1, unverified: 2 },
      { source: "server", verified: 1, unverified: 1 },
      { source: "other", verified: 0, unverified: 1 },
    ]);
  });
});

describe("timestamps by key kind", () => {
  const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000);

  it("a write key sends the last 7 days; older, or more than 5 minutes ahead, is rejected with a reason", async () => {
    const reply = await sendBatch(deps(), key, [
      trackMessage("ana", "Recent", { timestamp: daysAgo(6) }),
      trackMessage("ana", "Old", { timestamp: daysAgo(8) }),
      trackMessage("ana", "1999", { timestamp: "1999-06-01T00:00:00Z" }),
      trackMessage("ana", "Future", { timestamp: new Date(Date.now() + 10 * 60_000) }),
      trackMessage("ana", "Slightly fast clock", { timestamp: new Date(Date.now() + 60_000) }),
    ]);
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    expect(reply.body.stored).toBe(2);
    expect(reply.body.rejected?.map((r) => [r.index, r.error])).toEqual([
      [1, expect.stringMatching(/more than 7 days old: only the secret key/)],
      [2, expect.stringMatching(/more than 7 days old/)],
      [3, expect.stringMatching(/more than 5 minutes in the future/)],
    ]);
  });

  it("the secret key backfills back to the horizon (2000-01-01)", async () => {
    const reply = await sendBatch(deps(), serverKey, [
      trackMessage("ana", "Import", { timestamp: "2003-04-05T06:07:08Z" }),
      trackMessage("ana", "Too old", { timestamp: "1999-12-31T00:00:00Z" }),
    ]);
    expect(reply.body.stored).toBe(1);
    expect(reply.body.rejected?.[0]?.error).toMatch(/before 2000-01-01/);
  });

  it("answers and feedback from the write key are held to the same window", async () => {
    const reply = await sendVoice(
      deps(),
      [feedbackMessage("ana", "now"), feedbackMessage("ana", "old", { timestamp: daysAgo(30).toISOString() })],
      { key },
    );
    expect(reply.body.stored).toBe(1);
    expect(reply.body.rejected?.[0]?.error).toMatch(/7 days/);
  });
});
