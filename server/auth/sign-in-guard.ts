import { limiter } from "../rate-limit/limits";
import { RateLimitedError } from "../rate-limit/limiter";

const LOCKOUT_SECONDS = 15 * 60;
const MAX_LOCKOUT_SECONDS = 24 * 3600;

/**
 * Before checking a password: at most 50 attempts per address and 10 per account in 15 minutes.
 * An account past its 10 is locked for 15 minutes, then 30, 60… (doubling per lockout in a day,
 * at most a day), whoever tries; the right password does not get through a lock.
 */
export async function guardSignIn(args: { email: string; ip: string }): Promise<void> {
  const email = args.email.trim().toLowerCase();
  await limiter("signInPerIp").consume(args.ip, 1, "Too many sign-in attempts from this address.");
  try {
    await limiter("signInPerAccount").consume(email, 1, "Too many sign-in attempts for this account.");
  } catch (error) {
    if (!(error instanceof RateLimitedError)) throw error;
    const { consumed } = await limiter("signInLockouts").consume(email);
    const seconds = Math.min(MAX_LOCKOUT_SECONDS, LOCKOUT_SECONDS * 2 ** (consumed - 1));
    await limiter("signInPerAccount").block(email, seconds);
    throw new RateLimitedError("Too many sign-in attempts for this account.", seconds);
  }
}

/** A successful sign-in clears the account's attempt count (not its lockout history). */
export async function signInSucceeded(email: string): Promise<void> {
  await limiter("signInPerAccount").reset(email.trim().toLowerCase());
}
