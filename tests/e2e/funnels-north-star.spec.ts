// Issue 10, parts 2 and 3: a PM opens one of the seeded funnels (the PLG guide's questions),
// breaks it down by persona and lists who dropped off; a PM chooses the North Star and Home shows
// it with its input KPIs.
import { expect, test, type Page } from "@playwright/test";
import { seedFunnels } from "@/prisma/seed/airtouch-analytics";
import { createOnboardingWorkspace, db, uniqueId, type OnboardingWorkspace } from "./support/db";

const DAY = 86_400_000;
// Noon UTC `n` days before yesterday: whole days inside the default periods whatever the hour.
const yesterdayNoon = () => Math.floor(Date.now() / DAY) * DAY - DAY + 12 * 3_600_000;
const at = (n: number, hours = 0) => new Date(yesterdayNoon() - n * DAY + hours * 3_600_000).toISOString();

async function send(page: Page, baseURL: string | undefined, ws: OnboardingWorkspace, batch: object[]) {
  const reply = await page.request.post(`${baseURL}/api/v1/batch`, {
    headers: { "X-Write-Key": ws.writeKey },
    data: { batch: batch.map((m) => ({ messageId: `m-${uniqueId()}`, ...m })) },
  });
  expect(reply.status()).toBe(200);
}

async function signIn(page: Page, ws: OnboardingWorkspace, next: string) {
  await page.goto(`/signin?next=${next}`);
  await page.getByLabel("Email").fill(ws.pm.email);
  await page.getByLabel("Password").fill(ws.pm.password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

test("a seeded funnel opens, breaks down by persona and lists who dropped off", async ({ page, baseURL }) => {
  const ws = await createOnboardingWorkspace();
  await seedFunnels(db, ws.workspaceId);
  const [eng, sales, late] = [`eng-${uniqueId()}`, `sales-${uniqueId()}`, `late-${uniqueId()}`];
  // The write key takes messages of the last 7 days only.
  const user = (userId: string, role: string) => ({ type: "identify", userId, traits: { role }, timestamp: at(5, -1) });
  const track = (userId: string, event: string, n: number, hours = 0) => ({
    type: "track",
    userId,
    event,
    timestamp: at(n, hours),
  });
  await send(page, baseURL, ws, [
    user(eng, "data engineer"),
    user(sales, "sales"),
    user(late, "data engineer"),
    track(eng, "signed_up", 5),
    track(eng, "workflow_saved", 5, 2),
    track(sales, "signed_up", 4),
    track(sales, "docs_opened", 4, 1),
    track(late, "signed_up", 3),
    track(late, "workflow_saved", 3, 30),
  ]);

  await signIn(page, ws, `/w/${ws.slug}/adoption/funnels`);
  await page.getByRole("link", { name: "Sign-up to a saved workflow within 24 hours" }).click();
  await expect(page.getByTestId("funnel-entered")).toHaveText("3");
  // eng saved within 2 hours; late after 30 hours (outside the window); sales never.
  await expect(page.getByTestId("funnel-converted")).toContainText("0 ·");
  const steps = page.getByTestId("funnel-steps");
  await steps.getByRole("button", { name: "Show table" }).click();
  await expect(steps.getByRole("row", { name: /Saved a workflow/ })).toContainText("1");

  // The saved funnel breaks down by persona already.
  const breakdown = page.getByTestId("funnel-breakdown-table");
  await expect(breakdown.getByRole("row", { name: /Data engineer/ })).toContainText("2");
  await expect(breakdown.getByRole("row", { name: /Sales \/ marketing/ })).toContainText("1");

  // Two dropped after step 1; what they did instead is listed.
  await page.getByRole("button", { name: "Dropped after step 1: 2" }).click();
  const dropOff = page.getByTestId("funnel-drop-off");
  await expect(dropOff).toContainText("2 users dropped after step 1");
  await expect(dropOff.getByRole("link", { name: sales })).toBeVisible();
  await expect(dropOff.getByRole("row", { name: /docs_opened/ })).toBeVisible();

  // Widening the window to 2 days lets the late saver convert.
  await page.getByLabel("Window length").fill("2");
  await page.getByLabel("Window unit").selectOption("days");
  await page.getByTestId("funnel-run").click();
  await steps.getByRole("button", { name: "Show table" }).click();
  await expect(steps.getByRole("row", { name: /Saved a workflow/ })).toContainText("2");
});

test("a PM chooses the North Star and Home shows it with its inputs", async ({ page, baseURL }) => {
  const ws = await createOnboardingWorkspace();
  const [a, b] = [`a-${uniqueId()}`, `b-${uniqueId()}`];
  const track = (userId: string, event: string, n: number) => ({ type: "track", userId, event, timestamp: at(n) });
  await send(page, baseURL, ws, [
    track(a, "signed_up", 3),
    track(a, "workflow_run", 3),
    track(a, "workflow_run", 2),
    track(a, "workflow_run", 1),
    track(b, "signed_up", 2),
    track(b, "workflow_run", 0),
  ]);

  await signIn(page, ws, `/w/${ws.slug}`);
  await expect(page.getByText("No North Star yet")).toBeVisible();
  await page.getByRole("link", { name: "Settings → North Star" }).click();
  await page.getByTestId("north-star-name").fill("Weekly workflow runners");
  await page.getByTestId("north-star-kind").selectOption("doers");
  await page.getByTestId("north-star-event").fill("workflow_run");
  await page.getByLabel("At least (times a week)").fill("3");
  await page.getByTestId("north-star-unit").selectOption("users");
  await page.getByTestId("north-star-target").fill("4");
  await page.getByTestId("north-star-efficiency-to").fill("workflow_run");
  await page.getByTestId("save-north-star").click();
  await expect(page.getByRole("status")).toContainText("Saved");

  await page.getByRole("link", { name: "See it on Home" }).click();
  // The last week (ending yesterday): a ran 3 times, b once: one user at 3+.
  await expect(page.getByTestId("north-star-value")).toHaveText("1");
  await expect(page.getByTestId("north-star")).toContainText("25.0% of the target 4");
  await expect(page.getByTestId("north-star-input-breadth")).toContainText("Breadth (workflow_run): 2");
  await expect(page.getByTestId("north-star-input-frequency")).toContainText("2 a week");
  await expect(page.getByTestId("north-star-threshold")).toBeVisible();
  // The Monday cards say what to set up.
  await expect(page.getByTestId("home-engagement")).toContainText("Not set up");
  await expect(page.getByTestId("home-nps")).toContainText("No answers yet");
  // The live checklists target personas these users have none of.
  await expect(page.getByTestId("home-onboarding")).toContainText("Nobody shown yet");
});
