import { expect, test, type Page } from "@playwright/test";
import { createAdoptionWorkspace, type AdoptionWorkspace } from "./support/adoption-data";

// Issue 9: an admin reviews adoption: the features table and the engagement matrix, a persona
// filter that changes the numbers, the retention and lifecycle charts, and a drill-down to a user.

let ws: AdoptionWorkspace;

test.beforeAll(async () => {
  ws = await createAdoptionWorkspace();
});

async function signIn(page: Page, next: string) {
  await page.goto(`/signin?next=${encodeURIComponent(next)}`);
  await page.getByLabel("Email").fill(ws.admin.email);
  await page.getByLabel("Password").fill(ws.admin.password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

const row = (page: Page, feature: string) => page.getByTestId("feature-adoption-row").filter({ hasText: feature });

test("an admin reads feature adoption, filters by persona, and drills down to a user", async ({ page }) => {
  await signIn(page, `/w/${ws.slug}/adoption`);
  await expect(page.getByRole("heading", { name: "Feature adoption" })).toBeVisible();
  await expect(page.getByTestId("engagement-matrix")).toBeVisible();
  await expect(page.getByTestId("engagement-matrix").locator(".recharts-scatter-symbol").first()).toBeVisible();
  await expect(page.getByTestId("feature-adoption-row")).toHaveCount(5);

  // Everyone: some of the active users ran workflows (the engineers); data engineers only: more.
  const runs = row(page, "Workflow runs");
  const breadthCell = runs.locator("td").nth(3);
  const everyone = await breadthCell.innerText();
  await page.getByTestId("filter-persona").selectOption({ label: "Data engineer" });
  await expect(page).toHaveURL(/persona=/);
  await expect(breadthCell).not.toHaveText(everyone);
  expect(parseFloat(await breadthCell.innerText())).toBeGreaterThan(parseFloat(everyone));
  await expect(row(page, "Team invites").locator("td").nth(2)).toHaveText("0");

  // A feature's detail keeps the filter; the one who tried SQL transformations once is listed.
  await page.getByTestId("filter-persona").selectOption({ label: "All personas" });
  await row(page, "SQL transformations").getByRole("link", { name: "SQL transformations" }).click();
  const tried = page.getByTestId("tried-once-row").filter({ hasText: ws.triedOnce.externalId });
  await expect(tried).toBeVisible();
  await tried.getByRole("link").first().click();
  await expect(page.getByRole("heading", { name: ws.triedOnce.name })).toBeVisible();
  await expect(page.getByText(ws.triedOnce.externalId).first()).toBeVisible();
});

test("retention and lifecycle draw their charts, and a lapsed user opens their page", async ({ page }) => {
  // The history is eight weeks old; the last users start 41 days ago. Cohorts are calendar weeks
  // that start in the period, so the period starts on the Monday of that week (a fixed 42 days
  // back left their cohort out on five weekdays of seven).
  const DAY_MS = 86_400_000;
  const day = (offset: number) => new Date(Date.now() + offset * DAY_MS).toISOString().slice(0, 10);
  const lastStart = Math.floor(Date.now() / DAY_MS) - 41;
  const monday = lastStart - ((((lastStart + 3) % 7) + 7) % 7);
  const from = new Date(monday * DAY_MS).toISOString().slice(0, 10);
  await signIn(page, `/w/${ws.slug}/adoption?from=${from}&to=${day(0)}`);
  await expect(page.getByTestId("feature-adoption-row").first()).toBeVisible();
  await page.getByRole("navigation", { name: "Adoption reports" }).getByRole("link", { name: "Retention" }).click();
  await expect(page).toHaveURL(/retention\?from=/);
  await expect(page.getByTestId("metric-retention")).toContainText("%");
  await expect(page.getByTestId("cohort-table")).toBeVisible();
  // Drawn (a flat line at 100% has no height, so "visible" would not do).
  await expect(page.getByTestId("cohort-curve").locator(".recharts-line-curve").first()).toHaveAttribute("d", /^M/);

  await page.getByRole("navigation", { name: "Adoption reports" }).getByRole("link", { name: "Lifecycle" }).click();
  const lifecycle = page.getByTestId("lifecycle-chart");
  await expect(lifecycle.locator(".recharts-bar-rectangle").first()).toBeVisible();
  // Churned users show up as dormant: a bar below zero, listed in the table too.
  await lifecycle.getByRole("button", { name: "Show table" }).click();
  await expect(lifecycle.locator("table")).toContainText("Dormant");

  await page.goto(`/w/${ws.slug}/adoption/critical-event?event=workflow_run`);
  await expect(page.getByTestId("metric-usage-interval")).toContainText("day");
  const lapsed = page.getByRole("link", { name: /^eng-/ }).first();
  const who = (await lapsed.innerText()).trim();
  await lapsed.click();
  await expect(page).toHaveURL(/\/users\//);
  await expect(page.getByText(who).first()).toBeVisible();
});
