// A checklist going live completes items from what users did before (issue 15, point 3): a data
// engineer who added a connection three days ago, while the checklist was a draft, sees "Add a
// connection" done the first time the checklist shows, after the PM takes it live and the
// look-back job's progress reaches 100%.
import { expect, test } from "@playwright/test";
import { setChecklistStatus } from "@/server/onboarding/set-checklist-status";
import { createOnboardingWorkspace, db, uniqueId } from "./support/db";
import { demoLink, widget } from "./support/fixtures";

test.use({ viewport: { width: 1600, height: 1000 } });

test("going live completes items from the last 30 days' events, with progress shown to the PM", async ({
  page,
  baseURL,
}) => {
  const ws = await createOnboardingWorkspace();
  await setChecklistStatus({ db, workspaceId: ws.workspaceId, id: ws.pipeline.id, status: "draft" });
  const userId = `before-${uniqueId()}`;
  const threeDaysAgo = new Date(Date.now() - 3 * 86_400_000).toISOString();
  const sent = await page.request.post(`${baseURL}/api/v1/batch`, {
    headers: { "X-Write-Key": ws.writeKey },
    data: {
      batch: [
        { type: "identify", userId, traits: { role: "data engineer" }, timestamp: threeDaysAgo },
        {
          type: "track",
          userId,
          event: "connection_created",
          properties: { type: "postgres" },
          timestamp: threeDaysAgo,
        },
      ],
    },
  });
  expect(sent.status()).toBe(200);

  await page.goto(`/signin?next=/w/${ws.slug}/onboarding/${ws.pipeline.id}`);
  await page.getByLabel("Email").fill(ws.pm.email);
  await page.getByLabel("Password").fill(ws.pm.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("look-back-days")).toHaveValue("30");
  await page.getByRole("button", { name: "Go live" }).click();
  const progress = page.getByTestId("job-progress");
  await expect(progress).toContainText("Completing items from past events");
  await expect(progress).toHaveAttribute("data-status", "done");
  await expect(progress).toContainText("100%");

  const w = widget(page);
  await page.goto(demoLink("", ws.writeKey, { userId, role: "data engineer" }));
  await expect(w.launcher).toContainText("1/4");
  if ((await w.launcher.getAttribute("aria-expanded")) !== "true") await w.launcher.click();
  await expect(w.item("Add a connection")).toHaveAttribute("data-done", "true");
  await expect(w.item("Create a workflow")).toHaveAttribute("data-done", "false");
});
