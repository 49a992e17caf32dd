// Segment sources pointed at Cairn, over real HTTP: @segment/analytics-node posts its batches to a
// loopback server that hands each request to the ingest route's handler, as Next would; the
// analytics.js request shapes (one-letter paths, text/plain, the key in the body, /b with one
// sentAt) go through the same server. Timestamps are corrected by sentAt before the window checks.
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Analytics } from "@segment/analytics-node";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { ApiDeps } from "../../server/http/deps";
import { handleIngest } from "../../server/ingest/handle-ingest";
import { SYSTEM_EVENT } from "../../server/ingest/normalize-message";
import { createWorkspace, createWriteKey, unique } from "../factories";
import { deps, testDb } from "./support/db";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** How far ahead of this process's clock the server's clock is: the sender's clock is that much
 * behind (set per test). */
let serverAhead = 0;
let server: Server;
let origin: string;
const replies: { path: string; status: number; body: string }[] = [];

function serverDeps(): ApiDeps {
  return { ...deps(), now: () => new Date(Date.now() + serverAhead) };
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

beforeAll(async () => {
  server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? "/", "http://cairn.test");
      const match = /^\/api\/v1\/([^/]+)$/.exec(url.pathname);
      const body = await readBody(req);
      const headers = new Headers();
      for (const [name, value] of Object.entries(req.headers)) if (typeof value === "string") headers.set(name, value);
      const request = new Request(url, {
        method: req.method,
        headers,
        body: req.method === "POST" ? new Uint8Array(body) : undefined,
      });
      const response = match
        ? await handleIngest(request, match[1]!, serverDeps())
        : new Response("not found", { status: 404 });
      const text = await response.text();
      replies.push({ path: url.pathname, status: response.status, body: text });
      res.writeHead(response.status, Object.fromEntries(response.headers));
      res.end(text);
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

let workspaceId: string;
let writeKey: string;
let secretKey: string;

beforeEach(async () => {
  serverAhead = 0;
  replies.length = 0;
  workspaceId = (await createWorkspace(testDb())).workspace.id;
  writeKey = (await createWriteKey(testDb(), workspaceId)).key;
  secretKey = (await createWriteKey(testDb(), workspaceId, { kind: "secret" })).key;
});

const events = () =>
  testDb().event.findMany({
    where: { workspaceId },
    select: { type: true, name: true, messageId: true, timestamp: true, originalTimestamp: true, properties: true },
    orderBy: { type: "asc" },
  });

describe("@segment/analytics-node with host + path", () => {
  it("delivers identify, track, page, group, alias and screen once each, timestamps corrected by sentAt", async () => {
    serverAhead = HOUR; // the sending server's clock is an hour slow
    const analytics = new Analytics({ writeKey: secretKey, host: origin, path: "/api/v1/batch", flushInterval: 50 });
    const errors: unknown[] = [];
    analytics.on("error", (e) => errors.push(e));
    const userId = unique("node-user-");
    const sentAt = Date.now();
    analytics.identify({ userId, traits: { plan: "pro" } });
    analytics.track({ userId, event: "Report Exported", properties: { format: "csv" } });
    analytics.page({ userId, name: "Pricing" });
    analytics.group({ userId, groupId: unique("acct-"), traits: { name: "Acme" } });
    analytics.alias({ userId, previousId: "anon-node-1" });
    analytics.screen({ userId, name: "Settings" });
    await analytics.closeAndFlush();

    expect(errors).toEqual([]);
    expect(replies.map((r) => [r.path, r.status])).toEqual([["/api/v1/batch", 200]]);
    expect(JSON.parse(replies[0]!.body)).toMatchObject({ accepted: 6, stored: 6, duplicates: 0, rejected: [] });
    const stored = await events();
    expect(stored.map((e) => [e.type, e.name])).toEqual([
      ["alias", SYSTEM_EVENT.alias],
      ["group", SYSTEM_EVENT.group],
      ["identify", SYSTEM_EVENT.identify],
      ["page", SYSTEM_EVENT.page],
      ["screen", SYSTEM_EVENT.screen],
      ["track", "Report Exported"],
    ]);
    expect(new Set(stored.map((e) => e.messageId)).size).toBe(6);
    for (const e of stored) {
      // Sent (by the slow clock) just before the batch left; stored an hour later, by our clock.
      expect(Math.abs(e.originalTimestamp!.getTime() - sentAt)).toBeLessThan(5_000);
      expect(Math.abs(e.timestamp.getTime() - e.originalTimestamp!.getTime() - HOUR)).toBeLessThan(5_000);
    }
    const user = await testDb().endUser.findFirst({ where: { workspaceId, externalId: userId } });
    expect(user?.traits).toMatchObject({ plan: "pro" });
  });
});

/** A POST as analytics.js makes it: text/plain, the key in the body, and Basic auth unless `basic`
 * is false. */
function postLikeAnalyticsJs(path: string, body: Record<string, unknown>, opts: { basic?: boolean } = {}) {
  const headers: Record<string, string> = { "content-type": "text/plain" };
  if (opts.basic !== false) headers.authorization = `Basic ${Buffer.from(`${writeKey}:`).toString("base64")}`;
  return fetch(`${origin}/api/v1/${path}`, {
    method: "POST",
    headers,
    body: JSON.stringify({ ...body, writeKey }),
  });
}

describe("analytics.js request shapes", () => {
  it("single calls on /t /i /p /g /a /s, with the key in the body alone", async () => {
    const anonymousId = unique("anon-");
    const userId = unique("js-user-");
    const now = new Date().toISOString();
    const common = { anonymousId, timestamp: now, sentAt: now, context: { library: { name: "analytics.js" } } };
    const calls: [string, Record<string, unknown>][] = [
      ["p", { type: "page", name: "Home", properties: { path: "/" } }],
      ["t", { type: "track", event: "Signed Up" }],
      ["i", { type: "identify", userId, traits: { email: "a@example.com" } }],
      ["g", { type: "group", userId, groupId: unique("acct-") }],
      ["a", { type: "alias", userId, previousId: anonymousId }],
      ["s", { type: "screen", name: "Inbox" }],
    ];
    for (const [path, body] of calls) {
      const response = await postLikeAnalyticsJs(
        path,
        { ...common, ...body, messageId: unique("ajs-") },
        { basic: false },
      );
      expect(response.status, `${path}: ${await response.clone().text()}`).toBe(200);
      expect(response.headers.get("access-control-allow-origin")).toBe("*");
    }
    expect((await events()).map((e) => e.type)).toEqual(["alias", "group", "identify", "page", "screen", "track"]);
  });

  it("a one-letter path refuses a body of another type, and unknown paths are 404", async () => {
    const wrong = await postLikeAnalyticsJs("t", { type: "page", anonymousId: "a" });
    expect(wrong.status).toBe(400);
    expect(await wrong.text()).toMatch(/takes track messages/);
    expect((await postLikeAnalyticsJs("x", { type: "track", anonymousId: "a", event: "e" })).status).toBe(404);
  });

  it("/b: { batch, writeKey, sentAt } stores each message once; a retry is counted as duplicates", async () => {
    serverAhead = 2 * HOUR;
    const anonymousId = unique("anon-");
    const sent = new Date();
    const batch = [
      {
        type: "page",
        anonymousId,
        name: "Docs",
        messageId: unique("ajs-"),
        timestamp: new Date(sent.getTime() - 30_000),
      },
      { type: "track", anonymousId, event: "Copied", messageId: unique("ajs-"), timestamp: sent },
    ];
    const body = { batch, sentAt: sent.toISOString() };
    const first = await postLikeAnalyticsJs("b", body);
    expect(first.status).toBe(200);
    expect(await first.json()).toMatchObject({ stored: 2, duplicates: 0 });
    const retry = await postLikeAnalyticsJs("b", { ...body, sentAt: new Date().toISOString() });
    expect(await retry.json()).toMatchObject({ stored: 0, duplicates: 2 });
    const stored = await events();
    expect(stored).toHaveLength(2);
    const page = stored.find((e) => e.type === "page")!;
    expect(page.originalTimestamp!.toISOString()).toBe(batch[0]!.timestamp.toISOString());
    expect(page.timestamp.getTime() - page.originalTimestamp!.getTime()).toBeGreaterThanOrEqual(2 * HOUR);
    expect(page.timestamp.getTime() - page.originalTimestamp!.getTime()).toBeLessThan(2 * HOUR + 5_000);
  });
});

describe("clock skew and the timestamp window", () => {
  it("judges the corrected timestamp: a device 10 days slow is accepted with sentAt, refused without", async () => {
    const slow = Date.now() - 10 * DAY;
    const message = (withSentAt: boolean) => ({
      type: "track",
      anonymousId: "slow-device",
      event: "Opened",
      messageId: unique("ajs-"),
      timestamp: new Date(slow - 60_000).toISOString(),
      ...(withSentAt ? { sentAt: new Date(slow).toISOString() } : {}),
    });
    const corrected = await postLikeAnalyticsJs("t", message(true));
    expect(corrected.status, await corrected.clone().text()).toBe(200);
    const refused = await postLikeAnalyticsJs("b", { batch: [message(false)] });
    expect(refused.status).toBe(400);
    expect(await refused.text()).toMatch(/more than 7 days old/);
    const [event] = await events();
    expect(Math.abs(event!.timestamp.getTime() - (Date.now() - 60_000))).toBeLessThan(10_000);
    expect(event!.originalTimestamp!.getTime()).toBe(slow - 60_000);
  });

  it("a device clock far ahead is pulled back instead of refused", async () => {
    const fast = Date.now() + 3 * DAY;
    const response = await postLikeAnalyticsJs("p", {
      type: "page",
      anonymousId: "fast-device",
      timestamp: new Date(fast - 5_000).toISOString(),
      sentAt: new Date(fast).toISOString(),
    });
    expect(response.status, await response.clone().text()).toBe(200);
    const [event] = await events();
    expect(Math.abs(event!.timestamp.getTime() - (Date.now() - 5_000))).toBeLessThan(10_000);
  });
});

describe("screen counts as activity like page; alias does not", () => {
  it("adds to UserDay and EventDay", async () => {
    const userId = unique("mobile-");
    const sentAt = new Date().toISOString();
    const reply = await postLikeAnalyticsJs("b", {
      sentAt,
      batch: [
        { type: "screen", userId, name: "Home", timestamp: sentAt, messageId: unique("m-") },
        { type: "screen", userId, name: "Detail", timestamp: sentAt, messageId: unique("m-") },
        { type: "alias", userId, previousId: "anon-mobile", timestamp: sentAt, messageId: unique("m-") },
      ],
    });
    expect(reply.status).toBe(200);
    const userDays = await testDb().userDay.findMany({ where: { workspaceId }, select: { eventCount: true } });
    expect(userDays).toEqual([{ eventCount: 2 }]);
    const eventDays = await testDb().eventDay.findMany({ where: { workspaceId }, select: { name: true, count: true } });
    expect(eventDays).toEqual([{ name: SYSTEM_EVENT.screen, count: 2 }]);
  });
});
