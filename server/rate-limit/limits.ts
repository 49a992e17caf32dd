import { createLimiter, type Limiter, type LimitSpec } from "./limiter";

// Every limit Cairn enforces, in one table: who is counted, how much, over how long.
export const LIMIT_SPECS = {
  /** Sign-in attempts from one address (any account). */
  signInPerIp: { name: "signin-ip", points: 50, durationSeconds: 15 * 60 },
  /** Sign-in attempts on one account (any address); past it the account is locked with backoff. */
  signInPerAccount: { name: "signin-account", points: 10, durationSeconds: 15 * 60 },
  /** How many times an account was locked in a day: each lockout lasts twice the previous one. */
  signInLockouts: { name: "signin-lockouts", points: 1_000, durationSeconds: 24 * 3600 },
  /** New accounts from one address. */
  signUpPerIp: { name: "signup-ip", points: 10, durationSeconds: 3600 },
  /** Invites one member sends. */
  invitesPerMember: { name: "invites-member", points: 50, durationSeconds: 3600 },
} satisfies Record<string, LimitSpec>;

export type LimitName = keyof typeof LIMIT_SPECS;

const made = new Map<LimitName, Limiter>();

/** The process's limiter for `name` (counting in Redis when REDIS_URL is set). */
export function limiter(name: LimitName): Limiter {
  let l = made.get(name);
  if (!l) {
    l = createLimiter(LIMIT_SPECS[name]);
    made.set(name, l);
  }
  return l;
}
