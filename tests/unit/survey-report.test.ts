// The survey report's pure parts on hand-computed data: the period, the filters, the grouping into
// breakdowns, the headline metric, and CSV cells.
import { describe, expect, it } from "vitest";
import { AppError } from "../../server/errors";
import {
  buildSurveyReport,
  groupSummary,
  MAX_TRAIT_GROUPS,
  toneOf,
  type ReportRow,
} from "../../server/surveys/reports/build-report";
import { csvCell, csvLine } from "../../server/contract/csv";
import { matchesFilters, planOf, traitText } from "../../server/surveys/reports/filters";
import { headlineMetric } from "../../server/surveys/reports/headline";
import { dayOfIso, isoOfDay } from "../../server/calendar/day-number";
import { resolvePeriod } from "../../server/calendar/report-period";

describe("resolvePeriod", () => {
  // 2026-11-24 06:30 UTC is 07:30 in Paris, 2026-11-23 22:30 in Los Angeles.
  const now = new Date("2026-11-24T06:30:00Z");

  it("defaults to the last 12 weeks ending today in the workspace's zone", () => {
    const p = resolvePeriod({}, "Europe/Paris", now);
    expect(p).toMatchObject({ from: "2026-09-02", to: "2026-11-24", toDay: dayOfIso("2026-11-24") });
    expect(p.toDay - p.fromDay + 1).toBe(84);
    // Paris midnight: 23:00 UTC the day before (CEST ended in October).
    expect(p.toAt.toISOString()).toBe("2026-11-24T23:00:00.000Z");
    expect(resolvePeriod({}, "America/Los_Angeles", now).to).toBe("2026-11-23");
  });

  it("takes either side alone, and refuses an inverted or too long period", () => {
    expect(resolvePeriod({ from: "2026-11-01" }, "UTC", now)).toMatchObject({ from: "2026-11-01", to: "2026-11-24" });
    expect(resolvePeriod({ to: "2026-03-31" }, "UTC", now)).toMatchObject({ from: "2026-01-07", to: "2026-03-31" });
    expect(() => resolvePeriod({ from: "2026-05-02", to: "2026-05-01" }, "UTC", now)).toThrow(AppError);
    expect(() => resolvePeriod({ from: "2024-01-01", to: "2026-01-01" }, "UTC", now)).toThrow("at most 731 days");
    expect(resolvePeriod({ from: "2025-01-01", to: "2026-12-31" }, "UTC", now).toDay - dayOfIso("2025-01-01") + 1).toBe(
      730,
    );
  });

  it("numbers days like ingest does", () => {
    expect(dayOfIso("1970-01-02")).toBe(1);
    expect(isoOfDay(dayOfIso("2026-02-28") + 1)).toBe("2026-03-01");
  });
});

describe("filters", () => {
  const row = (userTraits: Record<string, unknown>, accountTraits: Record<string, unknown> | null) => ({
    userTraits,
    accountTraits,
  });

  it("plan: the account's plan trait, case-insensitive; no account never matches", () => {
    expect(matchesFilters(row({}, { plan: "Pro" }), { plan: "pro" })).toBe(true);
    expect(matchesFilters(row({}, { plan: "free" }), { plan: "pro" })).toBe(false);
    expect(matchesFilters(row({}, null), { plan: "pro" })).toBe(false);
    expect(matchesFilters(row({}, null), {})).toBe(true);
  });

  it("segment: trait equals the value, nested keys too; a key alone means the trait is set", () => {
    expect(matchesFilters(row({ role: "Engineer" }, null), { traitKey: "role", traitValue: "engineer" })).toBe(true);
    expect(matchesFilters(row({ company: { size: 50 } }, null), { traitKey: "company.size", traitValue: "50" })).toBe(
      true,
    );
    expect(matchesFilters(row({ role: "sales" }, null), { traitKey: "role", traitValue: "engineer" })).toBe(false);
    expect(matchesFilters(row({ role: "sales" }, null), { traitKey: "role" })).toBe(true);
    expect(matchesFilters(row({}, null), { traitKey: "role" })).toBe(false);
  });

  it("reads trait values as labels", () => {
    expect([
      traitText("a"),
      traitText(3),
      traitText(false),
      traitText(["x", "y"]),
      traitText(""),
      traitText(null),
      traitText({ a: 1 }),
    ]).toEqual(["a", "3", "false", "x, y", null, null, '{"a":1}']);
    expect([planOf(null), planOf({}), planOf({ plan: "pro" })]).toEqual([null, null, "pro"]);
  });
});

