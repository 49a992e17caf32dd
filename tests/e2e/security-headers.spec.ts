// The dashboard's security headers as a browser meets them: a nonce-based script policy under
// which the pages still run, framing refused (frame-ancestors 'none' and X-Frame-Options DENY),
// and the widget's files and the SDK's endpoints left embeddable.
import { expect, test } from "@playwright/test";

test("dashboard pages carry a fresh nonce policy, no framing, nosniff and a referrer policy, and still run", async ({
  page,
  request,
}) => {
  const first = await request.get("/signin");
  const second = await request.get("/signin");
  const csp = first.headers()["content-security-policy"] ?? "";
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).not.toContain("unsafe-eval");
  expect(second.headers()["content-security-policy"]).not.toBe(csp); // a nonce per response
  expect(first.headers()["x-frame-options"]).toBe("DENY");
  expect(first.headers()["x-content-type-options"]).toBe("nosniff");
  expect(first.headers()["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(first.headers()["strict-transport-security"]).toBeUndefined(); // plain http here

  // Under that policy the page hydrates: Next's scripts carry the nonce, and nothing is refused.
  const refused: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" && /Content Security Policy/i.test(m.text())) refused.push(m.text());
  });
  await page.goto("/signin");
  await page.getByLabel("Email").fill("nobody@cairn.test");
  await expect(page.getByLabel("Email")).toHaveValue("nobody@cairn.test");
  expect(await page.locator("script[nonce]").count()).toBeGreaterThan(0);
  await page
    .getByRole("link", { name: /create an account|sign up/i })
    .first()
    .click();
  await expect(page).toHaveURL(/\/signup/);
  expect(refused).toEqual([]);
});

test("the widget's files and the SDK's endpoints stay embeddable; the demo host may frame itself", async ({
  request,
}) => {
  const loader = await request.get("/sdk/loader.js");
  expect(loader.status()).toBe(200);
  expect(loader.headers()["x-frame-options"]).toBeUndefined();
  expect(loader.headers()["content-security-policy"]).toBeUndefined();
  const preflight = await request.fetch("/api/v1/batch", { method: "OPTIONS" });
  expect(preflight.headers()["access-control-allow-origin"]).toBe("*");
  expect(preflight.headers()["content-security-policy"]).toBeUndefined();
  const demo = await request.get("/demo");
  expect(demo.headers()["x-frame-options"]).toBe("SAMEORIGIN");
  expect(demo.headers()["content-security-policy"]).toBeUndefined();
});
