import { describe, expect, it } from "vitest";
import { distinctVoters, planVoteMerge } from "../../server/roadmap/vote-merge";
import { trendingScore } from "../../server/roadmap/trending";

describe("planVoteMerge", () => {
  const source = [
    { id: "s1", voterKey: "u:ada" },
    { id: "s2", voterKey: "u:bo" },
    { id: "s3", voterKey: "e:cy@example.com" },
  ];
  const target = [
    { id: "t1", voterKey: "u:bo" },
    { id: "t2", voterKey: "u:dee" },
  ];

  it("moves the votes of voters new to the target and drops those already on it", () => {
    expect(planVoteMerge(source, target)).toEqual({ move: ["s1", "s3"], drop: ["s2"] });
  });

  it("leaves the target with one vote per distinct voter of both items", () => {
    const plan = planVoteMerge(source, target);
    expect(target.length + plan.move.length).toBe(distinctVoters(source, target));
    expect(distinctVoters(source, target)).toBe(4);
  });

  it("moves everything into an item nobody voted on, and nothing from an item without votes", () => {
    expect(planVoteMerge(source, [])).toEqual({ move: ["s1", "s2", "s3"], drop: [] });
    expect(planVoteMerge([], target)).toEqual({ move: [], drop: [] });
  });
});

describe("trendingScore", () => {
  const now = new Date("2026-12-08T12:00:00Z");
  const daysAgo = (d: number) => new Date(now.getTime() - d * 86_400_000);

  it("weighs each vote by 2^(−age / 7 days) and each comment half as much (hand-computed)", () => {
    // Votes now (1), 7 days ago (0.5), 14 days ago (0.25); a comment 7 days ago (0.5 × 0.5).
    expect(trendingScore([daysAgo(0), daysAgo(7), daysAgo(14)], [daysAgo(7)], now)).toBeCloseTo(2.0);
  });

  it("orders recent interest above an older, larger pile", () => {
    const recent = trendingScore([daysAgo(1), daysAgo(2), daysAgo(3)], [], now);
    const old = trendingScore(
      Array.from({ length: 10 }, () => daysAgo(60)),
      [],
      now,
    );
    // 2^(−1/7) + 2^(−2/7) + 2^(−3/7) = 0.9057 + 0.8203 + 0.7430 ≈ 2.469 against 10 × 2^(−60/7) ≈ 0.026.
    expect(recent).toBeCloseTo(2.469, 3);
    expect(old).toBeCloseTo(0.0262, 3);
    expect(recent).toBeGreaterThan(old);
  });

  it("counts a time in the future as now", () => {
    expect(trendingScore([new Date(now.getTime() + 3_600_000)], [], now)).toBe(1);
  });
});
