// The Install page as a new workspace's admin meets it (issue 15, point 5): the workspace's real
// write key in every example, copy buttons, a snippet a person can read, and a live check that
// turns green as the first event, the first identify with traits and the first widget load
// arrive, without a reload.
import { expect, test } from "@playwright/test";
import { createOnboardingWorkspace, uniqueId } from "./support/db";
import { demoLink } from "./support/fixtures";

test("the Install page shows the real write key, copies the snippet, and checks the install live", async ({
  page,
  context,
  baseURL,
}) => {
  // A workspace of its own: the live check waits for this workspace's first data.
  const ws = await createOnboardingWorkspace();
  await page.goto(`/signin?next=/w/${ws.slug}/install`);
  await page.getByLabel("Email").fill(ws.pm.email);
  await page.getByLabel("Password").fill(ws.pm.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(new RegExp(`/w/${ws.slug}/install$`));

  await expect(page.getByTestId("install-write-key")).toHaveText(ws.writeKey);
  const snippet = page.getByTestId("widget-snippet");
  await expect(snippet).toContainText(ws.writeKey);
  await expect(page.getByTestId("curl-example")).toContainText(ws.writeKey);
  await expect(page.getByText("YOUR_WRITE_KEY")).toHaveCount(0);
  const code = (await snippet.textContent())!;
  const lines = code.split("\n");
  expect(lines.length).toBeGreaterThan(15);
  expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(110);
  expect(code).toMatch(/checklists.*surveys.*feedback/s);

  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.getByTestId("widget-snippet-copy").click();
  await expect(page.getByTestId("widget-snippet-copy")).toHaveText("Copied ✓");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);

  const step = (key: string) => page.getByTestId(`install-${key}`);
  for (const key of ["firstEventAt", "firstIdentifyAt", "firstWidgetAt"])
    await expect(step(key)).toHaveAttribute("data-done", "false");
  await expect(step("firstEventAt")).toContainText("Waiting for your first event…");

  // A server sends a track: the first line turns green by itself.
  const userId = `install-${uniqueId()}`;
  const track = await page.request.post(`${baseURL}/api/v1/track`, {
    headers: { "X-Write-Key": ws.writeKey },
    data: { userId, event: "connection_created" },
  });
  expect(track.status()).toBe(200);
  await expect(step("firstEventAt")).toHaveAttribute("data-done", "true");
  await expect(step("firstEventAt")).toContainText("received ✓");
  await expect(step("firstIdentifyAt")).toHaveAttribute("data-done", "false");

  // The host app with the snippet: the identify with traits and the widget's load.
  const host = await context.newPage();
  await host.goto(demoLink("", ws.writeKey, { userId, role: "data engineer" }));
  await expect(host.getByTestId("cairn-launcher")).toBeVisible();
  await expect(step("firstIdentifyAt")).toHaveAttribute("data-done", "true");
  await expect(step("firstWidgetAt")).toHaveAttribute("data-done", "true");
  await expect(page.getByText("Cairn is receiving your data.")).toBeVisible();

  // The key stays on the page after a reload: it is not shown once only.
  await page.reload();
  await expect(page.getByTestId("install-write-key")).toHaveText(ws.writeKey);
});
