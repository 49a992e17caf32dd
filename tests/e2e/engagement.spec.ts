// The engagement score as an admin sets it up (issue 10, part 1 of the engagement score): the
// workspace's events listed with suggested weights, a save that computes 12 weeks of history with
// its progress shown, and the report with the product score and the users ranked.
import { expect, test } from "@playwright/test";
import { createOnboardingWorkspace, uniqueId } from "./support/db";

test("an admin weighs events, the history is computed, and the report shows the scores", async ({ page, baseURL }) => {
  const ws = await createOnboardingWorkspace();
  // Yesterday (the last day a snapshot covers): a power user and a light one.
  const yesterday = new Date(Date.now() - 86_400_000).toISOString();
  const [power, light] = [`power-${uniqueId()}`, `light-${uniqueId()}`];
  const track = (userId: string, event: string) => ({
    type: "track",
    userId,
    event,
    timestamp: yesterday,
    // Identical calls are one call unless their messageIds differ.
    messageId: `m-${uniqueId()}`,
  });
  const reply = await page.request.post(`${baseURL}/api/v1/batch`, {
    headers: { "X-Write-Key": ws.writeKey },
    data: {
      batch: [
        ...Array.from({ length: 6 }, () => track(power, "workflow_run")),
        track(power, "colleague_invited"),
        track(light, "workflow_run"),
      ],
    },
  });
  expect(reply.status()).toBe(200);

  await page.goto(`/signin?next=/w/${ws.slug}/settings/engagement`);
  await page.getByLabel("Email").fill(ws.pm.email);
  await page.getByLabel("Password").fill(ws.pm.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("engagement-event-row")).toHaveCount(2);
  // Inverse frequency: 7 runs against 1 invite.
  await expect(page.getByTestId("engagement-event-row").filter({ hasText: "colleague_invited" })).toContainText("7");
  await page.getByTestId("weigh-workflow_run").check();
  await page.getByTestId("weigh-colleague_invited").check();
  await page.getByTestId("suggest-weights").click();
  await expect(page.getByTestId("weight-colleague_invited")).toHaveValue("7");
  await page.getByTestId("save-engagement").click();
  const progress = page.getByTestId("job-progress");
  await expect(progress).toContainText("Engagement history");
  await expect(progress).toHaveAttribute("data-status", "done");

  await page.goto(`/w/${ws.slug}/adoption/engagement`);
  // Raw 13 (6 runs × 1 + an invite × 7) and 1; clamps at the 5th and 95th percentiles, 1.6 and
  // 12.4: 100 and 0, so the product's mean is 50.
  await expect(page.getByTestId("metric-product-score")).toContainText("50");
  const users = page.getByTestId("engagement-user");
  await expect(users).toHaveCount(2);
  await expect(users.nth(0)).toContainText(power);
  await expect(users.nth(0)).toContainText("100");
  await expect(page.getByTestId("engagement-over-time")).toBeVisible();

  // The user's page shows their score and its history.
  await users.nth(0).getByRole("link", { name: power }).click();
  await expect(page.getByTestId("user-engagement")).toContainText("Engagement score: 100");
});
