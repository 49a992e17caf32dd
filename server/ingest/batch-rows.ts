import type { NormalizedMessage } from "./normalize-message";

// Pure part of the writer: what one batch says about its users and accounts, and whether that
// changes what is stored. Rows that would not change are not written: rewriting a user's row
// for every event is most of ingest's cost, and on PostgreSQL it makes concurrent batches wait
// on each other's row locks.

/** lastSeenAt is kept to this precision; a newer event within it does not rewrite the row. */
export const SEEN_PRECISION_MS = 60 * 60 * 1000;

export type AccountRow = { key: string; traits: Record<string, unknown>; name: string | null; first: Date; last: Date };
export type UserRow = {
  key: string;
  traits: Record<string, unknown>;
  accountKey: string | null;
  locale: string | null;
  first: Date;
  last: Date;
};

export type KnownAccount = { id: string; externalId: string; traits: unknown; firstSeenAt: Date; lastSeenAt: Date };
export type KnownUser = {
  id: string;
  externalId: string;
  traits: unknown;
  personaId: string | null;
  accountId: string | null;
  locale: string | null;
  firstSeenAt: Date;
  lastSeenAt: Date;
  lastSeenDay: number;
};

function byKey<T extends { key: string }>(rows: Iterable<T>): T[] {
  // One global order, so concurrent batches lock rows in the same order (no deadlocks).
  return [...rows].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

export function collectAccounts(messages: readonly NormalizedMessage[]): AccountRow[] {
  const rows = new Map<string, AccountRow>();
  for (const m of messages) {
    if (!m.groupId) continue;
    const row = rows.get(m.groupId) ?? {
      key: m.groupId,
      traits: {},
      name: null,
      first: m.timestamp,
      last: m.timestamp,
    };
    if (m.groupTraits) {
      Object.assign(row.traits, m.groupTraits);
      if (typeof m.groupTraits.name === "string") row.name = m.groupTraits.name;
    }
    if (m.timestamp < row.first) row.first = m.timestamp;
    if (m.timestamp > row.last) row.last = m.timestamp;
    rows.set(m.groupId, row);
  }
  return byKey(rows.values());
}

export function collectUsers(messages: readonly NormalizedMessage[]): UserRow[] {
  const rows = new Map<string, UserRow>();
  // Traits merge in time order so the latest identify wins whatever order the batch arrived in.
  const ordered = [...messages].sort((a, b) => a.timestamp.getTime() - b.timestamp.getTime());
  for (const m of ordered) {
    const row = rows.get(m.userKey) ?? {
      key: m.userKey,
      traits: {},
      accountKey: null,
      locale: null,
      first: m.timestamp,
      last: m.timestamp,
    };
    if (m.traits) Object.assign(row.traits, m.traits);
    if (m.groupId) row.accountKey = m.groupId;
    if (m.locale) row.locale = m.locale;
    if (m.timestamp < row.first) row.first = m.timestamp;
    if (m.timestamp > row.last) row.last = m.timestamp;
    rows.set(m.userKey, row);
  }
  return byKey(rows.values());
}

/** Whether merging `incoming` into `stored` (shallow, incoming keys win) changes anything. */
export function traitsChange(incoming: Record<string, unknown>, stored: unknown): boolean {
  const current = (stored && typeof stored === "object" ? stored : {}) as Record<string, unknown>;
  for (const [key, value] of Object.entries(incoming)) {
    if (!(key in current) || JSON.stringify(current[key]) !== JSON.stringify(value)) return true;
  }
  return false;
}

function extendsSeen(first: Date, last: Date, known: { firstSeenAt: Date; lastSeenAt: Date }): boolean {
  return first < known.firstSeenAt || last.getTime() >= known.lastSeenAt.getTime() + SEEN_PRECISION_MS;
}

export function accountNeedsWrite(row: AccountRow, known: KnownAccount | undefined): boolean {
  if (!known) return true;
  return traitsChange(row.traits, known.traits) || extendsSeen(row.first, row.last, known);
}

export function userNeedsWrite(
  row: UserRow,
  accountId: string | null,
  lastDay: number,
  known: KnownUser | undefined,
): boolean {
  if (!known) return true;
  return (
    traitsChange(row.traits, known.traits) ||
    (accountId !== null && accountId !== known.accountId) ||
    (row.locale !== null && row.locale !== known.locale) ||
    lastDay > known.lastSeenDay ||
    extendsSeen(row.first, row.last, known)
  );
}
