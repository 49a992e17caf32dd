// Limits that hold across app instances: two limiters with their own Redis connections stand for
// two instances and share one count; an unreachable Redis degrades to per-process counts, never to
// errors; sign-up, invites and sign-in answer 429 past their limits.
import { randomUUID } from "node:crypto";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { handleSignIn } from "../../server/auth/handle-sign-in";
import { createLimiter, RateLimitedError } from "../../server/rate-limit/limiter";
import { handleIngest } from "../../server/ingest/handle-ingest";
import { LIMIT_SPECS, overrideLimit } from "../../server/rate-limit/limits";
import { connect } from "../../server/rate-limit/store";
import { createContextInner } from "../../server/trpc/init";
import { createCaller } from "../../server/trpc/root";
import {
  createWorkspace,
  createWriteKey,
  identifyMessage,
  ingestRequest,
  sendBatch,
  trackMessage,
  unique,
} from "../factories";
import { callerFor, deps, testDb } from "./support/db";
import { expectTrpcError } from "./support/trpc";

const REDIS_URL = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";
const clients: ReturnType<typeof connect>[] = [];
function redis(url = REDIS_URL) {
  const c = connect(url);
  clients.push(c);
  return c;
}
afterAll(() => clients.forEach((c) => c.disconnect()));

