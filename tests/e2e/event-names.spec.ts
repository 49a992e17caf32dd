// A PM types a checklist item's completion event: the field suggests the workspace's event names
// with their calls of the last 30 days, and warns about a name never tracked (a typo would
// otherwise leave the item undone forever, silently). One sign-in.
import { expect, test } from "@playwright/test";
import { db, signUpConfirmed, uniqueId } from "./support/db";
import { createWorkspace } from "@/server/workspaces/workspaces";
import { dayNumber } from "@/server/calendar/day-number";

const PASSWORD = "correct horse battery";
let data: { slug: string; email: string };

test.beforeAll(async () => {
  const id = uniqueId();
  const admin = await signUpConfirmed({ name: "Ev Admin", email: `ev-admin-${id}@example.com`, password: PASSWORD });
  const ws = await createWorkspace({ db, userId: admin.id, input: { name: `Events ${id}` } });
  const { timeZone } = await db.workspace.findUniqueOrThrow({ where: { id: ws.id }, select: { timeZone: true } });
  const today = dayNumber(new Date(), timeZone);
  // workflow_run: 5 calls today and 7 two months ago; docs_opened: 2 today.
  await db.eventDay.createMany({
    data: [
      { workspaceId: ws.id, day: today, name: "workflow_run", count: 5 },
      { workspaceId: ws.id, day: today - 60, name: "workflow_run", count: 7 },
      { workspaceId: ws.id, day: today, name: "docs_opened", count: 2 },
    ],
  });
  data = { slug: ws.slug, email: admin.email };
});

test("the completion event suggests known names and warns about one never tracked", async ({ page }) => {
  await page.goto(`/signin?next=/w/${data.slug}/onboarding/new`);
  await page.getByLabel("Email").fill(data.email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(new RegExp(`/w/${data.slug}/onboarding/new$`));

  const field = page.getByTestId("item-event-0");
  const listId = await field.getAttribute("list");
  expect(listId).toBeTruthy();
  const options = page.locator(`datalist[id="${listId}"] option`);
  await expect(options).toHaveCount(2);
  await expect(options.first()).toHaveAttribute("value", "workflow_run");
  await expect(options.first()).toHaveText("5 in the last 30 days");

  await field.fill("workflow_rn");
  await expect(page.getByTestId("event-never-seen")).toContainText("“workflow_rn” has never been tracked");
  await field.fill("workflow_run");
  await expect(page.getByTestId("event-never-seen")).toHaveCount(0);
});
