import type { NormalizedMessage } from "./normalize-message";

// Pure part of identity stitching (docs/decisions/identity-stitching.md): which anonymousIds a
// batch names, which it joins to a user, and where its anonymous-only messages land.

const ANON_PREFIX = "anon:";

/** An identify (or an alias, whose previousId is the anonymousId) that names both ids joins them. */
export function joinsIdentities(m: NormalizedMessage): m is NormalizedMessage & { anonymousId: string } {
  return (m.type === "identify" || m.type === "alias") && m.anonymousId !== null;
}

/** The anonymousId of a message that names no userId, else null. */
export function anonymousOnly(m: NormalizedMessage): string | null {
  return m.anonymousId === null && m.userKey.startsWith(ANON_PREFIX) ? m.userKey.slice(ANON_PREFIX.length) : null;
}

export function anonymousUserKey(anonymousId: string): string {
  return `${ANON_PREFIX}${anonymousId}`;
}

/** Every anonymousId the batch names, sorted (one lock order for concurrent batches). */
export function anonymousIdsOf(messages: readonly NormalizedMessage[]): string[] {
  const ids = new Set<string>();
  for (const m of messages) {
    const id = joinsIdentities(m) ? m.anonymousId : anonymousOnly(m);
    if (id !== null) ids.add(id);
  }
  return [...ids].sort();
}

/** A stored link: the user an anonymousId was joined to, or nulls while it is not joined yet. */
export type AnonymousLink = { anonymousId: string; endUserId: string | null; userId: string | null };

/**
 * The joins this batch makes: anonymousId → userId, for anonymousIds not joined yet. The earliest
 * identify wins (the first identity keeps the anonymous history), and a user takes one anonymousId
 * per batch (its other ones are joined by their next identify, which SDKs send on every call).
 */
export function stitchesOf(
  messages: readonly NormalizedMessage[],
  links: ReadonlyMap<string, AnonymousLink>,
): Map<string, string> {
  const ordered = messages
    .filter(joinsIdentities)
    .sort((a, b) => a.timestamp.getTime() - b.timestamp.getTime() || (a.messageId < b.messageId ? -1 : 1));
  const stitches = new Map<string, string>();
  const takenUsers = new Set<string>();
  for (const m of ordered) {
    if (links.get(m.anonymousId)?.userId) continue;
    if (stitches.has(m.anonymousId) || takenUsers.has(m.userKey)) continue;
    stitches.set(m.anonymousId, m.userKey);
    takenUsers.add(m.userKey);
  }
  return stitches;
}

/** The batch with each anonymous-only message on the user its anonymousId is (or is now) joined to. */
export function resolveAnonymous(
  messages: readonly NormalizedMessage[],
  links: ReadonlyMap<string, AnonymousLink>,
  stitches: ReadonlyMap<string, string>,
): NormalizedMessage[] {
  return messages.map((m) => {
    const id = anonymousOnly(m);
    if (id === null) return m;
    const userKey = links.get(id)?.userId ?? stitches.get(id);
    return userKey ? { ...m, userKey } : m;
  });
}