describe("headlineMetric", () => {
  const at = (d: number) => new Date(Date.UTC(2026, 9, d));
  it("user NPS per user's latest answer; CSAT %; CES mean; open counts", () => {
    // u1 9 then 2 (latest: detractor), u2 10, u3 7 → 1 P, 1 Pa, 1 D → 0.
    expect(
      headlineMetric("nps", [
        { userId: "u1", score: 9, at: at(1) },
        { userId: "u1", score: 2, at: at(2) },
        { userId: "u2", score: 10, at: at(1) },
        { userId: "u3", score: 7, at: at(1) },
      ]),
    ).toEqual({ value: 0, n: 3 });
    expect(
      headlineMetric(
        "csat",
        [5, 4, 1, 3].map((score, i) => ({ userId: `u${i}`, score, at: at(1) })),
      ),
    ).toEqual({ value: 50, n: 4 });
    expect(
      headlineMetric(
        "ces",
        [7, 4, 4].map((score) => ({ userId: "u", score, at: at(1) })),
      ),
    ).toEqual({ value: 5, n: 3 });
    expect(headlineMetric("open", [{ userId: "u", score: null, at: at(1) }])).toEqual({ value: null, n: 1 });
    expect(headlineMetric("nps", [])).toEqual({ value: null, n: 0 });
  });
});

