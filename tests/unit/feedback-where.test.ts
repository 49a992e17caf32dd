// The inbox's filters → SQL condition (server/feedback/list-where.ts): which conditions appear,
// what is bound (never inlined) and what is inlined (only validated enum literals). The SQL's
// meaning on both databases is checked by tests/integration/feedback-inbox.int.test.ts.
import { describe, expect, it } from "vitest";
import { afterCursor, containsPattern, feedbackWhere } from "../../server/feedback/list-where";
import { dialectNamed } from "../../server/sql/dialect";
import { ZListFeedbackInput } from "../../server/feedback/schemas";

const WS = "ws_1";
const where = (filters: Parameters<typeof feedbackWhere>[2], dialect: "sqlite" | "postgres" = "sqlite") =>
  feedbackWhere(dialectNamed(dialect), WS, filters);
const compact = (s: string) => s.replace(/\s+/g, " ").trim();

describe("feedbackWhere", () => {
  it("with no filter is the workspace alone", () => {
    const w = where({});
    expect(compact(w.sql)).toBe('f."workspaceId" = ?');
    expect(w.values).toEqual([WS]);
  });

  it("inlines validated enum literals for status and source (PostgreSQL compares enums with literals)", () => {
    const w = where({ status: ["new", "triaged"], source: ["widget"] });
    expect(compact(w.sql)).toBe(
      `f."workspaceId" = ? AND f."status" IN ('new', 'triaged') AND f."source" IN ('widget')`,
    );
    expect(w.values).toEqual([WS]);
  });

  it("ignores empty multi-value filters", () => {
    expect(compact(where({ status: [], source: [] }).sql)).toBe('f."workspaceId" = ?');
  });

  it("refuses an enum value that slipped past validation rather than inlining it", () => {
    expect(() => where({ status: ["new'; DROP TABLE x; --" as "new"] })).toThrow(/Unexpected enum value/);
  });

  it("binds tag, persona, account, plan and assignee", () => {
    const w = where({ tag: "export", personaId: "p1", accountId: "a1", plan: "pro", assigneeId: "u1" });
    expect(w.values).toEqual([WS, "export", "p1", "a1", "pro", "u1"]);
    const sql = compact(w.sql);
    expect(sql).toContain(
      'EXISTS (SELECT 1 FROM "FeedbackTag" t WHERE t."feedbackId" = f."id" AND t."workspaceId" = f."workspaceId" AND t."name" = ?)',
    );
    expect(sql).toContain('f."personaId" = ?');
    expect(sql).toContain('f."accountId" = ?');
    expect(sql).toContain(`CAST(json_extract(a."traits", '$.plan') AS TEXT) END) = ?`);
    expect(sql).toContain('f."assigneeId" = ?');
  });

  it("reads the plan trait with each dialect's JSON operator", () => {
    expect(compact(where({ plan: "pro" }, "postgres").sql)).toContain(`(a."traits" ->> 'plan') = ?`);
  });

  it("null assignee means unassigned; undefined means anyone", () => {
    expect(compact(where({ assigneeId: null }).sql)).toBe('f."workspaceId" = ? AND f."assigneeId" IS NULL');
    expect(compact(where({ assigneeId: undefined }).sql)).toBe('f."workspaceId" = ?');
  });

  it("classifies NPS by the verbatim's own answer, else the author's latest", () => {
    const sql = compact(where({ npsCategory: "passive" }).sql);
    expect(sql).toContain(
      'COALESCE( (SELECT r."score" FROM "SurveyResponse" r JOIN "Survey" s ON s."id" = r."surveyId" WHERE r."workspaceId" = f."workspaceId" AND r."id" = f."surveyResponseId" AND s."kind" = \'nps\')',
    );
    expect(sql).toContain('ORDER BY r."createdAt" DESC, r."id" DESC LIMIT 1)) BETWEEN ? AND ?');
    expect(where({ npsCategory: "passive" }).values).toEqual([WS, 7, 8]);
    expect(where({ npsCategory: "promoter" }).values).toEqual([WS, 9, 10]);
    expect(where({ npsCategory: "detractor" }).values).toEqual([WS, 0, 6]);
  });

  it("bounds the date range: from inclusive, to exclusive, as each database stores dates", () => {
    const from = new Date("2026-11-01T00:00:00.000Z");
    const to = new Date("2026-11-08T00:00:00.000Z");
    const sqlite = where({ createdFrom: from, createdTo: to });
    expect(compact(sqlite.sql)).toBe('f."workspaceId" = ? AND f."createdAt" >= ? AND f."createdAt" < ?');
    expect(sqlite.values).toEqual([WS, "2026-11-01T00:00:00.000+00:00", "2026-11-08T00:00:00.000+00:00"]);
    const pg = where({ createdFrom: from }, "postgres");
    expect(compact(pg.sql)).toBe('f."workspaceId" = ? AND f."createdAt" >= CAST(? AS timestamp(3))');
  });

  it("needs every search word, normalized like searchText, with LIKE wildcards escaped", () => {
    const w = where({ q: "  Éditeur  100%_fast " });
    expect(compact(w.sql)).toBe(
      `f."workspaceId" = ? AND f."searchText" LIKE ? ESCAPE '\\' AND f."searchText" LIKE ? ESCAPE '\\'`,
    );
    expect(w.values).toEqual([WS, "%editeur%", "%100\\%\\_fast%"]);
    expect(compact(where({ q: "   " }).sql)).toBe('f."workspaceId" = ?');
  });

  it("combines every filter with AND, binding workspaceId first", () => {
    const w = where({ status: ["new"], tag: "sso", q: "okta" });
    expect(compact(w.sql).split(" AND ").length).toBeGreaterThanOrEqual(4);
    expect(w.values[0]).toBe(WS);
  });
});

describe("helpers", () => {
  it("containsPattern escapes %, _ and the escape character itself", () => {
    expect(containsPattern("a%b_c\\d")).toBe("%a\\%b\\_c\\\\d%");
  });

  it("jsonText only accepts plain keys", () => {
    expect(() => dialectNamed("sqlite").jsonText("x", "plan'); --")).toThrow();
  });

  it("afterCursor compares (createdAt, id) with the cursor row of the same workspace", () => {
    const c = afterCursor(WS, "fb_9");
    expect(compact(c.sql)).toBe(
      '(f."createdAt" < (SELECT c."createdAt" FROM "Feedback" c WHERE c."workspaceId" = ? AND c."id" = ?) OR (f."createdAt" = (SELECT c."createdAt" FROM "Feedback" c WHERE c."workspaceId" = ? AND c."id" = ?) AND f."id" < ?))',
    );
    expect(c.values).toEqual([WS, "fb_9", WS, "fb_9", "fb_9"]);
  });
});

describe("ZListFeedbackInput", () => {
  it("normalizes tags and defaults the page size", () => {
    expect(ZListFeedbackInput.parse({ tag: "  SSO " })).toEqual({ tag: "sso", limit: 50 });
  });

  it("refuses an empty date range and unknown values", () => {
    const d = new Date();
    expect(ZListFeedbackInput.safeParse({ createdFrom: d, createdTo: d }).success).toBe(false);
    expect(ZListFeedbackInput.safeParse({ status: ["open"] }).success).toBe(false);
    expect(ZListFeedbackInput.safeParse({ limit: 500 }).success).toBe(false);
  });
});
