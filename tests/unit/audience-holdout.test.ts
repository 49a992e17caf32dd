import { describe, expect, it } from "vitest";
import { exposureGroup, holdoutBucket, isInHoldout } from "../../server/audience/holdout";

const users = Array.from({ length: 10_000 }, (_, i) => `user-${i}`);

describe("holdoutBucket", () => {
  it("is in [0, 100)", () => {
    for (const u of users.slice(0, 2000)) {
      const b = holdoutBucket("cl-1", u);
      expect(b).toBeGreaterThanOrEqual(0);
      expect(b).toBeLessThan(100);
    }
  });

  it('is the first 32 bits of sha256("<checklistId>:<userId>") scaled to 100', () => {
    // sha256("cl-1:user-0") starts 38 d0 28 7a: 0x38d0287a / 2^32 × 100 = 22.1926…
    expect(holdoutBucket("cl-1", "user-0")).toBeCloseTo((0x38d0287a / 2 ** 32) * 100, 12);
    expect(holdoutBucket("cl-1", "user-0")).toBeCloseTo(22.1926, 4);
    // sha256("cl-1:user-1") starts d0 13 50 73 → 81.2795 (rounded)
    expect(holdoutBucket("cl-1", "user-1")).toBeCloseTo(81.2795, 4);
    expect(isInHoldout("cl-1", "user-0", 25)).toBe(true);
    expect(isInHoldout("cl-1", "user-0", 22)).toBe(false);
    expect(isInHoldout("cl-1", "user-1", 50)).toBe(false);
  });
});

describe("isInHoldout", () => {
  it("is stable: the same (checklist, user) always gets the same answer", () => {
    const first = users.map((u) => isInHoldout("cl-stable", u, 20));
    const again = users.map((u) => isInHoldout("cl-stable", u, 20));
    expect(again).toEqual(first);
  });

  it.each([5, 10, 20, 33, 50])("holds out %i%% of 10,000 users, within ±1.5 points", (percent) => {
    const held = users.filter((u) => isInHoldout(`cl-${percent}`, u, percent)).length;
    expect(Math.abs((100 * held) / users.length - percent)).toBeLessThanOrEqual(1.5);
  });

  it("0% holds out nobody", () => {
    expect(users.some((u) => isInHoldout("cl-0", u, 0))).toBe(false);
  });

  it("raising the percentage only adds users to the holdout (nested groups)", () => {
    const at10 = new Set(users.filter((u) => isInHoldout("cl-n", u, 10)));
    const at30 = new Set(users.filter((u) => isInHoldout("cl-n", u, 30)));
    for (const u of at10) expect(at30.has(u)).toBe(true);
  });

  it("splits users independently per checklist", () => {
    const a = users.filter((u) => isInHoldout("cl-a", u, 50));
    const both = a.filter((u) => isInHoldout("cl-b", u, 50)).length;
    // Independent halves overlap on about a quarter of all users.
    expect(Math.abs((100 * both) / users.length - 25)).toBeLessThanOrEqual(1.5);
  });

  it("exposureGroup names the group", () => {
    const u = users.find((x) => isInHoldout("cl-g", x, 50))!;
    expect(exposureGroup("cl-g", u, 50)).toBe("holdout");
    expect(exposureGroup("cl-g", u, 0)).toBe("exposed");
  });
});
