// Survey metrics (NPS, CSAT, CES, distributions, weekly series, response rate) on hand-computed data.
import { describe, expect, it } from "vitest";
import { AppError } from "../../server/errors";
import {
  accountNps,
  ces,
  csat,
  latestPerUser,
  npsCategory,
  responseRate,
  roundMetric,
  scoreDistribution,
  userNps,
  weeklySeries,
  type DayResponse,
  type NpsResponse,
} from "../../server/surveys/metrics";

const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 0, minute));
const r = (userId: string, accountId: string | null, score: number, minute = 0): NpsResponse => ({
  userId,
  accountId,
  score,
  at: at(minute),
});

function expectBadRequest(fn: () => unknown) {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("BAD_REQUEST");
    return;
  }
  throw new Error("expected a BAD_REQUEST AppError");
}

describe("npsCategory", () => {
  it("splits 0–6 / 7–8 / 9–10 at the edges", () => {
    expect([0, 6, 7, 8, 9, 10].map(npsCategory)).toEqual([
      "detractor",
      "detractor",
      "passive",
      "passive",
      "promoter",
      "promoter",
    ]);
  });
  it("rejects scores that are not integers 0–10", () => {
    for (const bad of [-1, 11, 7.5, Number.NaN, Number.POSITIVE_INFINITY]) expectBadRequest(() => npsCategory(bad));
  });
});

describe("userNps", () => {
  it("is null with no responses", () => {
    expect(userNps([])).toEqual({ nps: null, promoters: 0, passives: 0, detractors: 0, n: 0 });
  });
  it("is 100 when everyone promotes and −100 when everyone detracts", () => {
    expect(userNps([r("a", null, 9), r("b", null, 10)]).nps).toBe(100);
    expect(userNps([r("a", null, 0), r("b", null, 6), r("c", null, 3)]).nps).toBe(-100);
  });
  it("counts each user's latest response only", () => {
    // u1: 0 at minute 1, then 10 at minute 2 → 10 (promoter)
    // u2: 10 then 3, both at minute 5 → tie, later in input wins → 3 (detractor)
    // u3: 9 at minute 9 listed before 2 at minute 1 → latest by time is 9 (promoter)
    // → promoters 2, passives 0, detractors 1, n 3; NPS = 100 × (2 − 1) / 3 = 33.333…
    const s = userNps([
      r("u1", null, 0, 1),
      r("u1", null, 10, 2),
      r("u2", null, 10, 5),
      r("u2", null, 3, 5),
      r("u3", null, 9, 9),
      r("u3", null, 2, 1),
    ]);
    expect(s).toEqual({ nps: 100 / 3, promoters: 2, passives: 0, detractors: 1, n: 3 });
  });
  it("breaks a same-timestamp tie by input order, whichever score comes last", () => {
    expect(latestPerUser([r("u", null, 3, 5), r("u", null, 10, 5)]).map((x) => x.score)).toEqual([10]);
    expect(latestPerUser([r("u", null, 10, 5), r("u", null, 3, 5)]).map((x) => x.score)).toEqual([3]);
  });
  it("validates every response, even one superseded by a newer answer", () => {
    expectBadRequest(() => userNps([r("u", null, 11, 1), r("u", null, 9, 2)]));
    expectBadRequest(() => userNps([{ userId: "u", score: 9, at: new Date("nope") }]));
  });
});

