import { describe, expect, it } from "vitest";
import {
  computeProgress,
  subjectKey,
  subjectKeysOf,
  type CompletionRow,
  type ProgressItem,
} from "../../server/onboarding/progress";

const items: ProgressItem[] = [
  { id: "connect", scope: "account" },
  { id: "workflow", scope: "user" },
  { id: "invite", scope: "user" },
];
const at = (h: number) => new Date(Date.UTC(2026, 0, 1, h));

describe("subjectKey", () => {
  it("user scope keys by user, account scope by account", () => {
    expect(subjectKey("user", { endUserId: "u1", accountId: "a1" })).toBe("u:u1");
    expect(subjectKey("account", { endUserId: "u1", accountId: "a1" })).toBe("a:a1");
  });
  it("an account-scoped item has no key for a user without an account", () => {
    expect(subjectKey("account", { endUserId: "u1", accountId: null })).toBeNull();
    expect(subjectKeysOf({ endUserId: "u1", accountId: null })).toEqual(["u:u1"]);
    expect(subjectKeysOf({ endUserId: "u1", accountId: "a1" })).toEqual(["u:u1", "a:a1"]);
  });
});

describe("computeProgress", () => {
  const completions: CompletionRow[] = [
    { checklistItemId: "connect", subjectKey: "a:acme", completedAt: at(1) }, // done by alice for Acme
    { checklistItemId: "workflow", subjectKey: "u:alice", completedAt: at(2) },
    { checklistItemId: "workflow", subjectKey: "u:bob", completedAt: at(3) },
    { checklistItemId: "invite", subjectKey: "u:alice", completedAt: at(5) },
  ];

  it("counts a user's own items: 3 of 3 for alice, completed at her last item", () => {
    const p = computeProgress(items, completions, { endUserId: "alice", accountId: "acme" });
    expect(p).toMatchObject({ done: 3, total: 3, completed: true, completedAt: at(5) });
    expect(p.items.map((i) => i.done)).toEqual([true, true, true]);
  });

  it("an account item done by a colleague counts for bob: 2 of 3", () => {
    const p = computeProgress(items, completions, { endUserId: "bob", accountId: "acme" });
    expect(p).toMatchObject({ done: 2, total: 3, completed: false, completedAt: null });
    expect(p.items).toEqual([
      { id: "connect", done: true, completedAt: at(1) },
      { id: "workflow", done: true, completedAt: at(3) },
      { id: "invite", done: false, completedAt: null },
    ]);
  });

  it("a user who joins the account later has the account item done already: 1 of 3", () => {
    const p = computeProgress(items, completions, { endUserId: "carol-new", accountId: "acme" });
    expect(p.done).toBe(1);
    expect(p.items[0]).toEqual({ id: "connect", done: true, completedAt: at(1) });
  });

  it("another account's completion does not count", () => {
    const p = computeProgress(items, completions, { endUserId: "dave", accountId: "globex" });
    expect(p.done).toBe(0);
  });

  it("without an account, account items stay open", () => {
    const p = computeProgress(items, completions, { endUserId: "alice", accountId: null });
    expect(p).toMatchObject({ done: 2, total: 3, completed: false });
  });

  it("user items are never shared: alice's invite is not bob's", () => {
    const p = computeProgress([{ id: "invite", scope: "user" }], completions, { endUserId: "bob", accountId: "acme" });
    expect(p.done).toBe(0);
  });

  it("keeps the earliest of duplicate completions", () => {
    const p = computeProgress(
      [{ id: "workflow", scope: "user" }],
      [
        { checklistItemId: "workflow", subjectKey: "u:eve", completedAt: at(9) },
        { checklistItemId: "workflow", subjectKey: "u:eve", completedAt: at(4) },
      ],
      { endUserId: "eve", accountId: null },
    );
    expect(p).toMatchObject({ done: 1, completed: true, completedAt: at(4) });
  });

  it("a checklist without items is never complete", () => {
    expect(computeProgress([], completions, { endUserId: "alice", accountId: "acme" })).toMatchObject({
      done: 0,
      total: 0,
      completed: false,
    });
  });
});