describe("buildSurveyReport", () => {
  const period = {
    from: "2026-10-05",
    to: "2026-10-18",
    fromDay: dayOfIso("2026-10-05"),
    toDay: dayOfIso("2026-10-18"),
    timeZone: "UTC",
  };
  let n = 0;
  const r = (
    user: string,
    account: string | null,
    persona: string | null,
    score: number | null,
    day: string,
    traits: Record<string, unknown> = {},
    plan?: string,
  ): ReportRow => ({
    id: `r${++n}`,
    score,
    comment: null,
    createdAt: new Date(`${day}T12:00:00Z`),
    endUserId: user,
    accountId: account,
    personaId: persona,
    personaName: persona === null ? null : `Persona ${persona}`,
    userTraits: traits,
    accountTraits: account === null ? null : plan === undefined ? {} : { plan },
  });

  it("NPS: user vs account NPS, the distribution of counted answers, breakdowns", () => {
    // Account a1 {u1: 10, u2: 0} → NPS 0; account a2 {u3: 9} → 100; u4 has no account: 8.
    // User NPS: P u1 u3, D u2, Pa u4 → 100 × (2 − 1) / 4 = 25. Account NPS: (0 + 100) / 2 = 50.
    const rows = [
      r("u1", "a1", "p1", 3, "2026-10-05", { team: "core" }, "pro"),
      r("u1", "a1", "p1", 10, "2026-10-12", { team: "core" }, "pro"),
      r("u2", "a1", "p2", 0, "2026-10-06", { team: "ops" }, "pro"),
      r("u3", "a2", "p1", 9, "2026-10-13", {}, undefined),
      r("u4", null, null, 8, "2026-10-14"),
    ];
    const report = buildSurveyReport({
      survey: { id: "s", name: "S", kind: "nps", status: "active" },
      period,
      rows,
      pickerRows: rows,
      displays: 10,
      breakdownKey: "team",
    });
    expect(report.nps).toEqual({
      user: { nps: 25, promoters: 2, passives: 1, detractors: 1, n: 4 },
      account: { nps: 50, accounts: 2 },
    });
    expect([report.responses, report.respondents, report.responseRate]).toEqual([5, 4, 0.5]);
    // The counted answers: 10, 0, 9, 8 (u1's 3 is replaced by their later 10).
    expect(report.distribution.filter((d) => d.count > 0)).toEqual([
      { score: 0, count: 1 },
      { score: 8, count: 1 },
      { score: 9, count: 1 },
      { score: 10, count: 1 },
    ]);
    expect(report.tones).toEqual({ negative: 1, neutral: 1, positive: 2 });
    // Week 0 (Oct 5–11): u1 3, u2 0 → −100. Week 1 (Oct 12–18): u1 10, u3 9, u4 8 → (2 − 0) / 3.
    expect(report.weekly.map((w) => [w.from, w.n])).toEqual([
      ["2026-10-05", 2],
      ["2026-10-12", 3],
    ]);
    expect(report.weekly[0]!.value).toBe(-100);
    expect(report.weekly[1]!.value).toBeCloseTo(200 / 3, 12);
    // Persona p1 {u1 10, u3 9} → 100; p2 {u2 0} → −100; none {u4 8} → 0.
    expect(report.breakdowns.persona.map((g) => [g.label, g.value, g.n])).toEqual([
      ["Persona p1", 100, 2],
      ["Persona p2", -100, 1],
      ["No persona", 0, 1],
    ]);
    // Plan: a1 pro {u1 10, u2 0} → 0; u4 has no account {8} → 0; a2 has no plan trait {u3 9} → 100.
    expect(report.breakdowns.plan.map((g) => [g.label, g.value])).toEqual([
      ["pro", 0],
      ["No account", 0],
      ["No plan", 100],
    ]);
    // Groups sort by answers (core has 2: u1 twice), real values before "not set" on a tie.
    expect(report.breakdowns.trait!.groups.map((g) => [g.key, g.label, g.n])).toEqual([
      ["core", "core", 1],
      [null, "(not set)", 2],
      ["ops", "ops", 1],
    ]);
    expect(report.traitKeys).toEqual(["team"]);
    expect(report.plans).toEqual(["pro"]);
  });

  it("folds trait values past the cap into one group", () => {
    const rows = Array.from({ length: MAX_TRAIT_GROUPS + 3 }, (_, i) =>
      r(`u${i}`, null, null, 9, "2026-10-07", { city: `c${String(i).padStart(2, "0")}` }),
    );
    const report = buildSurveyReport({
      survey: { id: "s", name: "S", kind: "nps", status: "active" },
      period,
      rows,
      pickerRows: rows,
      displays: 0,
      breakdownKey: "city",
    });
    const groups = report.breakdowns.trait!.groups;
    expect(groups.length).toBe(MAX_TRAIT_GROUPS);
    expect(groups[groups.length - 1]).toMatchObject({ key: "(other)", label: "Other values", n: 4 });
    expect(report.responseRate).toBeNull();
  });

  it("CSAT and CES group every answer; open questions only count", () => {
    const scores = [5, 4, 3, 2, 1].map((s, i) => r(`u${i}`, null, null, s, "2026-10-08"));
    expect(groupSummary("csat", scores)).toEqual({ n: 5, tones: { negative: 2, neutral: 1, positive: 2 }, value: 40 });
    // CES tones: 1–3 hard (3, 2, 1), 4 neutral, 5–7 easy (5).
    expect(groupSummary("ces", scores)).toEqual({ n: 5, tones: { negative: 3, neutral: 1, positive: 1 }, value: 3 });
    const open = [r("u1", null, null, null, "2026-10-08"), r("u2", null, null, null, "2026-10-15")];
    const report = buildSurveyReport({
      survey: { id: "s", name: "S", kind: "open", status: "active" },
      period,
      rows: open,
      pickerRows: open,
      displays: 4,
      breakdownKey: null,
    });
    expect(report).toMatchObject({
      nps: null,
      csat: null,
      ces: null,
      distribution: [],
      responses: 2,
      responseRate: 0.5,
      breakdowns: { trait: null },
    });
    expect(report.weekly.map((w) => [w.n, w.value])).toEqual([
      [1, null],
      [1, null],
    ]);
    expect(toneOf("open", null)).toBeNull();
    expect(toneOf("nps", 6)).toBe("negative");
    expect(toneOf("ces", 4)).toBe("neutral");
  });
});

describe("CSV cells", () => {
  it("quotes per RFC 4180 only when needed", () => {
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell("a,b")).toBe('"a,b"');
    expect(csvCell("line\nbreak")).toBe('"line\nbreak"');
    expect(csvCell("cr\rhere")).toBe('"cr\rhere"');
    expect(csvCell(null)).toBe("");
    expect(csvCell(10)).toBe("10");
    expect(csvLine(["a", 1, null, "b,c"])).toBe('a,1,,"b,c"\r\n');
  });

  it("keeps formulas as text: = + - @ tab and CR get a leading apostrophe", () => {
    expect(csvCell("=1+1")).toBe("'=1+1");
    expect(csvCell("+33 6 12")).toBe("'+33 6 12");
    expect(csvCell("-2")).toBe("'-2");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("\t=1")).toBe("'\t=1");
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvCell("a=b")).toBe("a=b");
    // Numbers are ours, never a formula.
    expect(csvCell(-1)).toBe("-1");
  });
});
