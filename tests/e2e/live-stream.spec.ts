// Home's live stream as readable rows (issue 15, point 8): who did what, its key properties and
// when, filtered by event and by user, with a click through to the user's page.
import { expect, test } from "@playwright/test";
import { createOnboardingWorkspace, uniqueId } from "./support/db";

test("live events read as rows, filter by event and by user, and open the user's page", async ({ page, baseURL }) => {
  const ws = await createOnboardingWorkspace();
  const [ada, bo] = [`ada-${uniqueId()}`, `bo-${uniqueId()}`];
  const reply = await page.request.post(`${baseURL}/api/v1/batch`, {
    headers: { "X-Write-Key": ws.writeKey },
    data: {
      batch: [
        { type: "identify", userId: ada, traits: { role: "data engineer" } },
        { type: "track", userId: ada, event: "connection_created", properties: { source: "postgres", rows: 1200 } },
        { type: "track", userId: bo, event: "workflow_run", properties: { steps: 3 } },
        { type: "page", userId: bo, name: "Team", properties: { path: "/team" } },
      ],
    },
  });
  expect(reply.status()).toBe(200);

  await page.goto(`/signin?next=/w/${ws.slug}`);
  await page.getByLabel("Email").fill(ws.pm.email);
  await page.getByLabel("Password").fill(ws.pm.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(new RegExp(`/w/${ws.slug}$`));

  const rows = page.getByTestId("live-event");
  await expect(rows).toHaveCount(4);
  const created = rows.filter({ has: page.locator('[data-event="connection_created"]') });
  await expect(created.getByTestId("live-event-user")).toHaveText(ada);
  await expect(created).toContainText("Data engineer");
  await expect(created.getByTestId("live-event-property")).toHaveText(["source: postgres", "rows: 1200"]);
  // Readable, not raw JSON.
  await expect(created).not.toContainText("{");
  await expect(rows.filter({ has: page.locator('[data-event="$page"]') })).toContainText("Viewed Team");
  await expect(rows.filter({ has: page.locator('[data-event="$identify"]') })).toContainText("Identified");

  // By event: typed, or by clicking an event's name.
  await page.getByTestId("live-filter-event").fill("workflow_run");
  await expect(rows).toHaveCount(1);
  await expect(rows.getByTestId("live-event-user")).toHaveText(bo);
  await page.getByRole("button", { name: "Clear filters" }).click();
  await expect(rows).toHaveCount(4);
  await created.getByTestId("live-event-name").click();
  await expect(page.getByTestId("live-filter-event")).toHaveValue("connection_created");
  await expect(rows).toHaveCount(1);
  await page.getByRole("button", { name: "Clear filters" }).click();

  // By user.
  await page.getByTestId("live-filter-user").fill(bo);
  await expect(rows).toHaveCount(2);
  for (const user of await rows.getByTestId("live-event-user").allTextContents()) expect(user).toBe(bo);
  await page.getByTestId("live-filter-user").fill("nobody-at-all");
  await expect(page.getByText("No event matches these filters")).toBeVisible();
  await page.getByRole("button", { name: "Clear filters" }).click();

  // Through to the user's page.
  await created.getByTestId("live-event-user").click();
  await expect(page).toHaveURL(new RegExp(`/w/${ws.slug}/users/[^/]+$`));
  await expect(page.getByRole("heading", { name: ada })).toBeVisible();
});
