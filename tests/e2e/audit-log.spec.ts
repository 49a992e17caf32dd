// An admin changes a member's role on Settings → Members and finds the change in Settings → Audit
// log: who, what, to whom, "viewer → pm", and the address it came from; then sets a quota and
// finds that too. One sign-in (the e2e suite shares a per-address sign-in limit).
import { expect, test } from "@playwright/test";
import { db, signUpConfirmed, uniqueId } from "./support/db";
import { createWorkspace } from "@/server/workspaces/workspaces";

const PASSWORD = "correct horse battery";
let data: { slug: string; workspaceId: string; adminEmail: string; viewerEmail: string };

test.beforeAll(async () => {
  const id = uniqueId();
  const admin = await signUpConfirmed({
    name: "Audit Admin",
    email: `audit-admin-${id}@example.com`,
    password: PASSWORD,
  });
  const ws = await createWorkspace({ db, userId: admin.id, input: { name: `Audit ${id}` } });
  const viewer = await signUpConfirmed({
    name: "Vi Viewer",
    email: `audit-viewer-${id}@example.com`,
    password: PASSWORD,
  });
  await db.member.create({ data: { workspaceId: ws.id, userId: viewer.id, role: "viewer" } });
  data = { slug: ws.slug, workspaceId: ws.id, adminEmail: admin.email, viewerEmail: viewer.email };
});

test("an admin changes a member's role and sees it in the audit log", async ({ page }) => {
  await page.goto(`/signin?next=/w/${data.slug}/settings/members`);
  await page.getByLabel("Email").fill(data.adminEmail);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(new RegExp(`/w/${data.slug}/settings/members$`));

  const role = page.getByTestId("member-row").filter({ hasText: data.viewerEmail }).getByRole("combobox");
  await expect(role).toHaveValue("viewer");
  await role.selectOption("pm");
  await expect
    .poll(() => db.member.findFirst({ where: { workspaceId: data.workspaceId, role: "pm" }, select: { id: true } }))
    .not.toBeNull();

  await page.getByRole("link", { name: "Audit log" }).click();
  await expect(page).toHaveURL(new RegExp(`/w/${data.slug}/settings/audit$`));
  const row = page.getByTestId("audit-row").filter({ hasText: data.viewerEmail });
  await expect(row).toHaveCount(1);
  await expect(row).toHaveAttribute("data-action", "member.role-changed");
  await expect(row).toContainText("Changed a member's role");
  await expect(row).toContainText(data.adminEmail);
  await expect(row).toContainText("viewer → pm");
  // The address the change came from: the browser's, whatever form the server sees it in.
  await expect(row.locator("td").last()).toHaveText(/[0-9a-f]*[.:][0-9a-f.:]+/i);
  await expect(row.locator("time")).toHaveAttribute("datetime", /^\d{4}-\d{2}-\d{2}T/);

  // Narrowed to API keys, nothing matches yet.
  await page.getByTestId("audit-action-filter").selectOption({ label: "Any API key change" });
  await expect(page.getByTestId("audit-row")).toHaveCount(0);
  await expect(page.getByText("No entries match")).toBeVisible();
  await page.getByTestId("audit-action-filter").selectOption({ label: "Changed a member's role" });
  await expect(page.getByTestId("audit-row")).toHaveCount(1);

  // Settings → Quotas: a bad value is explained, a good one saved and audited in words.
  await page.getByRole("link", { name: "Quotas" }).click();
  const perSecond = page.getByLabel("Messages per second, per key");
  await perSecond.fill("0");
  await page.getByRole("button", { name: "Save quotas" }).click();
  await expect(page.getByText("Messages per second per key must be at least 1")).toBeVisible();
  await perSecond.fill("250");
  await page.getByRole("button", { name: "Save quotas" }).click();
  await expect(page.getByText("Saved.")).toBeVisible();
  await expect
    .poll(() =>
      db.workspace.findUniqueOrThrow({ where: { id: data.workspaceId }, select: { ingestEventsPerSecond: true } }),
    )
    .toEqual({ ingestEventsPerSecond: 250 });
  await page.getByRole("link", { name: "Audit log" }).click();
  await expect(page.locator('[data-testid="audit-row"][data-action="quotas.changed"]')).toContainText(
    "messages per second per key: default → 250",
  );
});
