// Attacks from outside against the running app, bounded in count, on loopback: what `npm run
// test:security` repeats (with security-headers.spec.ts) and CI runs inside the e2e suite.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { signUpConfirmed } from "./support/db";

/** One credentials sign-in as next-auth's own client sends it (CSRF token from its cookie). */
async function signIn(request: APIRequestContext, email: string, password: string) {
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  return request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password, json: "true", callbackUrl: "/" },
    maxRedirects: 0,
  });
}

test("brute force: after 10 wrong passwords the account is locked, and the right password does not get through", async ({
  playwright,
  baseURL,
}) => {
  const email = `brute-${Date.now().toString(36)}@example.com`;
  const password = "correct horse battery staple";
  await signUpConfirmed({ name: "Target", email, password });
  // The right password works before the attack.
  const before = await playwright.request.newContext({ baseURL });
  expect((await signIn(before, email, password)).status()).toBe(200);
  await before.dispose();

  const attacker = await playwright.request.newContext({ baseURL });
  for (let i = 0; i < 10; i++) {
    const attempt = await signIn(attacker, email, `guess-${i}-wrong`);
    expect(attempt.status(), `attempt ${i + 1}`).toBe(401);
    expect(((await attempt.json()) as { url: string }).url).toContain("error=CredentialsSignin");
  }
  const locked = await signIn(attacker, email, password);
  expect(locked.status()).toBe(429);
  expect(Number(locked.headers()["retry-after"])).toBeGreaterThanOrEqual(900);
  expect(locked.headers()["set-cookie"] ?? "").not.toMatch(/session-token=/);

  // Another client (another address would be the same: the lock is on the account).
  const victim = await playwright.request.newContext({ baseURL });
  expect((await signIn(victim, email, password)).status()).toBe(429);
  await attacker.dispose();
  await victim.dispose();
});
