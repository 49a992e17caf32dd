// axe's WCAG 2 A and AA rules on the public pages, the widget's surfaces inside a host page, and
// every dashboard page of the workspace those visits filled (live stream, users, accounts): all
// pass, so new pages stay accessible. One sign-in (the suite shares a per-address limit).
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { uniqueId } from "./support/db";
import { demoLink, expect, test, widget } from "./support/fixtures";

const DASHBOARD_PAGES = [
  "",
  "/onboarding",
  "/adoption",
  "/adoption/retention",
  "/adoption/lifecycle",
  "/adoption/stickiness",
  "/users",
  "/accounts",
  "/surveys",
  "/feedback",
  "/install",
  "/settings/members",
  "/settings/personas",
  "/settings/features",
];

/** axe's WCAG 2 A/AA violations on the page (or inside `include`), one line each. */
async function violations(page: Page, where: string, include?: string): Promise<string[]> {
  let builder = new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]);
  if (include) builder = builder.include(include);
  const result = await builder.analyze();
  expect(result.passes.length, `axe checked something on ${where}`).toBeGreaterThan(0);
  return result.violations.map(
    (v) =>
      `${where}: ${v.id} (${v.nodes.length}) ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(" "))
        .join(" | ")}`,
  );
}

test("public pages, the widget and every dashboard page pass axe's WCAG 2 A/AA rules", async ({ page, cairn }) => {
  test.setTimeout(180_000);
  const failures: string[] = [];
  for (const path of ["/signup", "/forgot"]) {
    await page.goto(path);
    failures.push(...(await violations(page, path)));
  }

  // Two end users in the host app, so the dashboard has a live stream, users and an account.
  const w = widget(page);
  for (const userId of [`a11y-${uniqueId()}`, `a11y-${uniqueId()}`]) {
    await page.goto(demoLink("", cairn.writeKey, { userId, role: "data engineer", accountId: `acme-${uniqueId()}` }));
    await expect(w.launcher).toBeVisible();
  }
  // The panel opens by itself only where the page leaves it room (checklist-host-clicks.spec.ts).
  if ((await w.launcher.getAttribute("aria-expanded")) !== "true") await w.launcher.click();
  await expect(w.panel).toBeVisible();
  failures.push(...(await violations(page, "widget: checklist panel", "cairn-widget")));
  await w.launcher.click();
  await expect(w.panel).toBeHidden();
  await w.feedbackButton.click();
  await expect(w.feedbackPanel).toBeVisible();
  failures.push(...(await violations(page, "widget: feedback form", "cairn-widget")));

  await page.goto(`/signin?next=/w/${cairn.slug}`);
  failures.push(...(await violations(page, "/signin")));
  await page.getByLabel("Email").fill(cairn.pm.email);
  await page.getByLabel("Password").fill(cairn.pm.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(new RegExp(`/w/${cairn.slug}$`));
  await expect(page.getByTestId("live-event").first()).toBeVisible();
  for (const path of DASHBOARD_PAGES) {
    await page.goto(`/w/${cairn.slug}${path}`);
    await page.waitForLoadState("networkidle");
    failures.push(...(await violations(page, path || "/")));
  }
  expect(failures).toEqual([]);
});
