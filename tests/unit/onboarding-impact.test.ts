// Guide impact on hand-computed numbers. Z = 1.959964 (97.5th normal percentile) throughout.
import { describe, expect, it } from "vitest";
import { approximationHolds, computeImpact, differenceOfProportions } from "../../server/onboarding/reports/impact";
import { erfc, twoSidedNormalP } from "../../server/onboarding/reports/stats";
import type { TImpactReport } from "../../server/onboarding/reports/schemas";

const checklist = (holdoutPercent = 10) => ({
  id: "c1",
  title: "Get started",
  status: "live" as const,
  holdoutPercent,
});

function impact(
  exposed: [number, number],
  holdout: [number, number],
  opts: { goal?: string | null; holdoutPercent?: number; filtered?: boolean } = {},
) {
  return computeImpact({
    checklist: checklist(opts.holdoutPercent),
    goalEvent: opts.goal === undefined ? "workflow_run" : opts.goal,
    goalSource: opts.goal === null ? null : "checklist",
    exposed: { converted: exposed[0], users: exposed[1], seen: exposed[1] },
    holdout: { converted: holdout[0], users: holdout[1] },
    filtered: opts.filtered,
  });
}

describe("differenceOfProportions", () => {
  it("a difference whose interval just includes 0 (60/200 vs 20/100)", () => {
    // p1 = 60/200 = 0.30, p2 = 20/100 = 0.20, difference = 0.10
    // SE = √(0.30·0.70/200 + 0.20·0.80/100) = √(0.00105 + 0.0016) = √0.00265 = 0.0514782
    // margin = 1.959964 · 0.0514782 = 0.1008953 → CI = [−0.0008953, 0.2008953]
    // pooled p = 80/300 = 0.266667; SE0 = √(0.266667·0.733333·(1/200 + 1/100)) = √(0.195556·0.015)
    //   = √0.00293333 = 0.0541603; z = 0.10 / 0.0541603 = 1.846372; p = 2(1 − Φ(1.846372)) = 0.06484
    const d = differenceOfProportions({ converted: 60, users: 200 }, { converted: 20, users: 100 })!;
    expect(d.difference).toBeCloseTo(0.1, 12);
    expect(d.standardError).toBeCloseTo(0.0514782, 6);
    expect(d.ci.low).toBeCloseTo(-0.0008953, 6);
    expect(d.ci.high).toBeCloseTo(0.2008953, 6);
    expect(d.z).toBeCloseTo(1.846372, 5);
    expect(d.pValue).toBeCloseTo(0.06484, 4);
  });

  it("a clear lift (300/1000 vs 50/250)", () => {
    // p1 = 0.30, p2 = 50/250 = 0.20, difference = 0.10
    // SE = √(0.21/1000 + 0.16/250) = √(0.00021 + 0.00064) = √0.00085 = 0.0291548
    // margin = 1.959964 · 0.0291548 = 0.0571423 → CI = [0.0428577, 0.1571423]
    // pooled p = 350/1250 = 0.28; SE0 = √(0.28·0.72·(0.001 + 0.004)) = √0.001008 = 0.0317490
    //   z = 0.10 / 0.0317490 = 3.149704; p = 0.001634
    const d = differenceOfProportions({ converted: 300, users: 1000 }, { converted: 50, users: 250 })!;
    expect(d.ci.low).toBeCloseTo(0.0428577, 6);
    expect(d.ci.high).toBeCloseTo(0.1571423, 6);
    expect(d.z).toBeCloseTo(3.149704, 5);
    expect(d.pValue).toBeCloseTo(0.001634, 5);
  });

  it("a drop (100/500 vs 60/200)", () => {
    // p1 = 0.20, p2 = 0.30, difference = −0.10
    // SE = √(0.16/500 + 0.21/200) = √(0.00032 + 0.00105) = √0.00137 = 0.0370135
    // margin = 0.0725451 → CI = [−0.1725451, −0.0274549]
    // pooled p = 160/700 = 0.228571; SE0 = √(0.228571·0.771429·(1/500 + 1/200)) = 0.0351324
    //   z = −0.10 / 0.0351324 = −2.846375; p = 0.004422
    const d = differenceOfProportions({ converted: 100, users: 500 }, { converted: 60, users: 200 })!;
    expect(d.ci.low).toBeCloseTo(-0.1725451, 6);
    expect(d.ci.high).toBeCloseTo(-0.0274549, 6);
    expect(d.z).toBeCloseTo(-2.846375, 5);
    expect(d.pValue).toBeCloseTo(0.004422, 5);
  });

  it("100% vs 0%: zero-width Wald interval, finite z and p", () => {
    // p1 = 1, p2 = 0: SE = √(0 + 0) = 0 → CI = [1, 1]
    // pooled p = 50/100 = 0.5; SE0 = √(0.25·(1/50 + 1/50)) = √0.01 = 0.1; z = 1/0.1 = 10; p ≈ 1.52e-23
    const d = differenceOfProportions({ converted: 50, users: 50 }, { converted: 0, users: 50 })!;
    expect(d).toMatchObject({ difference: 1, standardError: 0, ci: { low: 1, high: 1 }, z: 10 });
    expect(d.pValue).toBeGreaterThan(0);
    expect(d.pValue).toBeLessThan(1e-20);
  });

  it("0% in both groups: no difference, z = 0, p = 1 (the pooled SE is 0, nothing divides by it)", () => {
    expect(differenceOfProportions({ converted: 0, users: 50 }, { converted: 0, users: 50 })).toEqual({
      difference: 0,
      standardError: 0,
      ci: { low: 0, high: 0 },
      z: 0,
      pValue: 1,
    });
    expect(differenceOfProportions({ converted: 7, users: 7 }, { converted: 3, users: 3 })!.pValue).toBe(1);
  });

  it("clamps the interval to [−1, 1]", () => {
    // p1 = 5/5 = 1, p2 = 1/10 = 0.1: difference 0.9, SE = √(0 + 0.09/10) = 0.0948683,
    // margin = 0.1859385 → high 1.0859 clamped to 1, low 0.7140615
    const d = differenceOfProportions({ converted: 5, users: 5 }, { converted: 1, users: 10 })!;
    expect(d.ci.high).toBe(1);
    expect(d.ci.low).toBeCloseTo(0.7140615, 6);
  });

  it("is null when a group is empty and refuses impossible counts", () => {
    expect(differenceOfProportions({ converted: 0, users: 0 }, { converted: 1, users: 4 })).toBeNull();
    expect(differenceOfProportions({ converted: 1, users: 4 }, { converted: 0, users: 0 })).toBeNull();
    expect(() => differenceOfProportions({ converted: 5, users: 4 }, { converted: 0, users: 4 })).toThrow(
      /inconsistent/,
    );
    expect(() => differenceOfProportions({ converted: -1, users: 4 }, { converted: 0, users: 4 })).toThrow(
      /inconsistent/,
    );
  });

  it("never yields NaN or infinities for any small counts", () => {
    for (let n1 = 0; n1 <= 6; n1++)
      for (let x1 = 0; x1 <= n1; x1++)
        for (let n2 = 0; n2 <= 6; n2++)
          for (let x2 = 0; x2 <= n2; x2++) {
            const report = impact([x1, n1], [x2, n2]);
            const numbers = [
              report.difference,
              report.ci?.low,
              report.ci?.high,
              report.z,
              report.pValue,
              report.exposed.rate,
              report.holdout.rate,
            ];
            for (const value of numbers)
              if (value !== null && value !== undefined)
                expect(Number.isFinite(value), `${x1}/${n1} vs ${x2}/${n2}`).toBe(true);
            expect(report.reading).not.toMatch(/NaN|Infinity|undefined/);
          }
  });
});

