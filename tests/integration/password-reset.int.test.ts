// "Forgot your password?": a link mailed to the address, the same answer for any address, a
// single-use one-hour link that sets a checked password, confirms the address, ends every session,
// voids pending confirmation links and lifts a sign-in lock; asking is limited per address.
import { afterEach, describe, expect, it } from "vitest";
import { authenticate } from "../../server/auth/authenticate";
import { guardSignIn } from "../../server/auth/sign-in-guard";
import { resolveSessionUser, startSession } from "../../server/auth/sessions";
import { hashLinkToken } from "../../server/auth/tokens";
import { overrideLimit } from "../../server/rate-limit/limits";
import { createUser, TEST_PASSWORD, unique } from "../factories";
import { callerFor, testDb } from "./support/db";
import { expectTrpcError } from "./support/trpc";

const anonymous = () => callerFor(null, { ip: `203.0.113.${Math.floor(Math.random() * 250) + 1}` });
const NEW_PASSWORD = "a brand new passphrase";

async function resetMails(email: string) {
  return testDb().outboxEmail.findMany({ where: { to: email, kind: "reset_password" }, orderBy: { createdAt: "asc" } });
}
const tokenOf = (link: string) => new URL(link).pathname.split("/reset/")[1]!;

afterEach(() => overrideLimit("resetMailPerAccount", null));

describe("asking for a reset link", () => {
  it("answers the same for an unknown address and mails a link only to an account", async () => {
    const user = await createUser(testDb());
    const stranger = `nobody-${unique()}@cairn.test`;
    expect(await anonymous().account.requestPasswordReset({ email: stranger })).toEqual({ ok: true });
    expect(await anonymous().account.requestPasswordReset({ email: user.email.toUpperCase() })).toEqual({ ok: true });
    expect(await resetMails(stranger)).toHaveLength(0);
    const [mail] = await resetMails(user.email);
    expect(mail?.link).toMatch(/\/reset\/[\w-]{20,}$/);
    // Stored hashed: the database holds no usable token.
    const token = await testDb().emailToken.findFirstOrThrow({ where: { userId: user.id, kind: "reset_password" } });
    expect(token.tokenHash).toBe(hashLinkToken(tokenOf(mail!.link!)));
  });

  it("is limited per address, known or not, whatever the caller's address", async () => {
    overrideLimit("resetMailPerAccount", { points: 2 });
    for (const email of [`victim-${unique()}@cairn.test`, (await createUser(testDb())).email]) {
      await anonymous().account.requestPasswordReset({ email });
      await anonymous().account.requestPasswordReset({ email });
      const third = await expectTrpcError(anonymous().account.requestPasswordReset({ email }), "TOO_MANY_REQUESTS");
      expect(third.message).toMatch(/Too many password reset requests/);
    }
  });
});

describe("opening the link", () => {
  it("sets the new password, confirms the address and ends every session", async () => {
    const user = await createUser(testDb(), { verified: false });
    const session = await startSession({ db: testDb(), userId: user.id });
    await anonymous().account.requestPasswordReset({ email: user.email });
    const [mail] = await resetMails(user.email);
    expect(await anonymous().account.resetPassword({ token: tokenOf(mail!.link!), password: NEW_PASSWORD })).toEqual({
      email: user.email,
    });
    expect(await authenticate({ db: testDb(), email: user.email, password: TEST_PASSWORD })).toBeNull();
    expect(await authenticate({ db: testDb(), email: user.email, password: NEW_PASSWORD })).toMatchObject({
      id: user.id,
    });
    expect(await resolveSessionUser({ db: testDb(), userId: user.id, sessionId: session.id })).toBeNull();
  }, 20_000);

  it("works once; a second link of the account stops working too; weak passwords are refused first", async () => {
    const user = await createUser(testDb());
    await anonymous().account.requestPasswordReset({ email: user.email });
    await anonymous().account.requestPasswordReset({ email: user.email });
    const [first, second] = (await resetMails(user.email)).map((m) => tokenOf(m.link!));
    const weak = await expectTrpcError(
      anonymous().account.resetPassword({ token: first!, password: "1234567890" }),
      "BAD_REQUEST",
    );
    expect(weak.message).toMatch(/common|guess/i);
    await anonymous().account.resetPassword({ token: first!, password: NEW_PASSWORD });
    await expectTrpcError(anonymous().account.resetPassword({ token: first!, password: NEW_PASSWORD }), "NOT_FOUND");
    await expectTrpcError(anonymous().account.resetPassword({ token: second!, password: NEW_PASSWORD }), "NOT_FOUND");
  }, 20_000);

  it("an expired link, a confirmation link or a made-up token is refused", async () => {
    const user = await createUser(testDb());
    await anonymous().account.requestPasswordReset({ email: user.email });
    const [mail] = await resetMails(user.email);
    await testDb().emailToken.updateMany({
      where: { userId: user.id, kind: "reset_password" },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const expired = await expectTrpcError(
      anonymous().account.resetPassword({ token: tokenOf(mail!.link!), password: NEW_PASSWORD }),
      "NOT_FOUND",
    );
    expect(expired.message).toMatch(/expired/);
    await expectTrpcError(anonymous().account.resetPassword({ token: "made-up", password: NEW_PASSWORD }), "NOT_FOUND");
  });

  it("voids a pending confirmation link that carries an impostor's password", async () => {
    const email = `owner-${unique()}@cairn.test`;
    await anonymous().account.signUp({ name: "Impostor", email, password: "impostor passphrase 9" });
    const confirmation = await testDb().outboxEmail.findFirstOrThrow({ where: { to: email, kind: "verify_email" } });
    await anonymous().account.requestPasswordReset({ email });
    const [mail] = await resetMails(email);
    await anonymous().account.resetPassword({ token: tokenOf(mail!.link!), password: NEW_PASSWORD });
    await expectTrpcError(
      anonymous().account.verifyEmail({ token: new URL(confirmation.link!).pathname.split("/verify/")[1]! }),
      "NOT_FOUND",
    );
    expect(await authenticate({ db: testDb(), email, password: NEW_PASSWORD })).not.toBeNull();
    expect(await authenticate({ db: testDb(), email, password: "impostor passphrase 9" })).toBeNull();
  }, 20_000);

  it("lifts a sign-in lock: whoever guessed cannot know the new password", async () => {
    const user = await createUser(testDb());
    const ip = "198.51.100.99";
    for (let i = 0; i < 10; i++) await guardSignIn({ email: user.email, ip });
    await expect(guardSignIn({ email: user.email, ip })).rejects.toThrow(/Too many sign-in attempts/);
    await anonymous().account.requestPasswordReset({ email: user.email });
    const [mail] = await resetMails(user.email);
    await anonymous().account.resetPassword({ token: tokenOf(mail!.link!), password: NEW_PASSWORD });
    await expect(guardSignIn({ email: user.email, ip })).resolves.toBeUndefined();
  }, 20_000);
});
