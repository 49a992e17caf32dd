import { expect, test, type Page } from "@playwright/test";
import { resetLinkFor, signUpConfirmed, uniqueId } from "./support/db";
import { E2E_BASE_URL } from "./support/e2e-env";

// Issue 11: sign-in never sends the user off-site, and a session ends when its user signs out.
const PASSWORD = "correct horse battery";

async function newUser() {
  return signUpConfirmed({ name: "Sam Session", email: `sam-${uniqueId()}@example.com`, password: PASSWORD });
}

async function signIn(page: Page, email: string, next: string) {
  await page.goto(`/signin?next=${encodeURIComponent(next)}`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
}

for (const next of ["//evil.example/phish", "/\\evil.example", "https://evil.example/", "javascript:alert(1)"]) {
  test(`sign-in with next=${next} stays on Cairn`, async ({ page }) => {
    const user = await newUser();
    const offsite: string[] = [];
    page.on("request", (r) => {
      if (!r.url().startsWith(E2E_BASE_URL)) offsite.push(r.url());
    });
    await signIn(page, user.email, next);
    await expect(page).toHaveURL(/\/new$/);
    expect(new URL(page.url()).origin).toBe(E2E_BASE_URL);
    expect(offsite.filter((u) => u.includes("evil.example"))).toEqual([]);
  });
}

test("a copied session cookie stops working after sign-out", async ({ page, browser }) => {
  const user = await newUser();
  await signIn(page, user.email, "/account");
  await expect(page.getByRole("heading", { name: "Your account" })).toBeVisible();
  const copied = await page.context().cookies();

  // Signing out from the account page's "Sign out everywhere" ends the session on the server.
  await page.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(page).toHaveURL(/\/signin/);

  const thief = await browser.newContext();
  await thief.addCookies(copied);
  const stolen = await thief.newPage();
  await stolen.goto("/account");
  await expect(stolen).toHaveURL(/\/signin\?next=%2Faccount|\/signin\?next=\/account/);
  const me = await stolen.request.get("/api/trpc/account.me");
  expect(me.status()).toBe(401);
  await thief.close();
});

test("forgot password: the mailed link sets a new password, and the old one stops working", async ({ page }) => {
  const user = await newUser();
  await page.goto("/signin");
  await page.getByRole("link", { name: "Forgot your password?" }).click();
  // The sign-in form has an Email field too: fill the reset form's once it is on screen (a fill
  // during the client-side navigation went to the sign-in page's, and the empty required field
  // then stopped the submit).
  await expect(page.getByRole("heading", { name: "Reset your password" })).toBeVisible();
  await page.getByLabel("Email").fill(user.email);
  await page.getByRole("button", { name: "Send the link" }).click();
  await expect(page.getByTestId("reset-requested")).toContainText("If an account exists");

  await page.goto(await resetLinkFor(user.email));
  await page.locator('input[name="password"]').fill("a different passphrase");
  await page.getByLabel("New password again").fill("a different passphrase");
  await page.getByRole("button", { name: "Set the new password" }).click();
  await expect(page.getByTestId("password-reset")).toContainText(user.email);

  await page.goto("/signin");
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("form-error")).toBeVisible();
  await page.getByLabel("Password").fill("a different passphrase");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/new$/);
});