describe("accountNps vs userNps", () => {
  // Account A: 10 users, all 10 (promoters)  → NPS_A = 100 × (10 − 0) / 10 = 100
  // Account B: 1 user, 3 (detractor)         → NPS_B = −100
  // Account C: 1 user, 2 (detractor)         → NPS_C = −100
  // User z: no account, 8 (passive)          → in user NPS only
  // User NPS: promoters 10, passives 1, detractors 2, n 13 → 100 × (10 − 2) / 13 = 61.538…
  // Account NPS: (100 − 100 − 100) / 3 = −33.333…
  const responses = [
    ...Array.from({ length: 10 }, (_, i) => r(`a${i}`, "A", 10)),
    r("b1", "B", 3),
    r("c1", "C", 2),
    r("z", null, 8),
  ];
  it("user NPS is dominated by the big account", () => {
    expect(userNps(responses)).toEqual({ nps: 800 / 13, promoters: 10, passives: 1, detractors: 2, n: 13 });
    expect(roundMetric(userNps(responses).nps)).toBe(61.5);
  });
  it("account NPS weighs every account equally and skips users without an account", () => {
    const s = accountNps(responses);
    expect(s.nps).toBeCloseTo(-100 / 3, 12);
    expect(roundMetric(s.nps)).toBe(-33.3);
    expect(s.accounts).toBe(3);
    expect(s.perAccount).toEqual([
      { accountId: "A", nps: 100, n: 10 },
      { accountId: "B", nps: -100, n: 1 },
      { accountId: "C", nps: -100, n: 1 },
    ]);
  });
  it("uses each account's users' latest responses", () => {
    // A: x answered 2 then 10 → 10; y answered 7 → NPS_A = 100 × (1 − 0) / 2 = 50
    // B: w answered 10 then 0 → 0 → NPS_B = −100;  mean = (50 − 100) / 2 = −25
    const s = accountNps([
      r("x", "A", 2, 1),
      r("x", "A", 10, 2),
      r("y", "A", 7),
      r("w", "B", 10, 1),
      r("w", "B", 0, 3),
    ]);
    expect(s).toEqual({
      nps: -25,
      accounts: 2,
      perAccount: [
        { accountId: "A", nps: 50, n: 2 },
        { accountId: "B", nps: -100, n: 1 },
      ],
    });
  });
  it("is null when nobody has an account", () => {
    expect(accountNps([])).toEqual({ nps: null, accounts: 0, perAccount: [] });
    expect(accountNps([r("z", null, 10)])).toEqual({ nps: null, accounts: 0, perAccount: [] });
  });
  it("validates scores of responses without an account too", () => {
    expectBadRequest(() => accountNps([r("z", null, 12)]));
  });
});

describe("csat and ces", () => {
  it("CSAT is the share of 4–5 answers", () => {
    // [5, 4, 3, 2, 1, 5]: 4–5 answers = 3 of 6 → 50
    expect(csat([5, 4, 3, 2, 1, 5])).toBe(50);
    // [4, 4, 2]: 2 of 3 → 66.666… → 66.7
    expect(roundMetric(csat([4, 4, 2]))).toBe(66.7);
    expect(csat([])).toBeNull();
  });
  it("CES is the mean of 1–7 answers", () => {
    // (1 + 2 + 7 + 5) / 4 = 15 / 4 = 3.75
    expect(ces([1, 2, 7, 5])).toBe(3.75);
    expect(ces([])).toBeNull();
  });
  it("rejects answers off their scale", () => {
    expectBadRequest(() => csat([0]));
    expectBadRequest(() => csat([6]));
    expectBadRequest(() => ces([8]));
    expectBadRequest(() => ces([3.5]));
  });
});

