import { describe, expect, it } from "vitest";
import { DURATION_WEEKS, usedInWeek, weeksOf } from "../../server/features/weeks-used";

describe("FeatureUser.weeksUsed bits", () => {
  it("reads bit k as week k after the first use", () => {
    // Weeks 0, 1 and 4: 1 + 2 + 16.
    expect(weeksOf(19)).toEqual([0, 1, 4]);
    expect(usedInWeek(19, 4)).toBe(true);
    expect(usedInWeek(19, 3)).toBe(false);
  });

  it("reads no week from 0 and every tracked week from all bits", () => {
    expect(weeksOf(0)).toEqual([]);
    expect(weeksOf((1 << (DURATION_WEEKS + 1)) - 1)).toEqual(Array.from({ length: DURATION_WEEKS + 1 }, (_, k) => k));
  });

  it("ignores bits past the tracked weeks", () => {
    expect(weeksOf(1 << (DURATION_WEEKS + 1))).toEqual([]);
  });
});
