import { describe, expect, it } from "vitest";
import { retryDelayMs } from "../../server/jobs/backoff";

describe("retryDelayMs", () => {
  const opts = { baseMs: 1_000, capMs: 60_000 };

  it("doubles with each attempt, half of it fixed and half random", () => {
    expect([1, 2, 3, 4].map((a) => retryDelayMs(a, { ...opts, random: () => 0 }))).toEqual([500, 1_000, 2_000, 4_000]);
    expect([1, 2, 3, 4].map((a) => retryDelayMs(a, { ...opts, random: () => 1 }))).toEqual([
      1_000, 2_000, 4_000, 8_000,
    ]);
    expect(retryDelayMs(2, { ...opts, random: () => 0.5 })).toBe(1_500);
  });

  it("stops growing at the cap", () => {
    expect(retryDelayMs(30, { ...opts, random: () => 1 })).toBe(60_000);
    expect(retryDelayMs(30, { ...opts, random: () => 0 })).toBe(30_000);
  });
});
