import { env } from "../env";
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
  /** Mail a signed-out visitor can have sent (confirmation links) from one address. */
  mailPerIp: { name: "mail-ip", points: 10, durationSeconds: 3600 },
  /** Invites one member sends. */
  invitesPerMember: { name: "invites-member", points: 50, durationSeconds: 3600 },
  /** Requests to the SDK's public endpoints (/api/v1/*) from one address: a page polls its
   * widget state every 10 s, so this leaves room for an office behind one address. */
  apiPerIp: { name: "api-ip", points: env.API_REQUESTS_PER_MINUTE_PER_IP, durationSeconds: 60 },
  /** Messages one key may send per second (INGEST_EVENTS_PER_SECOND). */
  ingestEventsPerKey: { name: "ingest-key", points: env.INGEST_EVENTS_PER_SECOND, durationSeconds: 1 },
  /** New end users one workspace may gain per day (NEW_END_USERS_PER_DAY). */
  newEndUsersPerWorkspace: { name: "new-users-ws", points: env.NEW_END_USERS_PER_DAY, durationSeconds: 24 * 3600 },
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

/** Replaces a limit's spec in this process (tests of a quota use a small one); null restores it. */
export function overrideLimit(name: LimitName, spec: Partial<LimitSpec> | null): void {
  made.set(
    name,
    createLimiter({
      ...LIMIT_SPECS[name],
      ...(spec ?? {}),
      name: `${LIMIT_SPECS[name].name}${spec ? "-override" : ""}`,
    }),
  );
}
