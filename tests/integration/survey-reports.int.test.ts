// surveyReport.get / .verbatims and the responses CSV against the real database (SQLite, then
// PostgreSQL). Rows are inserted directly, as the runtime endpoints would leave them, and every
// number is checked against a hand count written beside it.
//
// Workspace time zone: Europe/Paris (UTC+2 until 2026-10-25, then UTC+1). Period: 2026-10-05
// (Mon) … 2026-11-01 (Sun), 4 weeks: W0 Oct 5–11, W1 Oct 12–18, W2 Oct 19–25, W3 Oct 26–Nov 1.
//
// Personas P1 "Data engineer", P2 "Analyst". Accounts X (plan pro), Y (plan free), Z (plan pro).
//   user  account  persona  role      NPS answers (UTC)
//   A     X        P1       engineer  10 Oct 6 (W0), then 6 Oct 20 (W2) → latest 6, detractor
//   B     X        P1       analyst   9 at Oct 11 22:30 UTC = Oct 12 00:30 Paris → W1, promoter
//   C     X        P2       engineer  8 Oct 8 (W0), passive
//   D     Y        P2       engineer  3 Oct 21 (W2), detractor
//   E     —        —        —         10 Oct 22 (W2), promoter; plus one display not answered
//   F     Z        P1       analyst   9 Oct 23 (W2), promoter
//   G     Y        P2       engineer  0 at Oct 4 21:30 UTC (Oct 4 in Paris) and 1 at Nov 1 23:30 UTC
//                                     (Nov 2 in Paris): both outside the period, displays too
//   H     Y        P2       engineer  one display only (dismissed), Oct 15
// Each answer has its own display one minute before it.
import { beforeAll, describe, expect, it } from "vitest";
import { createUser, createWorkspace, insertPersona, type TestWorkspace } from "../factories";
import { responseCsvChunks } from "../../server/surveys/export-csv";
import { loadReportScope } from "../../server/surveys/reports/load";
import { handleResponsesCsv } from "../../server/surveys/reports/handle-responses-csv";
import { callerFor, testDb, testDialect } from "./support/db";
import { expectTrpcError } from "./support/trpc";
import {
  insertAccount,
  insertDisplay,
  insertEndUser,
  insertResponse,
  insertSurvey,
  type InsertedUser,
} from "./support/survey-rows";

const PERIOD = { from: "2026-10-05", to: "2026-11-01" };
const utc = (iso: string) => new Date(iso);

