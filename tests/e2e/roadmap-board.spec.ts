// Issue 12 §1: a PM moves roadmap items between statuses from the keyboard-reachable status menu
// and orders them within a column; the move is recorded; the list view sorts by demand.
import { expect, test } from "@playwright/test";
import { createOnboardingWorkspace, db } from "./support/db";

test("a PM moves an item to another status, orders a column, and reads demand in the list", async ({ page }) => {
  const ws = await createOnboardingWorkspace();
  const item = (title: string, position: number) =>
    db.roadmapItem.create({ data: { workspaceId: ws.workspaceId, title, position }, select: { id: true } });
  const sso = await item("Single sign-on", 1);
  await item("Audit log", 2);
  await item("Dark mode", 3);

  await page.goto(`/signin?next=/w/${ws.slug}/roadmap`);
  await page.getByLabel("Email").fill(ws.pm.email);
  await page.getByLabel("Password").fill(ws.pm.password);
  await page.getByRole("button", { name: "Sign in" }).click();

  const column = (name: string) =>
    page.getByTestId("roadmap-column").filter({ has: page.getByRole("heading", { name }) });
  await expect(column("Considering").getByTestId("roadmap-card")).toHaveCount(3);

  await page.getByLabel("Status of Single sign-on").selectOption({ label: "Planned" });
  await expect(column("Planned").getByTestId("roadmap-card")).toHaveCount(1);
  await expect(column("Planned")).toContainText("Single sign-on");
  await expect(column("Considering").getByTestId("roadmap-card")).toHaveCount(2);

  // Dark mode moves above Audit log.
  await page.getByRole("button", { name: "Move Dark mode up" }).click();
  await expect(column("Considering").getByTestId("roadmap-card").first()).toContainText("Dark mode");

  const history = await db.roadmapStatusChange.findMany({ where: { roadmapItemId: sso.id } });
  expect(history.map((h) => [h.fromName, h.toName])).toEqual([["Considering", "Planned"]]);

  await page.getByRole("button", { name: "List" }).click();
  await page.getByTestId("roadmap-sort").selectOption("demand");
  await expect(page.getByTestId("roadmap-row")).toHaveCount(3);

  // A custom status appears as a column.
  await page.getByLabel("Status name").fill("Beta");
  await page.getByRole("button", { name: "Add status" }).click();
  await expect(page.getByTestId("custom-statuses")).toContainText("Beta");

  // The item page: its history, its details, and an internal note.
  await page.getByRole("link", { name: "Single sign-on" }).click();
  await expect(page.getByTestId("roadmap-history")).toContainText("Considering → Planned");
  await page.getByLabel("ETA").fill("next spring");
  await page.getByRole("button", { name: "Save details" }).click();
  await expect(page.getByTestId("roadmap-item-editor")).toContainText("Use a month");
  await page.getByLabel("ETA").fill("2027-Q2");
  await page.getByLabel("Tags (comma-separated)").fill("enterprise, security");
  await page.getByRole("button", { name: "Save details" }).click();
  await expect(page.getByRole("heading", { name: "Single sign-on" })).toBeVisible();
  await expect(page.getByText("Planned · ETA 2027-Q2")).toBeVisible();
  await page.getByLabel("Add").fill("Enterprise asks for SAML first");
  await page.getByRole("button", { name: "Add note" }).click();
  await expect(page.getByTestId("roadmap-comments")).toContainText("internal note");
});

test("merging two items keeps each vote once, and the merge can be undone", async ({ page }) => {
  const ws = await createOnboardingWorkspace();
  const item = (title: string) =>
    db.roadmapItem.create({ data: { workspaceId: ws.workspaceId, title }, select: { id: true } });
  const [audit, dark] = [await item("Audit trail"), await item("Dark mode")];
  const vote = (roadmapItemId: string, email: string) =>
    db.vote.create({ data: { workspaceId: ws.workspaceId, roadmapItemId, voterKey: `e:${email}`, email } });
  await vote(audit.id, "a@example.com");
  await vote(audit.id, "b@example.com");
  await vote(dark.id, "b@example.com");

  await page.goto(`/signin?next=/w/${ws.slug}/roadmap/${audit.id}`);
  await page.getByLabel("Email").fill(ws.pm.email);
  await page.getByLabel("Password").fill(ws.pm.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByTestId("merge-search").fill("Dark");
  page.once("dialog", (d) => void d.accept());
  await page.getByRole("button", { name: "Merge into this" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Merged into" })).toContainText("Dark mode");

  await page.getByRole("link", { name: "Dark mode" }).click();
  await expect(page.getByTestId("roadmap-voters").getByRole("listitem")).toHaveCount(2);
  await page.getByRole("button", { name: "Undo the merge" }).click();
  await expect(page.getByTestId("roadmap-voters").getByRole("listitem")).toHaveCount(1);
  expect(await db.vote.count({ where: { roadmapItemId: audit.id } })).toBe(2);
});
