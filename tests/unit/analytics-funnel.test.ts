import { describe, expect, it } from "vitest";
import { funnelCounts, matchFunnel, timeToConvert, type FunnelPath } from "../../server/analytics/metrics/funnel";

const H = 3_600_000;
const D = 24 * H;
// Steps: bit 0 = signed_up, bit 1 = workflow_saved, bit 2 = workflow_saved (again).
const SIGNUP = 0b001;
const SAVED = 0b110; // a save satisfies step 2 or step 3, never both at once
const PERIOD = [0, 30 * D] as const;

describe("matchFunnel", () => {
  it("counts a step inside the window and not one outside it", () => {
    const inside = matchFunnel(
      [
        { t: 0, mask: SIGNUP },
        { t: 23 * H, mask: SAVED },
      ],
      2,
      24 * H,
      ...PERIOD,
    );
    expect(inside).toEqual({ reached: 2, times: [0, 23 * H] });
    const outside = matchFunnel(
      [
        { t: 0, mask: SIGNUP },
        { t: 25 * H, mask: SAVED },
      ],
      2,
      24 * H,
      ...PERIOD,
    );
    expect(outside).toEqual({ reached: 1, times: [0] });
  });

  it("a step exactly at the window's end counts (the window is inclusive)", () => {
    expect(
      matchFunnel(
        [
          { t: 0, mask: SIGNUP },
          { t: 24 * H, mask: SAVED },
        ],
        2,
        24 * H,
        ...PERIOD,
      ).reached,
    ).toBe(2);
  });

  it("the same event cannot satisfy two steps", () => {
    const one = matchFunnel(
      [
        { t: 0, mask: SIGNUP },
        { t: H, mask: SAVED },
      ],
      3,
      D,
      ...PERIOD,
    );
    expect(one.reached).toBe(2);
    const two = matchFunnel(
      [
        { t: 0, mask: SIGNUP },
        { t: H, mask: SAVED },
        { t: 2 * H, mask: SAVED },
      ],
      3,
      D,
      ...PERIOD,
    );
    expect(two).toEqual({ reached: 3, times: [0, H, 2 * H] });
  });

  it("needs the steps in order: a save before the signup does not count", () => {
    expect(
      matchFunnel(
        [
          { t: 0, mask: SAVED },
          { t: H, mask: SIGNUP },
        ],
        2,
        D,
        ...PERIOD,
      ).reached,
    ).toBe(1);
  });

  it("enters only on a first step inside the period", () => {
    expect(
      matchFunnel(
        [
          { t: -H, mask: SIGNUP },
          { t: H, mask: SAVED },
        ],
        2,
        D,
        ...PERIOD,
      ).reached,
    ).toBe(0);
    // Later steps may fall after the period's end, within the window.
    expect(
      matchFunnel(
        [
          { t: 30 * D, mask: SIGNUP },
          { t: 30 * D + H, mask: SAVED },
        ],
        2,
        D,
        ...PERIOD,
      ).reached,
    ).toBe(2);
  });

  it("keeps the entry that went furthest: a later attempt that converts wins", () => {
    const path = matchFunnel(
      [
        { t: 0, mask: SIGNUP },
        { t: 3 * D, mask: SIGNUP },
        { t: 3 * D + 2 * H, mask: SAVED },
      ],
      2,
      D,
      ...PERIOD,
    );
    expect(path).toEqual({ reached: 2, times: [3 * D, 3 * D + 2 * H] });
  });

  it("takes the first matching event of each step (the window restarts from the entry, not from each step)", () => {
    const path = matchFunnel(
      [
        { t: 0, mask: 0b001 },
        { t: 10 * H, mask: 0b010 },
        { t: 12 * H, mask: 0b010 },
        { t: 25 * H, mask: 0b100 },
      ],
      3,
      D,
      ...PERIOD,
    );
    // Step 3 at 25 h is 25 h after the entry: outside a 24 h window even though it is 13 h after step 2.
    expect(path).toEqual({ reached: 2, times: [0, 10 * H] });
  });
});

describe("funnelCounts", () => {
  const paths: FunnelPath[] = [
    { reached: 3, times: [0, 2 * H, 6 * H] },
    { reached: 3, times: [0, 4 * H, 5 * H] },
    { reached: 2, times: [0, 6 * H] },
    { reached: 1, times: [0] },
    { reached: 0, times: [] },
  ];

  it("counts subjects per step with conversion from the previous and from the first step", () => {
    const c = funnelCounts(paths, 3);
    expect(c.map((s) => s.count)).toEqual([4, 3, 2]);
    expect(c[0]!.fromPrevious).toBe(1);
    expect(c[1]!.fromPrevious).toBeCloseTo(3 / 4);
    expect(c[2]!.fromPrevious).toBeCloseTo(2 / 3);
    expect(c[2]!.fromFirst).toBeCloseTo(2 / 4);
  });

  it("gives the median time from the previous step (hand-computed: step 2 {2,4,6} h → 4 h; step 3 {4,1} h → 2.5 h)", () => {
    const c = funnelCounts(paths, 3);
    expect(c[0]!.medianMsFromPrevious).toBeNull();
    expect(c[1]!.medianMsFromPrevious).toBe(4 * H);
    expect(c[2]!.medianMsFromPrevious).toBe(2.5 * H);
  });

  it("has no rates when nobody entered", () => {
    const c = funnelCounts([{ reached: 0, times: [] }], 2);
    expect(c.map((s) => [s.count, s.fromPrevious, s.fromFirst])).toEqual([
      [0, null, null],
      [0, null, null],
    ]);
  });
});

describe("timeToConvert", () => {
  it("buckets first-to-last-step times of the converted subjects, with their median", () => {
    const t = timeToConvert(
      [
        { reached: 2, times: [0, 30 * 60_000] },
        { reached: 2, times: [0, 2 * D] },
        { reached: 2, times: [0, 4 * D] },
        { reached: 1, times: [0] },
      ],
      2,
    );
    expect(t.medianMs).toBe(2 * D);
    expect(t.buckets.find((b) => b.label === "< 1 hour")!.count).toBe(1);
    expect(t.buckets.find((b) => b.label === "1–3 days")!.count).toBe(1);
    expect(t.buckets.find((b) => b.label === "3–7 days")!.count).toBe(1);
    expect(t.buckets.reduce((s, b) => s + b.count, 0)).toBe(3);
  });
});
