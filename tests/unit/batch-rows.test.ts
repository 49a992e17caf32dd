import { describe, expect, it } from "vitest";
import {
  SEEN_PRECISION_MS,
  accountNeedsWrite,
  collectAccounts,
  collectUsers,
  traitsChange,
  userNeedsWrite,
  type KnownUser,
} from "../../server/ingest/batch-rows";
import type { NormalizedMessage } from "../../server/ingest/normalize-message";

const at = (iso: string) => new Date(iso);

function msg(partial: Partial<NormalizedMessage> & { userKey: string; timestamp: Date }): NormalizedMessage {
  return {
    messageId: Math.random().toString(36),
    type: "track",
    anonymousId: null,
    name: "x",
    properties: {},
    traits: null,
    groupId: null,
    groupTraits: null,
    context: null,
    locale: null,
    originalTimestamp: null,
    ...partial,
  };
}

const known = (over: Partial<KnownUser> = {}): KnownUser => ({
  id: "id-1",
  externalId: "u1",
  traits: { role: "sales", plan: "team" },
  personaId: null,
  accountId: "acc-1",
  locale: "fr-FR",
  firstSeenAt: at("2026-01-01T00:00:00Z"),
  lastSeenAt: at("2026-01-10T10:00:00Z"),
  lastSeenDay: 20_463,
  ...over,
});

describe("collectUsers", () => {
  it("merges traits in time order, whatever order the batch arrived in", () => {
    const rows = collectUsers([
      msg({ userKey: "u1", timestamp: at("2026-01-02T00:00:00Z"), traits: { role: "engineer" } }),
      msg({ userKey: "u1", timestamp: at("2026-01-01T00:00:00Z"), traits: { role: "sales", name: "Ada" } }),
    ]);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.traits).toEqual({ role: "engineer", name: "Ada" });
    expect(rows[0]!.first).toEqual(at("2026-01-01T00:00:00Z"));
    expect(rows[0]!.last).toEqual(at("2026-01-02T00:00:00Z"));
  });

  it("returns rows sorted by key so concurrent batches lock rows in one order", () => {
    const t = at("2026-01-01T00:00:00Z");
    expect(
      collectUsers([msg({ userKey: "b", timestamp: t }), msg({ userKey: "a", timestamp: t })]).map((r) => r.key),
    ).toEqual(["a", "b"]);
  });
});

describe("collectAccounts", () => {
  it("takes the account name from group traits and ignores messages without a group", () => {
    const rows = collectAccounts([
      msg({
        userKey: "u1",
        timestamp: at("2026-01-01T00:00:00Z"),
        groupId: "acme",
        groupTraits: { name: "Acme", plan: "team" },
      }),
      msg({ userKey: "u2", timestamp: at("2026-01-01T00:00:00Z") }),
    ]);
    expect(rows).toEqual([
      {
        key: "acme",
        traits: { name: "Acme", plan: "team" },
        name: "Acme",
        first: at("2026-01-01T00:00:00Z"),
        last: at("2026-01-01T00:00:00Z"),
      },
    ]);
  });
});

describe("traitsChange", () => {
  it("is false when every incoming trait is already stored with the same value", () => {
    expect(traitsChange({ role: "sales" }, { role: "sales", plan: "team" })).toBe(false);
    expect(traitsChange({}, null)).toBe(false);
  });
  it("is true for a new key, a new value, or a nested difference", () => {
    expect(traitsChange({ seats: 3 }, { role: "sales" })).toBe(true);
    expect(traitsChange({ role: "engineer" }, { role: "sales" })).toBe(true);
    expect(traitsChange({ company: { plan: "team" } }, { company: { plan: "free" } })).toBe(true);
    expect(traitsChange({ role: null }, { role: "sales" })).toBe(true);
  });
});

describe("userNeedsWrite", () => {
  const row = (over: Partial<ReturnType<typeof collectUsers>[number]> = {}) => ({
    key: "u1",
    traits: {},
    accountKey: null,
    locale: null,
    first: at("2026-01-10T10:30:00Z"),
    last: at("2026-01-10T10:30:00Z"),
    ...over,
  });

  it("writes a user not stored yet", () => {
    expect(userNeedsWrite(row(), null, 20_463, undefined)).toBe(true);
  });
  it("skips a user whose row the batch would not change", () => {
    expect(userNeedsWrite(row({ traits: { role: "sales" }, locale: "fr-FR" }), "acc-1", 20_463, known())).toBe(false);
  });
  it("writes when traits, account or locale change", () => {
    expect(userNeedsWrite(row({ traits: { role: "engineer" } }), null, 20_463, known())).toBe(true);
    expect(userNeedsWrite(row(), "acc-2", 20_463, known())).toBe(true);
    expect(userNeedsWrite(row({ locale: "de-DE" }), null, 20_463, known())).toBe(true);
  });
  it("writes when the user is seen on a later day, earlier than first seen, or past the precision", () => {
    expect(userNeedsWrite(row(), null, 20_464, known())).toBe(true);
    expect(userNeedsWrite(row({ first: at("2025-12-31T00:00:00Z") }), null, 20_463, known())).toBe(true);
    const later = new Date(known().lastSeenAt.getTime() + SEEN_PRECISION_MS);
    expect(userNeedsWrite(row({ last: later }), null, 20_463, known())).toBe(true);
    const sooner = new Date(known().lastSeenAt.getTime() + SEEN_PRECISION_MS - 1);
    expect(userNeedsWrite(row({ last: sooner }), null, 20_463, known())).toBe(false);
  });
});

describe("accountNeedsWrite", () => {
  const stored = {
    id: "a",
    externalId: "acme",
    traits: { plan: "team" },
    firstSeenAt: at("2026-01-01T00:00:00Z"),
    lastSeenAt: at("2026-01-10T00:00:00Z"),
  };
  it("writes new accounts and changed traits, skips repeats", () => {
    const base = {
      key: "acme",
      traits: {},
      name: null,
      first: at("2026-01-10T00:10:00Z"),
      last: at("2026-01-10T00:10:00Z"),
    };
    expect(accountNeedsWrite(base, undefined)).toBe(true);
    expect(accountNeedsWrite(base, stored)).toBe(false);
    expect(accountNeedsWrite({ ...base, traits: { plan: "business" } }, stored)).toBe(true);
  });
});
