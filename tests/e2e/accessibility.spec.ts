// axe's WCAG 2 A and AA rules on the public pages, the widget's surfaces inside a host page, and
// every dashboard page of the workspace those visits filled (live stream, users, accounts): all
// pass, so new pages stay accessible. One sign-in (the suite shares a per-address limit).
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { AIRTOUCH_NORTH_STAR, seedFunnels } from "@/prisma/seed/airtouch-analytics";
import { createFeature } from "@/server/features/features";
import { createVoiceWorkspace, db, findEndUser, SURVEY_EVENT, uniqueId } from "./support/db";
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
  "/settings/identity",
  "/settings/keys",
  "/settings/jobs",
  "/settings/quotas",
  "/settings/privacy",
  "/settings/audit",
  "/feedback/settings",
  "/adoption/critical-event",
  "/adoption/engagement",
  "/settings/engagement",
  "/settings/north-star",
  "/adoption/funnels",
  "/adoption/funnels/new",
  "/roadmap",
  "/onboarding/new",
  "/surveys/new",
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

test("public pages, the widget and every dashboard page pass axe's WCAG 2 A/AA rules", async ({ page }) => {
  test.setTimeout(240_000);
  // A workspace of its own, with a survey (its card, editor and report) and a feature.
  const cairn = await createVoiceWorkspace();
  const feature = await createFeature({
    db,
    workspaceId: cairn.workspaceId,
    input: { name: "Workflows", description: "", matchers: [{ event: "workflow_run" }] },
  });
  await feature.done;
  // The demo's saved funnels and North Star, so Home and a funnel's report show their charts.
  await seedFunnels(db, cairn.workspaceId);
  await db.northStar.create({
    data: { workspaceId: cairn.workspaceId, config: { ...AIRTOUCH_NORTH_STAR, target: 10 } },
  });
  const funnel = await db.funnel.findFirstOrThrow({ where: { workspaceId: cairn.workspaceId } });
  const roadmapItem = await db.roadmapItem.create({
    data: { workspaceId: cairn.workspaceId, title: "Dark mode", description: "Asked for by many." },
  });
  const failures: string[] = [];
  for (const path of ["/signup", "/forgot", "/demo"]) {
    await page.goto(path);
    failures.push(...(await violations(page, path)));
  }

  // Two end users in the host app, so the dashboard has a live stream, users and an account.
  const w = widget(page);
  const userIds = [`a11y-${uniqueId()}`, `a11y-${uniqueId()}`];
  const accountId = `acme-${uniqueId()}`;
  for (const userId of userIds) {
    await page.goto(demoLink("", cairn.writeKey, { userId, role: "data engineer", accountId }));
    await expect(w.launcher).toBeVisible();
  }
  failures.push(...(await violations(page, "/demo/app (the host, with the widget)")));
  // The panel opens by itself only where the page leaves it room (checklist-host-clicks.spec.ts).
  if ((await w.launcher.getAttribute("aria-expanded")) !== "true") await w.launcher.click();
  await expect(w.panel).toBeVisible();
  failures.push(...(await violations(page, "widget: checklist panel", "cairn-widget")));
  await w.launcher.click();
  await expect(w.panel).toBeHidden();
  // The NPS card follows the survey's event.
  await page.evaluate(
    (event) => (window as unknown as { cairn: { track(e: string, p: object): void } }).cairn.track(event, {}),
    SURVEY_EVENT,
  );
  await expect(w.survey).toBeVisible();
  failures.push(...(await violations(page, "widget: survey card", "cairn-widget")));
  await w.surveyClose.click();
  await expect(w.survey).toHaveCount(0);
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
  const user = (await findEndUser(cairn.workspaceId, userIds[0]!))!;
  const pages = [
    ...DASHBOARD_PAGES,
    `/adoption/features/${feature.feature.id}`,
    `/adoption/funnels/${funnel.id}`,
    `/roadmap/${roadmapItem.id}`,
    `/onboarding/${cairn.pipeline.id}`,
    `/onboarding/${cairn.pipeline.id}/reports`,
    `/surveys/${cairn.surveyId}`,
    `/surveys/${cairn.surveyId}/report`,
    `/users/${user.id}`,
    `/accounts/${user.accountId}`,
  ];
  for (const path of pages) {
    await page.goto(`/w/${cairn.slug}${path}`);
    await page.waitForLoadState("networkidle");
    failures.push(...(await violations(page, path || "/")));
  }
  await page.goto("/account");
  failures.push(...(await violations(page, "/account")));
  expect(failures).toEqual([]);
});
