// An admin answers a person's data requests from Settings → Privacy: finds the end user by userId,
// downloads everything stored about them, erases them after typing the userId in the confirmation
// dialog, and sets raw-event retention (refused under 30 days).
import { expect, test } from "@playwright/test";
import { readFile } from "node:fs/promises";
import { createApiKey } from "@/server/api-keys/api-keys";
import { memberBy } from "@/server/audit/record-audit";
import { createWorkspace } from "@/server/workspaces/workspaces";
import { db, signUpConfirmed, uniqueId } from "./support/db";

const PASSWORD = "correct horse battery";

test("an admin exports and erases an end user, and sets retention", async ({ page, request }) => {
  const id = uniqueId();
  const admin = await signUpConfirmed({ name: "E2E Admin", email: `admin-${id}@example.com`, password: PASSWORD });
  const ws = await createWorkspace({ db, userId: admin.id, input: { name: `Privacy ${id}` } });
  const key = await createApiKey({
    db,
    workspaceId: ws.id,
    by: memberBy(admin, null),
    input: { kind: "write", name: "web" },
  });
  const userId = `ana/${id}`;
  const sent = await request.post("/api/v1/batch", {
    headers: { "x-write-key": key.key, "content-type": "application/json" },
    data: {
      batch: [
        { type: "identify", userId, traits: { name: "Ana", email: `ana-${id}@example.com` }, messageId: `i-${id}` },
        { type: "track", userId, event: "workflow_run", properties: {}, messageId: `t1-${id}` },
        { type: "track", userId, event: "workflow_run", properties: {}, messageId: `t2-${id}` },
        { type: "track", userId: `ben-${id}`, event: "workflow_run", properties: {}, messageId: `t3-${id}` },
      ],
    },
  });
  expect(sent.status()).toBe(200);

  await page.goto(`/signin?next=/w/${ws.slug}`);
  await page.getByLabel("Email").fill(admin.email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(new RegExp(`/w/${ws.slug}$`));
  await page.getByRole("link", { name: "Privacy" }).click();
  await expect(page.getByRole("heading", { name: "Privacy", level: 1 })).toBeVisible();

  await page.getByLabel("userId").fill(userId);
  await page.getByRole("button", { name: "Look up" }).click();
  await expect(page.getByTestId("count-events")).toHaveText("3");

  const downloading = page.waitForEvent("download");
  await page.getByTestId("download-export").click();
  const download = await downloading;
  const doc = JSON.parse(await readFile((await download.path())!, "utf8")) as {
    format: string;
    user: { userId: string };
    events: unknown[];
  };
  expect(doc).toMatchObject({ format: "cairn.end-user-export/1", user: { userId } });
  expect(doc.events).toHaveLength(3);

  await page.getByTestId("erase-open").click();
  const dialog = page.getByRole("dialog", { name: "Erase this end user?" });
  await expect(dialog).toBeVisible();
  const confirm = dialog.getByRole("button", { name: "Erase" });
  await expect(confirm).toBeDisabled();
  await expect(dialog.getByTestId("erase-confirm-input")).toBeFocused();
  await page.keyboard.type("not the id");
  await expect(confirm).toBeDisabled();
  await dialog.getByTestId("erase-confirm-input").fill(userId);
  await confirm.click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId("erase-result")).toContainText("3 events");
  expect(await db.endUser.count({ where: { workspaceId: ws.id, externalId: userId } })).toBe(0);
  expect(await db.event.count({ where: { workspaceId: ws.id } })).toBe(1);
  const audit = await db.auditEntry.findMany({
    where: { workspaceId: ws.id, action: { startsWith: "end-user." } },
    orderBy: { createdAt: "asc" },
  });
  expect(audit.map((a) => [a.action, a.actor])).toEqual([
    ["end-user.exported", admin.email],
    ["end-user.erased", admin.email],
  ]);

  const settings = page.getByTestId("privacy-settings");
  await settings.getByLabel("Delete raw events older than a number of days").check();
  await settings.getByLabel("Days to keep").fill("10");
  await settings.getByRole("button", { name: "Save" }).click();
  await expect(settings.getByText("Keep raw events at least 30 days")).toBeVisible();
  await settings.getByLabel("Days to keep").fill("90");
  await settings.getByLabel("Keep it anonymized").check();
  await settings.getByRole("button", { name: "Save" }).click();
  await expect(settings.getByRole("status")).toHaveText("Saved.");
  expect(
    await db.workspace.findUniqueOrThrow({
      where: { id: ws.id },
      select: { rawEventRetentionDays: true, erasedFeedback: true },
    }),
  ).toEqual({ rawEventRetentionDays: 90, erasedFeedback: "anonymize" });
});
