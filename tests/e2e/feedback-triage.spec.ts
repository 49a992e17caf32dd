// A PM triages a piece of feedback into a new roadmap item from the inbox: signs in, finds the
// feedback by searching, opens the "Link to roadmap" dialog with the keyboard, creates the item
// from the feedback's first line, and sees the feedback linked — in the page and in the database.
// A control character in the text is shown as a visible symbol.
import { expect, test } from "@playwright/test";
import { createFeedbackWorkspace, findTriagedFeedback, type FeedbackWorkspace } from "./support/feedback-data";

let data: FeedbackWorkspace;

test.beforeAll(async () => {
  data = await createFeedbackWorkspace();
});

test("a PM triages feedback into a new roadmap item", async ({ page }) => {
  await page.goto(`/signin?next=/w/${data.slug}/feedback`);
  await page.getByLabel("Email").fill(data.pm.email);
  await page.getByLabel("Password").fill(data.pm.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(new RegExp(`/w/${data.slug}/feedback$`));

  // The nav counts the two new pieces of feedback.
  await expect(page.getByTestId("nav-new-feedback")).toHaveText("2");
  const rows = page.getByTestId("feedback-row");
  await expect(rows).toHaveCount(2);

  // "/" focuses the search; the search matches words of the author's name, accents and case aside.
  await page.keyboard.press("/");
  await expect(page.getByTestId("feedback-search")).toBeFocused();
  await page.keyboard.type("ABERNATHY schedule");
  await expect(rows).toHaveCount(1);
  const row = rows.filter({ hasText: data.feedback.firstLine });
  await expect(row).toHaveAttribute("data-status", "new");
  await row.getByRole("button").click();

  const detail = page.getByTestId("feedback-detail");
  await expect(detail.getByTestId("detail-text")).toContainText(data.feedback.firstLine);
  // The bell at its end is shown as a symbol, not as an empty box.
  await expect(detail.getByTestId("control-char")).toHaveText("␇");
  await expect(detail.getByTestId("control-char")).toHaveAttribute("title", "Control character U+0007");
  await expect(detail).toContainText("Alice Abernathy");
  await expect(detail).toContainText("plan pro");

  // "l" opens the link dialog (the row's button has focus, not a text field).
  await page.keyboard.press("l");
  const dialog = page.getByTestId("link-roadmap-dialog");
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText("The roadmap is empty: create the first item.")).toBeVisible();
  await dialog.getByTestId("link-tab-new").click();
  await expect(dialog.getByTestId("new-roadmap-title")).toHaveValue(data.feedback.firstLine);
  await dialog.getByTestId("new-roadmap-status").selectOption("planned");
  await dialog.getByTestId("create-and-link").click();
  await expect(dialog).toBeHidden();

  await expect(row).toHaveAttribute("data-status", "linked");
  await expect(row.getByTestId("feedback-status")).toHaveText("Linked");
  await expect(row.getByTestId("row-roadmap")).toContainText(data.feedback.firstLine);
  await expect(detail.getByTestId("detail-roadmap")).toContainText(data.feedback.firstLine);
  await expect(detail.getByTestId("detail-roadmap")).toContainText("Planned");
  // The mutation refreshes every feedback query, the nav's count included.
  await expect(page.getByTestId("nav-new-feedback")).toHaveText("1");

  const stored = await findTriagedFeedback(data.feedback.id);
  expect(stored?.status).toBe("linked");
  expect(stored?.roadmapItem).toMatchObject({
    title: data.feedback.firstLine,
    status: "planned",
    workspaceId: data.workspaceId,
  });

  // After a reload (the search stays in the URL) the status chips count it as linked.
  await page.reload();
  await expect(page.getByTestId("status-chip-linked")).toContainText("1");
  await page.getByTestId("status-chip-linked").click();
  await expect(page).toHaveURL(/status=linked/);
  await expect(page.getByTestId("feedback-row")).toHaveCount(1);
});
