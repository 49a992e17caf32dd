import { expect, test } from "@playwright/test";
import { confirmationLinkFor } from "./support/db";

// The path a new customer takes: sign up, create a workspace, create a write key, send events
// from a page with fetch, and watch them arrive in the live stream without reloading.
test("sign up → workspace → write key → events appear in the live stream", async ({ page, baseURL }) => {
  const unique = Date.now().toString(36);
  await page.goto("/signup");
  const email = `ada-${unique}@example.com`;
  await page.getByLabel("Your name").fill("Ada Lovelace");
  await page.getByLabel("Work email").fill(email);
  await page.getByLabel("Password").fill("correct horse battery");
  await page.getByRole("button", { name: "Create account" }).click();

  // The address is confirmed before the account can sign in: open the link from the mail.
  await expect(page.getByTestId("check-inbox")).toContainText(email);
  await page.goto(await confirmationLinkFor(email));
  await page.getByRole("button", { name: "Confirm my email address" }).click();
  await expect(page.getByTestId("email-confirmed")).toContainText(email);
  await page.getByRole("link", { name: "Sign in" }).click();
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("correct horse battery");
  await page.getByRole("button", { name: "Sign in" }).click();

  await expect(page).toHaveURL(/\/new$/);
  await page.getByLabel("Workspace name").fill(`Acme ${unique}`);
  await page.getByRole("button", { name: "Create workspace" }).click();
  await expect(page).toHaveURL(new RegExp(`/w/acme-${unique}$`));
  await expect(page.getByText("No events yet")).toBeVisible();

  await page.getByRole("link", { name: "Install" }).click();
  await page.getByTestId("create-key").click();
  const writeKey = (await page.getByTestId("created-key").textContent())!.trim();
  expect(writeKey).toMatch(/^cwk_/);
  await expect(page.getByTestId("curl-example")).toContainText(writeKey);

  await page.getByRole("link", { name: "Home" }).click();
  await expect(page.getByText("No events yet")).toBeVisible();

  // Sent from the page itself with fetch, as a host product's browser code would.
  const status = await page.evaluate(
    async ({ origin, key }) => {
      const res = await fetch(`${origin}/api/v1/batch`, {
        method: "POST",
        headers: { "Content-Type": "application/json", Authorization: `Basic ${btoa(`${key}:`)}` },
        body: JSON.stringify({
          batch: [
            { type: "identify", userId: "e2e-user", traits: { role: "data engineer" }, messageId: "e2e-1" },
            {
              type: "track",
              userId: "e2e-user",
              event: "connection_created",
              properties: { source: "postgres" },
              messageId: "e2e-2",
            },
            { type: "track", userId: "e2e-user", event: "workflow_saved", messageId: "e2e-3" },
          ],
        }),
      });
      return res.status;
    },
    { origin: baseURL!, key: writeKey },
  );
  expect(status).toBe(200);

  const stream = page.getByTestId("live-stream");
  await expect(stream.getByTestId("live-event-name").filter({ hasText: "workflow_saved" })).toBeVisible();
  await expect(stream.getByTestId("live-event-name").filter({ hasText: "connection_created" })).toBeVisible();
  await expect(page.getByTestId("stat-users")).toHaveText("1");
  await expect(page.getByTestId("stat-events-today")).toHaveText("2");

  // A revoked key is refused.
  await page.getByRole("link", { name: "API keys" }).click();
  page.once("dialog", (d) => void d.accept());
  await page.getByTestId("key-row").getByRole("button", { name: "Revoke" }).click();
  await expect(page.getByTestId("key-row")).toContainText("revoked");
  const after = await page.request.post("/api/v1/track", {
    headers: { "X-Write-Key": writeKey },
    data: { userId: "e2e-user", event: "late" },
  });
  expect(after.status()).toBe(401);
});

test("sign-in rejects a wrong password with a clear message", async ({ page }) => {
  await page.goto("/signin");
  await page.getByLabel("Email").fill("nobody@example.com");
  await page.getByLabel("Password").fill("wrong-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("form-error")).toHaveText(
    "Wrong email or password, or the email address is not confirmed yet.",
  );
});