describe("scoreDistribution", () => {
  it("lists every possible score, zeros included", () => {
    const nps = scoreDistribution("nps", [10, 10, 0, 7]);
    expect(nps.map((d) => d.score)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(nps.map((d) => d.count)).toEqual([1, 0, 0, 0, 0, 0, 0, 1, 0, 0, 2]);
    expect(scoreDistribution("csat", [])).toEqual([1, 2, 3, 4, 5].map((score) => ({ score, count: 0 })));
    expect(scoreDistribution("ces", [7, 1, 7]).map((d) => d.count)).toEqual([1, 0, 0, 0, 0, 0, 2]);
  });
  it("rejects a score off the kind's scale", () => {
    expectBadRequest(() => scoreDistribution("csat", [6]));
    expectBadRequest(() => scoreDistribution("nps", [-1]));
  });
});

describe("weeklySeries", () => {
  const d = (userId: string, day: number, score: number, minute = 0): DayResponse => ({
    userId,
    day,
    score,
    at: at(minute),
  });
  // fromDay 100, toDay 120 → floor(20 / 7) + 1 = 3 weeks: 100–106, 107–113, 114–120
  it("computes user NPS per week and keeps the empty week", () => {
    // week 0: u1 10 (day 100) then 5 (day 105, later) → 5 detractor; u2 9 promoter → (1 − 1) / 2 = 0, n 2
    // week 1: nothing → null, n 0
    // week 2: u1 10 on day 114 (a new week: u1 counts again) → 100, n 1
    // days 99 and 121 are outside the period
    const series = weeklySeries(
      [d("u1", 100, 10, 1), d("u1", 105, 5, 2), d("u2", 106, 9), d("u1", 114, 10, 3), d("u3", 99, 0), d("u3", 121, 0)],
      { kind: "nps", fromDay: 100, toDay: 120 },
    );
    expect(series).toEqual([
      { week: 0, fromDay: 100, toDay: 106, value: 0, n: 2 },
      { week: 1, fromDay: 107, toDay: 113, value: null, n: 0 },
      { week: 2, fromDay: 114, toDay: 120, value: 100, n: 1 },
    ]);
  });
  it("computes CSAT and CES over every answer of the week, with a short last week", () => {
    // fromDay 0, toDay 8 → weeks 0–6 and 7–8
    // CSAT week 0: [5, 4, 2] → 2 of 3 = 66.666…; week 1: [1] → 0
    const answers = [d("a", 0, 5), d("a", 3, 4), d("b", 6, 2), d("b", 8, 1)];
    const c = weeklySeries(answers, { kind: "csat", fromDay: 0, toDay: 8 });
    expect(c.map((p) => [p.fromDay, p.toDay, p.n])).toEqual([
      [0, 6, 3],
      [7, 8, 1],
    ]);
    expect(c[0]!.value).toBeCloseTo(200 / 3, 12);
    expect(c[1]!.value).toBe(0);
    // CES week 0: (5 + 4 + 2) / 3 = 11 / 3; week 1: 1
    const e = weeklySeries(answers, { kind: "ces", fromDay: 0, toDay: 8 });
    expect(e[0]!.value).toBeCloseTo(11 / 3, 12);
    expect(e[1]!.value).toBe(1);
  });
  it("returns one empty point for an empty one-day period", () => {
    expect(weeklySeries([], { kind: "ces", fromDay: 5, toDay: 5 })).toEqual([
      { week: 0, fromDay: 5, toDay: 5, value: null, n: 0 },
    ]);
  });
  it("rejects a reversed period, fractional days and off-scale scores", () => {
    expectBadRequest(() => weeklySeries([], { kind: "nps", fromDay: 10, toDay: 9 }));
    expectBadRequest(() => weeklySeries([d("a", 1.5, 5)], { kind: "csat", fromDay: 0, toDay: 6 }));
    expectBadRequest(() => weeklySeries([d("a", 1, 6)], { kind: "csat", fromDay: 0, toDay: 6 }));
  });
});

describe("responseRate", () => {
  it("is responses / displays, null without displays", () => {
    // 3 / 12 = 0.25
    expect(responseRate(3, 12)).toBe(0.25);
    expect(responseRate(0, 0)).toBeNull();
    expect(responseRate(0, 4)).toBe(0);
  });
  it("rejects negative or fractional counts", () => {
    expectBadRequest(() => responseRate(-1, 3));
    expectBadRequest(() => responseRate(1, 2.5));
  });
});

describe("roundMetric", () => {
  it("rounds to 1 decimal, symmetrically, without −0, and passes null through", () => {
    expect(roundMetric(66.66666)).toBe(66.7);
    expect(roundMetric(-33.33333)).toBe(-33.3);
    expect(roundMetric(12.25)).toBe(12.3);
    expect(roundMetric(-12.25)).toBe(-12.3);
    expect(roundMetric(-0.04)).toBe(0);
    expect(roundMetric(3.14159, 2)).toBe(3.14);
    expect(roundMetric(null)).toBeNull();
  });
});
