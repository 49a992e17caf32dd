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
  /** Password reset links asked for one address (existing or not). */
  resetMailPerAccount: { name: "reset-account", points: 5, durationSeconds: 3600 },
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

/** The limits a workspace may set for itself (Settings → Quotas); the others are the instance's. */
export const WORKSPACE_QUOTAS = ["ingestEventsPerKey", "newEndUsersPerWorkspace"] as const satisfies LimitName[];

const made = new Map<string, Limiter>();
const overrides = new Map<LimitName, Partial<LimitSpec>>();

/** The process's limiter for `name` (counting in Redis when REDIS_URL is set). `points`: a
 * workspace's own quota in place of the default (null/undefined: the default). Limiters of one
 * name share their counters in Redis whatever their points, so a changed quota applies at once
 * to what was already counted. */
export function limiter(name: LimitName, points?: number | null): Limiter {
  const override = overrides.get(name);
  const spec: LimitSpec = {
    ...LIMIT_SPECS[name],
    ...(override ?? {}),
    ...(points != null ? { points } : {}),
    name: `${LIMIT_SPECS[name].name}${override ? "-override" : ""}`,
  };
  const id = `${spec.name}/${spec.points}/${spec.durationSeconds}`;
  let l = made.get(id);
  if (!l) {
    l = createLimiter(spec);
    made.set(id, l);
  }
  return l;
}

/** Replaces a limit's default spec in this process (tests of a quota use a small one, with fresh
 * counters); null restores it. A workspace's own quota still wins over it. */
export function overrideLimit(name: LimitName, spec: Partial<LimitSpec> | null): void {
  for (const id of made.keys()) if (id.startsWith(`${LIMIT_SPECS[name].name}-override/`)) made.delete(id);
  if (spec) overrides.set(name, spec);
  else overrides.delete(name);
}