/** Waits until the client is connected (the limiters send nothing before: no offline queue). */
function ready(client: ReturnType<typeof connect>, ms = 3_000): Promise<boolean> {
  if (client.status === "ready") return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    client.once("ready", () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

async function reachable(): Promise<boolean> {
  return ready(redis());
}

describe("limiter", () => {
  it("two instances on one Redis share a key's count", async () => {
    if (!(await reachable())) {
      if (process.env.CI) throw new Error(`Redis is not reachable at ${REDIS_URL}; CI must run this test.`);
      return;
    }
    const spec = { name: `test-${randomUUID()}`, points: 3, durationSeconds: 60 };
    const [ra, rb] = [redis(), redis()];
    expect(await ready(ra)).toBe(true);
    expect(await ready(rb)).toBe(true);
    const a = createLimiter(spec, ra);
    const b = createLimiter(spec, rb);
    await a.consume("k");
    await b.consume("k");
    await a.consume("k");
    const refused = await b.consume("k").catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(RateLimitedError);
    expect((refused as RateLimitedError).retryAfterSeconds).toBeGreaterThan(0);
    expect((refused as RateLimitedError).retryAfterSeconds).toBeLessThanOrEqual(60);
    await a.consume("other-key"); // keys are counted apart
  });

  it("keeps limiting in memory while Redis is unreachable", async () => {
    const spec = { name: `test-${randomUUID()}`, points: 2, durationSeconds: 60 };
    const down = createLimiter(spec, redis("redis://127.0.0.1:1"));
    await down.consume("k");
    await down.consume("k");
    await expect(down.consume("k")).rejects.toBeInstanceOf(RateLimitedError);
  });
});

describe("sign-up and invites", () => {
  it("refuses the 11th sign-up from one address within the hour", async () => {
    const caller = createCaller(
      createContextInner({ user: null, db: testDb(), ip: `198.51.100.${unique().length}-${unique()}` }),
    );
    const signUp = () =>
      caller.account.signUp({
        name: "Someone",
        email: `rl-${unique()}@cairn.test`,
        password: "a long enough passphrase",
      });
    for (let i = 0; i < LIMIT_SPECS.signUpPerIp.points; i++) await signUp();
    await expectTrpcError(signUp(), "TOO_MANY_REQUESTS");
  });

  it("refuses a member's 51st invite within the hour", async () => {
    const ws = await createWorkspace(testDb());
    const admin = createCaller(createContextInner({ user: ws.user("admin"), db: testDb(), ip: "192.0.2.1" }));
    const invite = () =>
      admin.workspace.invite({ workspaceId: ws.workspace.id, email: `rl-${unique()}@cairn.test`, role: "viewer" });
    for (let i = 0; i < LIMIT_SPECS.invitesPerMember.points; i++) await invite();
    await expectTrpcError(invite(), "TOO_MANY_REQUESTS");
  });
});

describe("sign-in", () => {
  const signInRequest = (email: string, ip: string) =>
    new Request("http://cairn.test/api/auth/callback/credentials", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", "x-forwarded-for": ip },
      body: new URLSearchParams({ email, password: "whatever" }),
    });
  // Stands for next-auth: right password = a session cookie. The limits sit in front of it.
  const nextAuth = (right: boolean) => async () =>
    new Response(JSON.stringify({ url: "http://cairn.test/" }), {
      headers: right ? { "set-cookie": "next-auth.session-token=abc; Path=/; HttpOnly" } : {},
    });

  it("locks an account after 10 attempts, even for the right password, and doubles the next lockout", async () => {
    const email = `victim-${unique()}@cairn.test`;
    for (let i = 0; i < LIMIT_SPECS.signInPerAccount.points; i++) {
      expect((await handleSignIn(signInRequest(email, `203.0.113.${i}`), {}, nextAuth(false))).status).toBe(200);
    }
    const locked = await handleSignIn(signInRequest(email, "203.0.113.99"), {}, nextAuth(true));
    expect(locked.status).toBe(429);
    expect(locked.headers.get("retry-after")).toBe("900");
    expect(((await locked.json()) as { url: string }).url).toContain("error=RateLimited");

    // The lockout ends (simulated), ten more wrong attempts: locked twice as long.
    const { limiter } = await import("../../server/rate-limit/limits");
    await limiter("signInPerAccount").reset(email);
    for (let i = 0; i < LIMIT_SPECS.signInPerAccount.points; i++)
      await handleSignIn(signInRequest(email, `203.0.113.${i}`), {}, nextAuth(false));
    const again = await handleSignIn(signInRequest(email, "203.0.113.98"), {}, nextAuth(false));
    expect(again.headers.get("retry-after")).toBe("1800");
  });

  it("a successful sign-in clears the account's count", async () => {
    const email = `user-${unique()}@cairn.test`;
    for (let i = 0; i < LIMIT_SPECS.signInPerAccount.points - 1; i++)
      await handleSignIn(signInRequest(email, "198.18.0.1"), {}, nextAuth(false));
    expect((await handleSignIn(signInRequest(email, "198.18.0.1"), {}, nextAuth(true))).status).toBe(200);
    for (let i = 0; i < LIMIT_SPECS.signInPerAccount.points; i++) {
      expect((await handleSignIn(signInRequest(email, "198.18.0.2"), {}, nextAuth(false))).status).toBe(200);
    }
  });

  it("limits one address across accounts", async () => {
    const ip = "198.18.1.1";
    let last = 200;
    for (let i = 0; i <= LIMIT_SPECS.signInPerIp.points; i++) {
      last = (await handleSignIn(signInRequest(`spray-${i}-${unique()}@cairn.test`, ip), {}, nextAuth(false))).status;
    }
    expect(last).toBe(429);
  });
});

describe("ingest quotas and the public endpoints' address limit", () => {
  afterEach(() => {
    overrideLimit("ingestEventsPerKey", null);
    overrideLimit("newEndUsersPerWorkspace", null);
    overrideLimit("apiPerIp", null);
  });

  it("a key sending more messages per second than its quota gets 429 with Retry-After, and nothing is stored", async () => {
    overrideLimit("ingestEventsPerKey", { points: 5 });
    const ws = await createWorkspace(testDb());
    const greedy = await createWriteKey(testDb(), ws.workspace.id);
    const other = await createWriteKey(testDb(), ws.workspace.id);
    const burst = (n: number) => ({ batch: Array.from({ length: n }, (_, i) => trackMessage("u1", `burst-${i}`)) });
    const response = await handleIngest(ingestRequest("batch", burst(6), { key: greedy.key }), "batch", deps());
    expect(response.status).toBe(429);
    expect(Number(response.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(await testDb().event.count({ where: { workspaceId: ws.workspace.id } })).toBe(0);
    // Counted per key: the workspace's other key still has its own quota.
    expect((await handleIngest(ingestRequest("batch", burst(5), { key: other.key }), "batch", deps())).status).toBe(
      200,
    );
  });

  it("a workspace past its new end users of the day gets 429 for the batch that would add more; known users go on", async () => {
    overrideLimit("newEndUsersPerWorkspace", { points: 3 });
    const ws = await createWorkspace(testDb());
    const key = { ...(await createWriteKey(testDb(), ws.workspace.id)), workspaceId: ws.workspace.id };
    expect(
      (
        await sendBatch(
          deps(),
          key.key,
          ["a", "b"].map((u) => identifyMessage(u, { plan: "x" })),
        )
      ).status,
    ).toBe(200);
    const tooMany = await sendBatch(
      deps(),
      key.key,
      ["c", "d"].map((u) => identifyMessage(u, {})),
    );
    expect(tooMany.status).toBe(429);
    expect(await testDb().endUser.count({ where: { workspaceId: key.workspaceId } })).toBe(2);
    expect((await sendBatch(deps(), key.key, [trackMessage("a", "still-fine")])).status).toBe(200);
  });

  it("one address past its requests per minute gets 429 from every SDK endpoint", async () => {
    overrideLimit("apiPerIp", { points: 2 });
    const ws = await createWorkspace(testDb());
    const key = { ...(await createWriteKey(testDb(), ws.workspace.id)), workspaceId: ws.workspace.id };
    const from = (ip: string) => ({ key: key.key, headers: { "x-forwarded-for": ip } });
    const send = (ip: string) =>
      handleIngest(ingestRequest("track", trackMessage("u", "e"), from(ip)), "track", deps());
    expect((await send("203.0.113.50")).status).toBe(200);
    expect((await send("203.0.113.50")).status).toBe(200);
    expect((await send("203.0.113.50")).status).toBe(429);
    expect((await send("203.0.113.51")).status).toBe(200);
  });
});

describe("a workspace's own quotas (Settings → Quotas)", () => {
  it("admins set them, with an audit entry; PMs cannot; bad values are a 400 saying why", async () => {
    const ws = await createWorkspace(testDb(), { roles: ["admin", "pm"] });
    const workspaceId = ws.workspace.id;
    const admin = callerFor(ws.user("admin"), { ip: "198.51.100.7" });
    const before = await admin.quotas.get({ workspaceId });
    expect(before.own).toEqual({ ingestEventsPerSecond: null, newEndUsersPerDay: null });
    expect(before.defaults.ingestEventsPerSecond).toBe(LIMIT_SPECS.ingestEventsPerKey.points);

    await admin.quotas.set({ workspaceId, ingestEventsPerSecond: 50, newEndUsersPerDay: null });
    expect((await admin.quotas.get({ workspaceId })).own.ingestEventsPerSecond).toBe(50);
    const entries = await testDb().auditEntry.findMany({ where: { workspaceId } });
    expect(entries).toEqual([
      expect.objectContaining({
        action: "quotas.changed",
        actor: ws.user("admin").email,
        ip: "198.51.100.7",
        details: { "messages per second per key": "default → 50" },
      }),
    ]);
    // Saving the same values again changes nothing and records nothing.
    await admin.quotas.set({ workspaceId, ingestEventsPerSecond: 50, newEndUsersPerDay: null });
    expect(await testDb().auditEntry.count({ where: { workspaceId } })).toBe(1);

    const pm = callerFor(ws.user("pm"));
    await expectTrpcError(pm.quotas.get({ workspaceId }), "FORBIDDEN");
    await expectTrpcError(pm.quotas.set({ workspaceId, ingestEventsPerSecond: 1, newEndUsersPerDay: 1 }), "FORBIDDEN");
    const zero = await expectTrpcError(
      admin.quotas.set({ workspaceId, ingestEventsPerSecond: 0, newEndUsersPerDay: null }),
      "BAD_REQUEST",
    );
    expect(zero.message).toMatch(/at least 1/);
    const half = await expectTrpcError(
      admin.quotas.set({ workspaceId, ingestEventsPerSecond: null, newEndUsersPerDay: 2.5 }),
      "BAD_REQUEST",
    );
    expect(half.message).toMatch(/whole number/);
  });

  it("ingest counts against the workspace's own quotas; another workspace keeps the defaults", async () => {
    const small = await createWorkspace(testDb(), { roles: ["admin"] });
    const other = await createWorkspace(testDb());
    await callerFor(small.user("admin")).quotas.set({
      workspaceId: small.workspace.id,
      ingestEventsPerSecond: 4,
      newEndUsersPerDay: 2,
    });
    const smallKey = (await createWriteKey(testDb(), small.workspace.id)).key;
    const otherKey = (await createWriteKey(testDb(), other.workspace.id)).key;
    const burst = (n: number, user = "u1") => Array.from({ length: n }, (_, i) => trackMessage(user, `burst-${i}`));

    expect((await sendBatch(deps(), smallKey, burst(5))).status).toBe(429);
    expect((await sendBatch(deps(), otherKey, burst(5))).status).toBe(200);

    const usersKey = (await createWriteKey(testDb(), small.workspace.id)).key;
    expect((await sendBatch(deps(), usersKey, [identifyMessage("a", {}), identifyMessage("b", {})])).status).toBe(200);
    const third = await sendBatch(deps(), usersKey, [identifyMessage("c", {})]);
    expect(third.status).toBe(429);
    expect(third.body.error?.message).toMatch(/quota of new end users/);
  });
});
