import { describe, expect, it } from "vitest";
import { bandOf, npsOf } from "../../server/engagement/predictive";
import { healthOf } from "../../server/engagement/account-health";
import {
  accountScore,
  mapScore,
  pesOf,
  productScore,
  rawScore,
  suggestWeights,
  trendOf,
  winsorBounds,
} from "../../server/analytics/metrics/engagement";

describe("rawScore", () => {
  it("sums weight × calls over the weighted events only", () => {
    const counts = new Map([
      ["workflow_run", 3],
      ["colleague_invited", 2],
      ["docs_opened", 5],
    ]);
    const weights = new Map([
      ["workflow_run", 1],
      ["colleague_invited", 10],
    ]);
    expect(rawScore(counts, weights)).toBe(3 + 20);
    expect(rawScore(new Map(), weights)).toBe(0);
  });
});

describe("winsorBounds", () => {
  it("takes the percentiles of the active population (type 7)", () => {
    // n = 5: the 5th percentile sits at 0.2 between 0 and 10, the 95th at 0.8 between 30 and 40.
    expect(winsorBounds([40, 0, 20, 10, 30], 5, 95)).toEqual({ low: 2, high: 38 });
    expect(winsorBounds([7], 5, 95)).toEqual({ low: 7, high: 7 });
    expect(winsorBounds([], 5, 95)).toBeNull();
  });
});

describe("mapScore", () => {
  const bounds = { low: 2, high: 38 };
  it("is 0 at and below the low clamp and 100 at and above the high clamp", () => {
    expect(mapScore(2, bounds)).toBe(0);
    expect(mapScore(0, bounds)).toBe(0);
    expect(mapScore(38, bounds)).toBe(100);
    expect(mapScore(500, bounds)).toBe(100);
  });
  it("follows 100 × (1 − e^(−3x)) / (1 − e^(−3)), concave so that low scores stay apart", () => {
    // x = 0.5 → 81.76; x = 0.2 → 47.48; x = 0.1 → 27.28 (computed by hand from the formula).
    expect(mapScore(20, bounds)).toBe(81.8);
    expect(mapScore(2 + 0.2 * 36, bounds)).toBe(47.5);
    expect(mapScore(2 + 0.1 * 36, bounds)).toBe(27.3);
    expect(mapScore(20, bounds, 0)).toBe(50);
  });
  it("is monotonic", () => {
    let previous = -1;
    for (let raw = 0; raw <= 40; raw += 0.5) {
      const score = mapScore(raw, bounds);
      expect(score).toBeGreaterThanOrEqual(previous);
      previous = score;
    }
  });
  it("gives the same score for the same raw score in a snapshot", () => {
    expect(mapScore(13.3, bounds)).toBe(mapScore(13.3, { ...bounds }));
  });
  it("maps everyone alike (low = high) to 100 when active with a weighted event, else 0", () => {
    expect(mapScore(7, { low: 7, high: 7 })).toBe(100);
    expect(mapScore(0, { low: 0, high: 0 })).toBe(0);
  });
});

describe("account and product scores", () => {
  it("an account is the mean of its users, inactive seats counting 0", () => {
    expect(accountScore([80, null, 40])).toBe(40);
    expect(accountScore([55.5])).toBe(55.5);
    expect(accountScore([])).toBeNull();
  });
  it("the product is the mean of the active users", () => {
    expect(productScore([10, 20, 40])).toBe(23.3);
    expect(productScore([])).toBeNull();
  });
});

describe("suggestWeights", () => {
  const counts = new Map([
    ["workflow_run", 1000],
    ["workflow_saved", 100],
    ["colleague_invited", 3],
    ["never", 0],
  ]);
  it("weighs events by inverse frequency, capped at the scale's top", () => {
    expect(Object.fromEntries(suggestWeights(counts, 100))).toEqual({
      workflow_run: 1,
      workflow_saved: 10,
      colleague_invited: 100,
      never: 100,
    });
    expect(suggestWeights(counts, 1000).get("colleague_invited")).toBe(333);
    expect(suggestWeights(counts, 10).get("workflow_saved")).toBe(10);
  });
});

describe("trendOf", () => {
  it("says up or down from 5 points, flat below, nothing without both", () => {
    expect(trendOf(60, 50)).toBe("up");
    expect(trendOf(40, 50)).toBe("down");
    expect(trendOf(52, 50)).toBe("flat");
    expect(trendOf(null, 50)).toBeNull();
  });
});

describe("pesOf (Pendo's Product Engagement Score)", () => {
  it("averages adoption, stickiness and capped growth, each 0–100", () => {
    // Adoption 0.5 → 50; DAU/MAU 0.2 → 20; growth ratio 1 (replacing what is lost) → 50.
    expect(pesOf({ adoption: 0.5, stickiness: 0.2, growthRatio: 1 })).toEqual({
      adoption: 50,
      stickiness: 20,
      growth: 50,
      pes: 40,
    });
  });
  it("caps growth at twice what is lost", () => {
    expect(pesOf({ adoption: 1, stickiness: 1, growthRatio: 5 }).growth).toBe(100);
    expect(pesOf({ adoption: 1, stickiness: 1, growthRatio: 0.5 }).growth).toBe(25);
  });
  it("is undefined when a component cannot be computed", () => {
    expect(pesOf({ adoption: null, stickiness: 0.2, growthRatio: 1 }).pes).toBeNull();
  });
});

describe("score bands and NPS (does the score predict them?)", () => {
  it("puts a score in its band of 20 points, 100 in the last", () => {
    expect([0, 19.9, 20, 59.5, 80, 100].map(bandOf)).toEqual([0, 0, 1, 2, 4, 4]);
  });
  it("computes NPS as % promoters − % detractors", () => {
    // 2 promoters (9, 10), 1 passive (8), 1 detractor (3): (2 − 1) / 4 = +25.
    expect(npsOf([9, 10, 8, 3])).toBe(25);
    expect(npsOf([0, 6])).toBe(-100);
    expect(npsOf([])).toBeNull();
  });
});

describe("healthOf (accounts)", () => {
  const base = { users: 4, activeUsers: 2, score: 40, previous: 42 };
  it("is dormant without an active user in 30 days, whatever the score", () => {
    expect(healthOf({ ...base, activeUsers: 0, score: 90 })).toBe("dormant");
  });
  it("is at risk under 15 points, after a drop of 10 or more, or with at most a quarter of users active", () => {
    expect(healthOf({ ...base, score: 14.9 })).toBe("at_risk");
    expect(healthOf({ ...base, score: 40, previous: 50 })).toBe("at_risk");
    expect(healthOf({ ...base, activeUsers: 1 })).toBe("at_risk");
  });
  it("is healthy otherwise, also without any snapshot yet", () => {
    expect(healthOf(base)).toBe("healthy");
    expect(healthOf({ ...base, score: 40, previous: 49.9 })).toBe("healthy");
    expect(healthOf({ ...base, score: null, previous: null })).toBe("healthy");
  });
});

describe("thresholds on one-decimal scores", () => {
  it("counts a drop of exactly 10.0 as a drop of 10, and 5.0 as a trend, whatever the float error", () => {
    // 25.4 − 15.4 is 9.999999999999998 in floating point.
    expect(healthOf({ users: 2, activeUsers: 2, score: 15.4, previous: 25.4 })).toBe("at_risk");
    expect(trendOf(55.4, 50.4)).toBe("up");
    expect(trendOf(50.4, 55.4)).toBe("down");
  });
});
