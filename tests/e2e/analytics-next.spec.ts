// A site that already runs Segment's analytics.js (@segment/analytics-next, its browser bundle
// from node_modules, no CDN) sends to Cairn by pointing the Segment.io destination's apiHost at
// Cairn's /api/v1: page, track, identify and group arrive once each, on analytics.js's own
// one-letter paths and request shapes. When Cairn cannot be reached for a while (requests fail,
// or reach Cairn but the reply is lost), analytics.js's retry queue sends them again once it can,
// and each still arrives once (messageId).
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { eventsOf, uniqueId } from "./support/db";
import { E2E_BASE_URL, STATIC_HOST_PORT } from "./support/e2e-env";
import { expect, test } from "./support/fixtures";
import { startStaticHost, type StaticHost } from "./support/static-host";

const BUNDLE = path.resolve(__dirname, "../../node_modules/@segment/analytics-next/dist/umd/index.js");
const INGEST = `${E2E_BASE_URL}/api/v1/`;

let host: StaticHost;

test.beforeAll(async ({ cairn }) => {
  const bundle = readFileSync(BUNDLE);
  const settings = {
    writeKey: cairn.writeKey,
    // What Segment's CDN would answer, given inline so nothing is fetched from it: the Segment.io
    // destination (apiKey = the key it sends) pointed at Cairn.
    cdnSettings: {
      integrations: {
        "Segment.io": { apiKey: cairn.writeKey, apiHost: `${new URL(E2E_BASE_URL).host}/api/v1`, protocol: "http" },
      },
    },
  };
  host = await startStaticHost(STATIC_HOST_PORT, (url) => {
    if (url.pathname === "/vendor/analytics-next.js")
      return { body: bundle, contentType: "text/javascript; charset=utf-8" };
    if (url.pathname !== "/") return null;
    return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Northwind shop</title>
<script src="/vendor/analytics-next.js"></script>
<script>
  window.analytics = AnalyticsNext.AnalyticsBrowser.load(${JSON.stringify(settings).replace(/</g, "\\u003c")});
</script>
</head>
<body><h1>Northwind shop</h1></body>
</html>`;
  });
});

test.afterAll(async () => {
  await host?.close();
});

type Call = ["page", string] | ["track", string] | ["identify", string, Record<string, unknown>] | ["group", string];

/** Makes the calls in the page through analytics.js; returns their messageIds. */
function send(page: Page, calls: Call[]): Promise<string[]> {
  return page.evaluate(async (list) => {
    type Ctx = { event: { messageId: string } };
    const a = (window as unknown as { analytics: Record<string, (...args: unknown[]) => Promise<Ctx>> }).analytics;
    const ids: string[] = [];
    for (const [method, ...args] of list) ids.push((await a[method]!(...args)).event.messageId);
    return ids;
  }, calls);
}

test("analytics.js with apiHost at Cairn: each call arrives once, also after Cairn was unreachable", async ({
  page,
  cairn,
}) => {
  test.setTimeout(120_000);
  const foreign: string[] = [];
  page.on("request", (r) => {
    const origin = new URL(r.url()).origin;
    if (origin !== host.origin && origin !== new URL(E2E_BASE_URL).origin) foreign.push(r.url());
  });
  const paths: string[] = [];
  const replies: { duplicates?: number }[] = [];
  page.on("response", async (r) => {
    if (!r.url().startsWith(INGEST) || r.request().method() !== "POST") return;
    paths.push(new URL(r.url()).pathname);
    replies.push((await r.json().catch(() => ({}))) as { duplicates?: number });
  });

  const userId = `ajs-${uniqueId()}`;
  await page.goto(`${host.origin}/`);
  const first = await send(page, [
    ["identify", userId, { plan: "team", email: `${userId}@example.com` }],
    ["page", "Pricing"],
    ["track", "Cart Viewed"],
    ["group", `acct-${uniqueId()}`],
  ]);
  await expect
    .poll(async () => (await eventsOf(cairn.workspaceId, userId)).map((e) => e.messageId).sort())
    .toEqual([...first].sort());
  expect(paths.sort()).toEqual(["/api/v1/g", "/api/v1/i", "/api/v1/p", "/api/v1/t"]);

  const idsStored = async () => (await eventsOf(cairn.workspaceId, userId)).map((e) => e.messageId).sort();

  // Unreachable: the requests fail; analytics.js keeps the calls and sends them once it can.
  let failed = 0;
  await page.route(`${INGEST}**`, (route) => {
    failed += 1;
    return route.abort("connectionrefused");
  });
  const offline = await send(page, [
    ["track", "Offline Search"],
    ["page", "Offline Results"],
  ]);
  await expect.poll(() => failed).toBeGreaterThanOrEqual(2);
  await page.waitForTimeout(1_000);
  expect(await idsStored()).toEqual([...first].sort());
  await page.unroute(`${INGEST}**`);
  await expect.poll(idsStored, { timeout: 45_000 }).toEqual([...first, ...offline].sort());

  // Reachable, but the replies are lost: Cairn stores the calls, analytics.js sees a failure and
  // sends them again, and Cairn recognises them (messageId) instead of storing them twice.
  await page.route(`${INGEST}**`, async (route) => {
    const request = route.request();
    if (request.method() === "POST") {
      const headers = await request.allHeaders();
      await fetch(request.url(), { method: "POST", headers, body: request.postData() ?? "" });
    }
    await route.abort("connectionreset");
  });
  const lostReplies = await send(page, [
    ["track", "Checkout Started"],
    ["page", "Checkout"],
  ]);
  const all = [...first, ...offline, ...lostReplies];
  await expect.poll(idsStored).toEqual([...all].sort());
  const duplicatesBefore = replies.filter((r) => (r.duplicates ?? 0) > 0).length;
  await page.unroute(`${INGEST}**`);
  await expect
    .poll(() => replies.filter((r) => (r.duplicates ?? 0) > 0).length - duplicatesBefore, { timeout: 45_000 })
    .toBe(2);

  const events = await eventsOf(cairn.workspaceId, userId);
  expect(events.map((e) => e.messageId).sort()).toEqual([...all].sort());
  expect(events.map((e) => e.type).sort()).toEqual(
    ["group", "identify", "page", "page", "page", "track", "track", "track"].sort(),
  );
  expect(foreign).toEqual([]);
});
