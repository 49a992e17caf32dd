import { expect, test } from "@playwright/test";
import { createWorkspace } from "@/server/workspaces/workspaces";
import { db, signUpConfirmed, uniqueId } from "./support/db";

// Settings → Jobs: a job that used up its attempts shows as dead with its error, and Retry runs
// it again on the server's worker (started by instrumentation.ts in `next start`).
test("a dead job is listed with its error and Retry runs it to done", async ({ page }) => {
  const id = uniqueId();
  const credentials = { email: `admin-${id}@example.com`, password: "correct horse battery" };
  const admin = await signUpConfirmed({ name: "E2E Admin", ...credentials });
  const ws = await createWorkspace({ db, userId: admin.id, input: { name: `Jobs ${id}` } });
  await db.job.create({
    data: {
      workspaceId: ws.id,
      kind: "recompute.personas",
      payload: {},
      status: "dead",
      attempts: 5,
      maxAttempts: 5,
      error: "database was unreachable",
      finishedAt: new Date(),
    },
  });

  await page.goto(`/signin?next=${encodeURIComponent(`/w/${ws.slug}/settings/jobs`)}`);
  await page.getByLabel("Email").fill(credentials.email);
  await page.getByLabel("Password").fill(credentials.password);
  await page.getByRole("button", { name: "Sign in" }).click();

  await expect(page.getByRole("heading", { name: "Background jobs" })).toBeVisible();
  const row = page.getByTestId("job-row").filter({ hasText: "recompute.personas" });
  await expect(row).toHaveAttribute("data-status", "dead");
  await expect(row).toContainText("database was unreachable");
  await expect(row).toContainText("5/5");
  await row.getByRole("button", { name: "Retry" }).click();
  await expect(row).toHaveAttribute("data-status", "done", { timeout: 30_000 });
  await expect(row).toContainText("1/5");
  await expect(row.getByRole("button", { name: "Retry" })).toHaveCount(0);
});