describe("normal tail", () => {
  it("matches known quantiles", () => {
    expect(erfc(0)).toBeCloseTo(1, 7);
    expect(twoSidedNormalP(0)).toBeCloseTo(1, 7);
    expect(twoSidedNormalP(1.959963984540054)).toBeCloseTo(0.05, 6);
    expect(twoSidedNormalP(-2.5758293035489)).toBeCloseTo(0.01, 6);
    expect(twoSidedNormalP(3.2905267314919)).toBeCloseTo(0.001, 7);
  });
});

describe("approximationHolds", () => {
  it("needs 5 converted and 5 unconverted users in each group", () => {
    expect(approximationHolds({ converted: 5, users: 10 }, { converted: 5, users: 10 })).toBe(true);
    expect(approximationHolds({ converted: 4, users: 10 }, { converted: 5, users: 10 })).toBe(false);
    expect(approximationHolds({ converted: 6, users: 10 }, { converted: 5, users: 10 })).toBe(false);
    expect(approximationHolds({ converted: 5, users: 10 }, { converted: 5, users: 9 })).toBe(false);
  });
});

describe("computeImpact: verdict and reading", () => {
  it("not significant yet, with sizes and the interval", () => {
    const r = impact([60, 200], [20, 100]);
    expect(r.verdict).toBe("not_significant");
    expect(r.approximationOk).toBe(true);
    expect(r.exposed).toEqual({ users: 200, converted: 60, seen: 200, rate: 0.3 });
    expect(r.holdout).toEqual({ users: 100, converted: 20, rate: 0.2 });
    expect(r.reading).toBe(
      "Not significant yet (n=200 exposed, 100 holdout): the interval \u22120.1 to +20.1 pp includes 0.",
    );
  });

  it("a significant lift", () => {
    const r = impact([300, 1000], [50, 250]);
    expect(r.verdict).toBe("better");
    expect(r.reading).toBe("Exposed users convert 10.0 pp more (95% CI 4.3 to 15.7 pp).");
  });

  it("a significant drop", () => {
    const r = impact([100, 500], [60, 200]);
    expect(r.verdict).toBe("worse");
    expect(r.reading).toBe("Exposed users convert 10.0 pp less (95% CI \u221217.3 to \u22122.7 pp).");
  });

  it("too few converted or unconverted users: says so, still shows the numbers", () => {
    const r = impact([50, 50], [0, 50]);
    expect(r.verdict).toBe("too_few");
    expect(r.approximationOk).toBe(false);
    expect(r.reading).toBe(
      "Too few users to tell yet (n=50 exposed, 50 holdout): each group needs at least 5 converted and 5 unconverted users before the interval can be trusted. " +
        "So far the difference is +100.0 pp (95% CI +100.0 to +100.0 pp).",
    );
    expect(impact([0, 50], [0, 50]).verdict).toBe("too_few");
  });

  it("empty groups", () => {
    const none = impact([0, 0], [0, 0]);
    expect(none).toMatchObject({
      verdict: "no_users",
      difference: null,
      ci: null,
      z: null,
      pValue: null,
      approximationOk: false,
    });
    expect(none.exposed.rate).toBeNull();
    expect(none.reading).toBe("No one has entered this checklist yet: make it live and embed the widget.");
    expect(impact([0, 0], [0, 0], { filtered: true }).reading).toBe(
      "No users match these filters: widen the date range or pick another persona.",
    );

    expect(impact([10, 40], [0, 0], { holdoutPercent: 0 }).reading).toBe(
      "No holdout group (n=40 exposed): set a holdout percentage above 0 so some targeted users don't see the checklist, then compare.",
    );
    const waiting = impact([10, 40], [0, 0], { holdoutPercent: 10 });
    expect(waiting.verdict).toBe("no_holdout");
    expect(waiting.exposed.rate).toBe(0.25);
    expect(waiting.reading).toBe(
      "No holdout users yet (n=40 exposed): 10% of newly targeted users are held out, so check back when more have entered.",
    );

    expect(impact([0, 0], [2, 9]).verdict).toBe("no_exposed");
    expect(impact([0, 0], [2, 9]).reading).toBe(
      "No exposed users yet (n=9 holdout): make the checklist live and embed the widget.",
    );
  });

  it("without a goal event there is nothing to compare, not a 0% rate", () => {
    const r: TImpactReport = impact([0, 40], [0, 10], { goal: null });
    expect(r).toMatchObject({ verdict: "no_goal", goalEvent: null, goalSource: null, difference: null, pValue: null });
    expect(r.exposed).toEqual({ users: 40, converted: 0, seen: 40, rate: null });
    expect(r.holdout.rate).toBeNull();
    expect(r.reading).toMatch(/^No goal event to measure/);
  });
});