/** RFC 4180 reader for the checks (quoted fields, doubled quotes, CRLF). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(cell);
      cell = "";
    } else if (ch === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else cell += ch;
  }
  if (cell !== "" || row.length > 0) throw new Error(`CSV does not end with CRLF: ${JSON.stringify(text.slice(-40))}`);
  return rows;
}

describe("survey reports", () => {
  const db = () => testDb();
  let ws: TestWorkspace;
  let workspaceId: string;
  let p1: string;
  let p2: string;
  let npsId: string;
  let csatId: string;
  let cesId: string;
  let openId: string;
  let u: Record<"A" | "B" | "C" | "D" | "E" | "F" | "G" | "H", InsertedUser>;
  let accounts: Record<"X" | "Y" | "Z", { id: string; externalId: string; name: string | null }>;
  const viewer = () => callerFor(ws.user("viewer"));
  const report = (extra: Record<string, unknown> = {}) =>
    viewer().surveyReport.get({ workspaceId, surveyId: npsId, ...PERIOD, ...extra });

  beforeAll(async () => {
    ws = await createWorkspace(db(), { roles: ["admin", "viewer"], timeZone: "Europe/Paris" });
    workspaceId = ws.workspace.id;
    p1 = (await insertPersona(db(), workspaceId, { name: "Data engineer", priority: 1 })).id;
    p2 = (await insertPersona(db(), workspaceId, { name: "Analyst", priority: 2 })).id;
    accounts = {
      X: await insertAccount(db(), workspaceId, { name: "Xenon Ltd", traits: { plan: "pro" } }),
      Y: await insertAccount(db(), workspaceId, { name: "Yak, Inc.", traits: { plan: "free" } }),
      Z: await insertAccount(db(), workspaceId, { name: null, traits: { plan: "pro" } }),
    };
    const user = (key: string, accountId: string | null, personaId: string | null, role?: string) =>
      insertEndUser(db(), workspaceId, {
        externalId: `${key}-${workspaceId}`,
        accountId,
        personaId,
        traits: role ? { role } : {},
      });
    u = {
      A: await user("A", accounts.X.id, p1, "engineer"),
      B: await user("B", accounts.X.id, p1, "analyst"),
      C: await user("C", accounts.X.id, p2, "engineer"),
      D: await user("D", accounts.Y.id, p2, "engineer"),
      E: await user("E", null, null),
      F: await user("F", accounts.Z.id, p1, "analyst"),
      G: await user("G", accounts.Y.id, p2, "engineer"),
      H: await user("H", accounts.Y.id, p2, "engineer"),
    };
    npsId = (await insertSurvey(db(), workspaceId, { kind: "nps", name: 'NPS, Q4 "beta"' })).id;
    const nps = (key: keyof typeof u, at: string, score: number, comment?: string) =>
      insertResponse(db(), workspaceId, npsId, u[key], utc(at), { score, comment, locale: key === "D" ? "fr" : "en" });
    await nps("A", "2026-10-06T10:00:00Z", 10, "First impressions: great");
    await nps("C", "2026-10-08T10:00:00Z", 8, "Fine\nmostly");
    await nps("B", "2026-10-11T22:30:00Z", 9, 'Love it, "really"');
    await nps("A", "2026-10-20T10:00:00Z", 6, "=cmd|' /C calc'!A0");
    await nps("D", "2026-10-21T10:00:00Z", 3, "-broken exports");
    await nps("E", "2026-10-22T10:00:00Z", 10, "@great +1");
    await nps("F", "2026-10-23T10:00:00Z", 9);
    await nps("G", "2026-10-04T21:30:00Z", 0, "outside, before");
    await nps("G", "2026-11-01T23:30:00Z", 1, "outside, after");
    await insertDisplay(db(), workspaceId, npsId, u.H, utc("2026-10-15T10:00:00Z"), { dismissed: true });
    await insertDisplay(db(), workspaceId, npsId, u.E, utc("2026-10-16T10:00:00Z"));

    // CSAT: A 5, B 4, C 3, D 1, E 2, F 5. CES: A 7, B 5, C 2, D 4. Open: two answers.
    csatId = (await insertSurvey(db(), workspaceId, { kind: "csat" })).id;
    const day = "2026-10-13T12:00:00Z";
    for (const [key, score] of [
      ["A", 5],
      ["B", 4],
      ["C", 3],
      ["D", 1],
      ["E", 2],
      ["F", 5],
    ] as const) {
      await insertResponse(db(), workspaceId, csatId, u[key], utc(day), {
        score,
        comment: score <= 2 ? `low ${score}` : null,
      });
    }
    cesId = (await insertSurvey(db(), workspaceId, { kind: "ces" })).id;
    for (const [key, score] of [
      ["A", 7],
      ["B", 5],
      ["C", 2],
      ["D", 4],
    ] as const)
      await insertResponse(db(), workspaceId, cesId, u[key], utc(day), { score });
    openId = (await insertSurvey(db(), workspaceId, { kind: "open" })).id;
    await insertResponse(db(), workspaceId, openId, u.A, utc("2026-10-13T12:00:00Z"), { comment: "Add dark mode" });
    await insertResponse(db(), workspaceId, openId, u.B, utc("2026-10-14T12:00:00Z"), { comment: "Faster exports" });
  });

  it("NPS: user NPS vs account NPS, counts, response rate, distribution", async () => {
    const r = await report();
    expect(r.survey).toMatchObject({ id: npsId, kind: "nps" });
    expect(r.period).toEqual({ ...PERIOD, fromDay: 20731, toDay: 20758, timeZone: "Europe/Paris" });
    // 7 answers in the period (A twice, B, C, D, E, F); G's two fall outside in Paris time.
    expect(r.responses).toBe(7);
    expect(r.respondents).toBe(6);
    // Displays: one per answer (7) + H's + E's unanswered one = 9 → rate 7 / 9.
    expect(r.displays).toBe(9);
    expect(r.responseRate).toBeCloseTo(7 / 9, 12);
    // Latest per user: A 6 (D), B 9 (P), C 8 (Pa), D 3 (D), E 10 (P), F 9 (P) → 3 P, 1 Pa, 2 D
    // → user NPS = 100 × (3 − 2) / 6 = 16.67.
    expect(r.nps!.user).toMatchObject({ promoters: 3, passives: 1, detractors: 2, n: 6 });
    expect(r.nps!.user.nps).toBeCloseTo(100 / 6, 12);
    // Accounts: X {A 6, B 9, C 8} → (1 − 1) / 3 = 0; Y {D 3} → −100; Z {F 9} → 100; E has none.
    // Account NPS = (0 − 100 + 100) / 3 = 0: lower than the user NPS.
    expect(r.nps!.account).toEqual({ nps: 0, accounts: 3 });
    expect(r.csat).toBeNull();
    expect(r.ces).toBeNull();
    // The scores user NPS counts: 3, 6, 8, 9, 9, 10.
    const dist = Object.fromEntries(r.distribution.map((d) => [d.score, d.count]));
    expect(dist).toEqual({ 0: 0, 1: 0, 2: 0, 3: 1, 4: 0, 5: 0, 6: 1, 7: 0, 8: 1, 9: 2, 10: 1 });
    expect(r.tones).toEqual({ negative: 2, neutral: 1, positive: 3 });
  });

  it("NPS over time: weekly, in the workspace's days, empty weeks as gaps", async () => {
    const r = await report();
    // W0: A 10, C 8 → 1 P, 1 Pa → 50. W1: B 9 (Oct 12 in Paris, though Oct 11 in UTC) → 100.
    // W2: A 6, D 3, E 10, F 9 → 2 P, 2 D → 0. W3: nobody → null.
    expect(r.weekly).toEqual([
      { week: 0, from: "2026-10-05", to: "2026-10-11", value: 50, n: 2 },
      { week: 1, from: "2026-10-12", to: "2026-10-18", value: 100, n: 1 },
      { week: 2, from: "2026-10-19", to: "2026-10-25", value: 0, n: 4 },
      { week: 3, from: "2026-10-26", to: "2026-11-01", value: null, n: 0 },
    ]);
  });

  it("breaks promoters / passives / detractors down by persona, plan and a chosen trait", async () => {
    const r = await report({ breakdownKey: "role" });
    const nps = (g: { value: number | null }) => (g.value === null ? null : Math.round(g.value * 100) / 100);
    const rows = (groups: typeof r.breakdowns.persona) =>
      groups.map((g) => [g.label, g.tones.positive, g.tones.neutral, g.tones.negative, g.n, nps(g)]);
    // P1 {A 6, B 9, F 9} → 2 P, 1 D → 33.33; P2 {C 8, D 3} → 1 Pa, 1 D → −50; none {E 10} → 100.
    expect(rows(r.breakdowns.persona)).toEqual([
      ["Data engineer", 2, 0, 1, 3, 33.33],
      ["Analyst", 0, 1, 1, 2, -50],
      ["No persona", 1, 0, 0, 1, 100],
    ]);
    // pro (X and Z) {A 6, B 9, C 8, F 9} → 2 P, 1 Pa, 1 D → 25; free {D 3} → −100; no account {E 10} → 100.
    expect(rows(r.breakdowns.plan)).toEqual([
      ["pro", 2, 1, 1, 4, 25],
      ["free", 0, 0, 1, 1, -100],
      ["No account", 1, 0, 0, 1, 100],
    ]);
    // engineer {A 6, C 8, D 3} → 1 Pa, 2 D → −66.67; analyst {B 9, F 9} → 100; not set {E} → 100.
    expect(r.breakdowns.trait!.key).toBe("role");
    expect(rows(r.breakdowns.trait!.groups)).toEqual([
      ["engineer", 0, 1, 2, 3, -66.67],
      ["analyst", 2, 0, 0, 2, 100],
      ["(not set)", 1, 0, 0, 1, 100],
    ]);
    expect(r.traitKeys).toEqual(["role"]);
    expect(r.plans).toEqual(["free", "pro"]);
  });

  it("filters by plan, persona and a trait segment, displays included", async () => {
    // plan pro: answers A ×2, B, C, F = 5; displays of accounts X and Z: A ×2, B, C, F = 5 → rate 1.
    // Latest: A 6, B 9, C 8, F 9 → 25.
    const pro = await report({ plan: "PRO" });
    expect([pro.responses, pro.displays, pro.responseRate]).toEqual([5, 5, 1]);
    expect(pro.nps!.user.nps).toBe(25);
    // Account NPS on pro: X 0, Z 100 → 50.
    expect(pro.nps!.account).toEqual({ nps: 50, accounts: 2 });
    // The pickers still list every plan.
    expect(pro.plans).toEqual(["free", "pro"]);
    // Persona P2: answers C, D = 2; displays of users now in P2: C, D, H = 3 → 2 / 3. C 8, D 3 → −50.
    const analysts = await report({ personaId: p2 });
    expect([analysts.responses, analysts.displays]).toEqual([2, 3]);
    expect(analysts.responseRate).toBeCloseTo(2 / 3, 12);
    expect(analysts.nps!.user.nps).toBe(-50);
    // role = engineer: answers A ×2, C, D = 4; displays A ×2, C, D, H = 5 → 0.8. A 6, C 8, D 3 → −66.67.
    const engineers = await report({ traitKey: "role", traitValue: "Engineer" });
    expect([engineers.responses, engineers.displays, engineers.responseRate]).toEqual([4, 5, 0.8]);
    expect(engineers.nps!.user.nps).toBeCloseTo(-200 / 3, 12);
    // P1 and pro together: A ×2, B, F → A 6, B 9, F 9 → 33.33.
    const both = await report({ personaId: p1, plan: "pro" });
    expect(both.responses).toBe(4);
    expect(both.nps!.user.nps).toBeCloseTo(100 / 3, 12);
    // Nothing matches: empty, not an error.
    const none = await report({ plan: "enterprise" });
    expect(none).toMatchObject({
      responses: 0,
      displays: 0,
      responseRate: null,
      nps: { user: { nps: null, n: 0 }, account: { nps: null, accounts: 0 } },
    });
    expect(none.weekly.every((w) => w.value === null)).toBe(true);
  });

  it("refuses bad periods and filters with a message", async () => {
    expect((await expectTrpcError(report({ from: "2026-11-02", to: "2026-11-01" }), "BAD_REQUEST")).message).toContain(
      "The start date must not be after the end date",
    );
    expect((await expectTrpcError(report({ from: "2020-01-01", to: "2026-11-01" }), "BAD_REQUEST")).message).toBe(
      "A report covers at most 731 days; narrow the dates.",
    );
    expect((await expectTrpcError(report({ from: "05/10/2026" }), "BAD_REQUEST")).message).toContain(
      "Use a YYYY-MM-DD date",
    );
    expect((await expectTrpcError(report({ traitValue: "x" }), "BAD_REQUEST")).message).toContain(
      "Name the trait the value is for",
    );
  });

  it("another tenant's survey is not found", async () => {
    const other = await createWorkspace(db());
    const foreign = await insertSurvey(db(), other.workspace.id);
    await expectTrpcError(viewer().surveyReport.get({ workspaceId, surveyId: foreign.id }), "NOT_FOUND");
    await expectTrpcError(viewer().surveyReport.verbatims({ workspaceId, surveyId: foreign.id }), "NOT_FOUND");
  });

  it("lists verbatims newest first with author, account and date, filterable by tone", async () => {
    const v = await viewer().surveyReport.verbatims({ workspaceId, surveyId: npsId, ...PERIOD });
    // Every comment of the period (all answers, not only the latest): A 10, C 8, B 9, A 6, D 3, E 10.
    expect(v.total).toBe(6);
    expect(v.items.map((i) => [i.score, i.tone])).toEqual([
      [10, "positive"],
      [3, "negative"],
      [6, "negative"],
      [9, "positive"],
      [8, "neutral"],
      [10, "positive"],
    ]);
    expect(v.items[1]).toMatchObject({
      comment: "-broken exports",
      user: `D-${workspaceId}`,
      account: { externalId: accounts.Y.externalId, name: "Yak, Inc." },
      persona: "Analyst",
      locale: "fr",
      respondedAt: utc("2026-10-21T10:00:00Z"),
    });
    expect(v.items[0]!.account).toBeNull();
    const detractors = await viewer().surveyReport.verbatims({
      workspaceId,
      surveyId: npsId,
      ...PERIOD,
      tone: "negative",
    });
    expect(detractors.items.map((i) => i.comment)).toEqual(["-broken exports", "=cmd|' /C calc'!A0"]);
    const page = await viewer().surveyReport.verbatims({
      workspaceId,
      surveyId: npsId,
      ...PERIOD,
      tone: "positive",
      limit: 2,
    });
    expect(page).toMatchObject({ total: 3, nextOffset: 2 });
    const rest = await viewer().surveyReport.verbatims({
      workspaceId,
      surveyId: npsId,
      ...PERIOD,
      tone: "positive",
      limit: 2,
      offset: 2,
    });
    expect(rest.items.map((i) => i.comment)).toEqual(["First impressions: great"]);
    expect(rest.nextOffset).toBeNull();
  });

  it("CSAT: % of 4–5, distribution 1–5, tones", async () => {
    const r = await viewer().surveyReport.get({ workspaceId, surveyId: csatId, ...PERIOD, breakdownKey: "role" });
    // 5, 4, 3, 1, 2, 5 → satisfied (4–5): 3 of 6 → 50%.
    expect(r.csat).toEqual({ value: 50, satisfied: 3, n: 6 });
    expect(r.nps).toBeNull();
    expect(r.distribution).toEqual([
      { score: 1, count: 1 },
      { score: 2, count: 1 },
      { score: 3, count: 1 },
      { score: 4, count: 1 },
      { score: 5, count: 2 },
    ]);
    expect(r.tones).toEqual({ negative: 2, neutral: 1, positive: 3 });
    expect(r.weekly[1]).toMatchObject({ value: 50, n: 6 });
    expect([r.responses, r.displays, r.responseRate]).toEqual([6, 6, 1]);
    // pro {A 5, B 4, C 3, F 5} → 3 of 4 = 75%; free {D 1} → 0%; no account {E 2} → 0%.
    expect(r.breakdowns.plan.map((g) => [g.label, g.value, g.n, g.tones.negative])).toEqual([
      ["pro", 75, 4, 0],
      ["free", 0, 1, 1],
      ["No account", 0, 1, 1],
    ]);
    const low = await viewer().surveyReport.verbatims({ workspaceId, surveyId: csatId, ...PERIOD, tone: "negative" });
    expect(low.items.map((i) => i.comment).sort()).toEqual(["low 1", "low 2"]);
  });

  it("CES: mean of 1–7, distribution 1–7", async () => {
    const r = await viewer().surveyReport.get({ workspaceId, surveyId: cesId, ...PERIOD });
    // 7, 5, 2, 4 → 18 / 4 = 4.5.
    expect(r.ces).toEqual({ value: 4.5, n: 4 });
    expect(r.distribution.map((d) => d.count)).toEqual([0, 1, 0, 1, 1, 0, 1]);
    // Tones: 2 hard (1–3), 4 neutral, 5 and 7 easy.
    expect(r.tones).toEqual({ negative: 1, neutral: 1, positive: 2 });
  });

  it("open questions: counts and a plain list of answers", async () => {
    const r = await viewer().surveyReport.get({ workspaceId, surveyId: openId, ...PERIOD });
    expect(r).toMatchObject({
      responses: 2,
      displays: 2,
      responseRate: 1,
      nps: null,
      csat: null,
      ces: null,
      distribution: [],
    });
    expect(r.weekly.map((w) => w.n)).toEqual([0, 2, 0, 0]);
    const v = await viewer().surveyReport.verbatims({ workspaceId, surveyId: openId, ...PERIOD, tone: "negative" });
    expect(v.items.map((i) => [i.comment, i.tone, i.score])).toEqual([
      ["Faster exports", null, null],
      ["Add dark mode", null, null],
    ]);
  });

  describe("CSV export", () => {
    const csvRequest = (query: string) =>
      new Request(`http://localhost/api/workspaces/${ws.workspace.slug}/surveys/${npsId}/responses.csv?${query}`);
    const deps = (user: { id: string; email: string; name: string } | null) => ({
      db: db(),
      dialect: testDialect(),
      now: () => new Date(),
      getUser: async () => user,
    });
    const get = (
      query: string,
      user: { id: string; email: string; name: string } | null = ws.user("viewer"),
      id = npsId,
    ) => handleResponsesCsv(csvRequest(query), { slug: ws.workspace.slug, id }, deps(user));

    it("one row per response, oldest first, RFC 4180 quoting and formula-injection guard", async () => {
      const res = await get(`from=${PERIOD.from}&to=${PERIOD.to}`);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
      expect(res.headers.get("content-disposition")).toBe(
        `attachment; filename="nps-q4-beta-responses-2026-10-05-to-2026-11-01.csv"; filename*=UTF-8''nps-q4-beta-responses-2026-10-05-to-2026-11-01.csv`,
      );
      const bytes = new Uint8Array(await res.arrayBuffer());
      // A UTF-8 byte-order mark first, so spreadsheet apps read é and ü right.
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
      expect(text.startsWith("\uFEFFresponded_at,survey,kind,score,category,comment,")).toBe(true);
      // The survey name holds a comma and quotes: quoted, quotes doubled.
      expect(text).toContain(`,"NPS, Q4 ""beta""",nps,9,promoter,"Love it, ""really""",`);
      // A comment with a line break stays one quoted field.
      expect(text).toContain(`,8,passive,"Fine\nmostly",`);
      // Cells starting with = - @ are prefixed with an apostrophe.
      expect(text).toContain(`,6,detractor,'=cmd|' /C calc'!A0,`);
      expect(text).toContain(`,3,detractor,'-broken exports,`);
      expect(text).toContain(`,10,promoter,'@great +1,`);
      const rows = parseCsv(text.slice(1));
      expect(rows[0]).toEqual([
        "responded_at",
        "survey",
        "kind",
        "score",
        "category",
        "comment",
        "user_external_id",
        "account_external_id",
        "account_name",
        "plan",
        "persona",
        "locale",
        "display_shown_at",
      ]);
      expect(rows.length).toBe(1 + 7);
      expect(rows.slice(1).map((r) => r[0])).toEqual([
        "2026-10-06T10:00:00.000Z",
        "2026-10-08T10:00:00.000Z",
        "2026-10-11T22:30:00.000Z",
        "2026-10-20T10:00:00.000Z",
        "2026-10-21T10:00:00.000Z",
        "2026-10-22T10:00:00.000Z",
        "2026-10-23T10:00:00.000Z",
      ]);
      expect(rows[5]).toEqual([
        "2026-10-21T10:00:00.000Z",
        'NPS, Q4 "beta"',
        "nps",
        "3",
        "detractor",
        "'-broken exports",
        `D-${workspaceId}`,
        accounts.Y.externalId,
        "Yak, Inc.",
        "free",
        "Analyst",
        "fr",
        "2026-10-21T09:59:00.000Z",
      ]);
      // E has no account and no persona; F left no comment.
      expect(rows[6]!.slice(6, 11)).toEqual([`E-${workspaceId}`, "", "", "", ""]);
      expect(rows[7]![5]).toBe("");
      expect(rows[7]![8]).toBe(""); // account Z has no name
    });

    it("applies the report's filters", async () => {
      const pro = parseCsv(await (await get(`from=${PERIOD.from}&to=${PERIOD.to}&plan=pro`)).text());
      expect(pro.length).toBe(1 + 5);
      expect(new Set(pro.slice(1).map((r) => r[9]))).toEqual(new Set(["pro"]));
      const analysts = parseCsv(await (await get(`from=${PERIOD.from}&to=${PERIOD.to}&persona=${p2}`)).text());
      expect(analysts.slice(1).map((r) => r[3])).toEqual(["8", "3"]);
      const eng = parseCsv(await (await get(`from=${PERIOD.from}&to=${PERIOD.to}&trait=role&value=engineer`)).text());
      expect(eng.slice(1).map((r) => r[3])).toEqual(["10", "8", "6", "3"]);
      // Empty parameters are no filter.
      const all = parseCsv(await (await get(`from=${PERIOD.from}&to=${PERIOD.to}&plan=&persona=&trait=`)).text());
      expect(all.length).toBe(8);
    });

    it("is the same text whatever the chunk size", async () => {
      const scope = await loadReportScope({ db: db(), workspace: ws.workspace, input: { surveyId: npsId, ...PERIOD } });
      const collect = async (chunk: number) => {
        let out = "";
        let parts = 0;
        for await (const part of responseCsvChunks({
          db: db(),
          dialect: testDialect(),
          scope,
          filters: { surveyId: npsId, ...PERIOD, plan: "pro" },
          chunk,
        })) {
          out += part;
          parts += 1;
        }
        return { out, parts };
      };
      const whole = await collect(1000);
      const small = await collect(2);
      expect(small.out).toBe(whole.out);
      expect(whole.parts).toBe(2); // header, then one chunk
      expect(small.parts).toBeGreaterThan(3);
      expect(parseCsv(whole.out.slice(1)).length).toBe(6);
    });

    it("refuses no session (401), a non-member (404), another tenant's survey (404) and bad filters (400)", async () => {
      const none = await get("", null);
      expect(none.status).toBe(401);
      expect(await none.json()).toEqual({ error: { code: "UNAUTHORIZED", message: "Sign in first." } });
      const outsider = await createUser(db());
      const stranger = await get("", outsider);
      expect(stranger.status).toBe(404);
      expect(((await stranger.json()) as { error: { message: string } }).error.message).toBe("Workspace not found.");
      const other = await createWorkspace(db());
      const foreign = await insertSurvey(db(), other.workspace.id);
      expect((await get("", ws.user("viewer"), foreign.id)).status).toBe(404);
      const bad = await get("from=2026-11-02&to=2026-11-01");
      expect(bad.status).toBe(400);
      expect(((await bad.json()) as { error: { message: string } }).error.message).toBe(
        "Invalid filters: to: The start date must not be after the end date.",
      );
      expect((await get("from=yesterday")).status).toBe(400);
    });
  });
});
