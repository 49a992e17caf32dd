// Delivery of tracked events when the network misbehaves: the widget's queue keeps unsent
// messages (in localStorage too), retries with backoff, and the server dedupes by messageId, so
// nothing is lost and nothing is stored twice.
import type { Route } from "@playwright/test";
import { completionKeys, eventsOf, findEndUser, uniqueId } from "./support/db";
import { demoLink, expect, test, widget } from "./support/fixtures";

test.use({ viewport: { width: 1600, height: 1000 } });

type SentMessage = { messageId: string; type: string; event?: string; properties?: { name?: string } };

test("events tracked while the ingest endpoint is unreachable are delivered once it is back: none lost, none doubled", async ({
  page,
  cairn,
}) => {
  const userId = `net-${uniqueId()}`;
  await page.goto(
    demoLink("/connections", cairn.writeKey, { userId, role: "data engineer", accountName: "Tidal Travel" }),
  );
  const w = widget(page);
  await expect(w.item("Add a connection")).toHaveAttribute("data-done", "false");

  // Every POST /api/v1/batch goes through here. `loseResponseOf`: the batch carrying that
  // connection reaches the server but the browser never hears back (so it must send it again);
  // "block": nothing gets through.
  let mode: "pass" | "block" = "pass";
  let loseResponseOf: string | null = null;
  let blocked = 0;
  const attempts = new Map<string, number>();
  const named = new Map<string, string>();
  await page.route("**/api/v1/batch", async (route: Route) => {
    const body = JSON.parse(route.request().postData() ?? "{}") as { batch?: SentMessage[] };
    const names: string[] = [];
    for (const m of body.batch ?? []) {
      attempts.set(m.messageId, (attempts.get(m.messageId) ?? 0) + 1);
      if (m.event === "connection_created" && m.properties?.name) {
        named.set(m.properties.name, m.messageId);
        names.push(m.properties.name);
      }
    }
    if (loseResponseOf !== null && names.includes(loseResponseOf)) {
      loseResponseOf = null;
      await route.fetch();
      return route.abort("connectionreset");
    }
    if (mode === "block") {
      blocked++;
      return route.abort("internetdisconnected");
    }
    return route.continue();
  });
  const connectionNames = async () =>
    (await eventsOf(cairn.workspaceId, userId))
      .filter((e) => e.name === "connection_created")
      .map((e) => String(e.properties.name))
      .sort();

  // 1. The response is lost: the browser sends the batch again, the server keeps one copy.
  loseResponseOf = "Conn A";
  await page.getByTestId("connection-name").fill("Conn A");
  await page.getByTestId("add-connection").click();
  await expect(w.item("Add a connection")).toHaveAttribute("data-done", "true");
  await expect.poll(() => attempts.get(named.get("Conn A") ?? "") ?? 0).toBeGreaterThanOrEqual(2);
  await expect.poll(connectionNames).toEqual(["Conn A"]);

  // 2. The endpoint is unreachable: the widget still ticks items locally, and the messages
  // wait in the queue (and in localStorage).
  mode = "block";
  await page.getByTestId("connection-name").fill("Conn B");
  await page.getByTestId("add-connection").click();
  await page.getByLabel("Destination (write to it)").check();
  await page.getByTestId("connection-name").fill("Conn C");
  await page.getByTestId("add-connection").click();
  await expect(w.item("Connect your warehouse")).toHaveAttribute("data-done", "true");
  await expect.poll(() => blocked).toBeGreaterThanOrEqual(2);
  const queued = await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith("cairn_q_"))
      .flatMap((k) => (JSON.parse(localStorage.getItem(k)!) as { m: SentMessage[] }).m)
      .filter((m) => m.event === "connection_created")
      .map((m) => m.properties?.name),
  );
  expect(queued.sort()).toEqual(["Conn B", "Conn C"]);
  expect(await connectionNames()).toEqual(["Conn A"]);

  // 3. Back online: everything arrives, once.
  mode = "pass";
  await expect.poll(connectionNames, { timeout: 30_000 }).toEqual(["Conn A", "Conn B", "Conn C"]);
  // The queue empties (in memory and in localStorage) …
  await expect
    .poll(() => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("cairn_q_")).length))
    .toBe(0);
  // … and every message the browser ever tried to send is stored: none lost.
  const storedIds = new Set((await eventsOf(cairn.workspaceId, userId)).map((e) => e.messageId));
  expect([...attempts.keys()].filter((id) => !storedIds.has(id))).toEqual([]);
  // Some were sent more than once, yet each click is one event: none doubled.
  expect(Math.max(...attempts.values())).toBeGreaterThanOrEqual(2);
  expect(await connectionNames()).toEqual(["Conn A", "Conn B", "Conn C"]);

  // The server's side of the ticks: the warehouse item is done for the account.
  const user = (await findEndUser(cairn.workspaceId, userId))!;
  await expect
    .poll(() => completionKeys(cairn.pipeline.items[3]!.id, [`a:${user.accountId}`]))
    .toEqual([`a:${user.accountId}`]);
});
