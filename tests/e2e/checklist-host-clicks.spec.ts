// The checklist panel never stands between a user and the host app (issue 15, point 1): at the
// 1440×900 where it used to sit over "Run now" and "Send invite", the host's buttons take clicks
// with the panel in each of its states (opened by itself on first sight, collapsed, opened from
// the launcher, showing a completed item, dismissed), and the panel remembers the user's choice
// across pages and reloads.
import type { Locator, Page } from "@playwright/test";
import { uniqueId } from "./support/db";
import { demoLink, expect, test, widget } from "./support/fixtures";

test.use({ viewport: { width: 1440, height: 900 } });

/** A click as a person makes it: Playwright refuses it when another element (the panel) would
 * receive it, so a covered button fails here in 3 s. */
async function clickHost(target: Locator): Promise<void> {
  await target.click({ timeout: 3_000 });
}

/** The panel, if on screen, covers none of the host controls given. */
async function expectUncovered(page: Page, ...testIds: string[]): Promise<void> {
  const panel = await widget(page).panel.boundingBox();
  if (!panel) return;
  for (const id of testIds) {
    const b = (await page.getByTestId(id).boundingBox())!;
    const overlaps =
      b.x < panel.x + panel.width &&
      panel.x < b.x + b.width &&
      b.y < panel.y + panel.height &&
      panel.y < b.y + b.height;
    expect(overlaps, `the panel covers ${id}`).toBe(false);
  }
}

test("the host's buttons take clicks whatever the panel's state, and the panel keeps the user's choice", async ({
  page,
  cairn,
}) => {
  const w = widget(page);
  const userId = `hosts-${uniqueId()}`;

  // First sight, on the team page: the panel opens by itself, beside "Send invite", not over it.
  await page.goto(demoLink("/team", cairn.writeKey, { userId, role: "data engineer" }));
  await expect(w.panel).toBeVisible();
  await expect(w.launcher).toHaveAttribute("aria-expanded", "true");
  await expectUncovered(page, "invite-colleague", "invite-email", "invite-role");
  await page.getByTestId("invite-email").fill("alex@fjord-retail.example");
  await clickHost(page.getByTestId("invite-colleague"));
  await expect(page.getByText("Invitation sent to alex@fjord-retail.example.")).toBeVisible();
  // Working in the host collapsed it, and that sticks across a reload.
  await expect(w.panel).toBeHidden();
  await expect(w.launcher).toHaveAttribute("aria-expanded", "false");
  await page.reload();
  await expect(w.launcher).toBeVisible();
  await expect(w.panel).toBeHidden();

  // An item completes: the panel shows it briefly, never over the button just pressed, then
  // collapses by itself.
  await clickHost(page.getByTestId("nav-connections"));
  await page.getByTestId("connection-name").fill("Production Postgres");
  await clickHost(page.getByTestId("add-connection"));
  await expect(w.item("Add a connection")).toHaveAttribute("data-done", "true");
  await expectUncovered(page, "add-connection", "connection-name");
  await expect(w.panel).toBeHidden({ timeout: 10_000 });
  await expect(w.launcher).toContainText("1/4");

  // Opened from the launcher, it stays open across pages and reloads, fitted beside "Run now".
  await clickHost(page.getByTestId("nav-workflows"));
  await clickHost(page.getByTestId("new-workflow"));
  await expect(page).toHaveURL(/\/demo\/app\/workflows\/wf_/);
  await clickHost(page.getByTestId("save-workflow"));
  await expect(w.item("Create a workflow")).toHaveAttribute("data-done", "true");
  await expect(w.panel).toBeHidden({ timeout: 10_000 });
  await w.launcher.click();
  await expect(w.panel).toBeVisible();
  await page.reload();
  await expect(w.panel).toBeVisible();
  await expect(w.launcher).toHaveAttribute("aria-expanded", "true");
  await expectUncovered(page, "run-workflow", "save-workflow");
  await clickHost(page.getByTestId("run-workflow"));
  await expect(page.getByTestId("run-result")).toBeVisible();
  await expect(w.launcher).toContainText("3/4");
  await expect(w.panel).toBeHidden({ timeout: 10_000 });

  // Dismissed: the compact launcher only; the host's buttons work as before.
  await w.launcher.click();
  await expect(w.panel).toBeVisible();
  await w.dismiss.click();
  await expect(w.panel).toBeHidden();
  await expect(w.launcher).toHaveClass(/compact/);
  await clickHost(page.getByTestId("run-workflow"));
  await expect(w.panel).toBeHidden();
});

test("a page with no room for the panel keeps it collapsed until a page with room", async ({ page, cairn }) => {
  const w = widget(page);
  // 700 px wide: the panel's column takes in the invite form's fields and button, which leave no
  // 200 px between them and the launcher.
  await page.setViewportSize({ width: 700, height: 640 });
  await page.goto(demoLink("/team", cairn.writeKey, { userId: `noroom-${uniqueId()}`, role: "data engineer" }));
  await expect(w.launcher).toBeVisible();
  await expect(w.launcher).toHaveAttribute("aria-expanded", "false");
  await expect(w.panel).toBeHidden();
  await clickHost(page.getByTestId("invite-role"));

  // Not seen yet, so the next page with room opens it by itself.
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.getByTestId("nav-home").click();
  await expect(w.panel).toBeVisible();
  await expect(w.launcher).toHaveAttribute("aria-expanded", "true");
});
