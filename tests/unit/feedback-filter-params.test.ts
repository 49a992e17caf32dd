// The inbox's filters ⇄ query string ⇄ list input (components/feedback/filter-params.ts), and the
// title a roadmap item takes from a piece of feedback.
import { describe, expect, it } from "vitest";
import {
  activeFilterCount,
  EMPTY_FILTERS,
  filtersFromParams,
  filtersToInput,
  paramsFromFilters,
  titleFromText,
} from "../../components/feedback/filter-params";

describe("query string", () => {
  it("round-trips every filter", () => {
    const f = {
      status: ["new", "triaged"],
      source: ["survey"],
      tag: "sso",
      persona: "p1",
      account: "a1",
      plan: "pro",
      nps: "detractor",
      assignee: "none",
      from: "2026-11-01",
      to: "2026-11-07",
      q: "dark mode",
    } as const;
    const params = paramsFromFilters({ ...f, status: [...f.status], source: [...f.source] });
    expect(params.toString()).toBe(
      "q=dark+mode&status=new%2Ctriaged&source=survey&tag=sso&persona=p1&account=a1&plan=pro&nps=detractor&assignee=none&from=2026-11-01&to=2026-11-07",
    );
    expect(filtersFromParams(params)).toEqual(f);
  });

  it("leaves unset filters out and drops malformed values", () => {
    expect(paramsFromFilters(EMPTY_FILTERS).toString()).toBe("");
    const parsed = filtersFromParams(
      new URLSearchParams("status=new,open,&source=x&nps=fan&from=yesterday&to=2026-13&tag=" + "t".repeat(60)),
    );
    expect(parsed).toEqual({ ...EMPTY_FILTERS, status: ["new"], tag: "t".repeat(40) });
  });
});

describe("filtersToInput", () => {
  it("turns calendar days into [from midnight, day after `to` midnight) in the browser's zone", () => {
    const input = filtersToInput({ ...EMPTY_FILTERS, from: "2026-11-01", to: "2026-11-07" });
    expect(input.createdFrom).toEqual(new Date(2026, 10, 1));
    expect(input.createdTo).toEqual(new Date(2026, 10, 8));
  });

  it("maps assignee none → null, a user id → itself, empty → no filter", () => {
    expect(filtersToInput({ ...EMPTY_FILTERS, assignee: "none" })).toEqual({ assigneeId: null });
    expect(filtersToInput({ ...EMPTY_FILTERS, assignee: "u1" })).toEqual({ assigneeId: "u1" });
    expect(filtersToInput(EMPTY_FILTERS)).toEqual({});
  });

  it("passes the rest under the API's names", () => {
    expect(
      filtersToInput({
        ...EMPTY_FILTERS,
        status: ["new"],
        source: ["pm"],
        tag: " SSO ",
        persona: "p",
        account: "a",
        plan: "pro",
        nps: "promoter",
        q: "  okta ",
      }),
    ).toEqual({
      status: ["new"],
      source: ["pm"],
      tag: "sso",
      personaId: "p",
      accountId: "a",
      plan: "pro",
      npsCategory: "promoter",
      q: "okta",
    });
  });

  it("counts active filters beside status and search", () => {
    expect(activeFilterCount({ ...EMPTY_FILTERS, status: ["new"], q: "x" })).toBe(0);
    expect(activeFilterCount({ ...EMPTY_FILTERS, tag: "a", plan: "pro", source: ["pm"] })).toBe(3);
  });
});

describe("titleFromText", () => {
  it("takes the first non-empty line, trimmed", () => {
    expect(titleFromText("\n  Dark mode please  \nIt hurts my eyes")).toBe("Dark mode please");
  });

  it("shortens a long first line to 200 characters", () => {
    const title = titleFromText("x".repeat(300));
    expect(title).toHaveLength(200);
    expect(title.endsWith("…")).toBe(true);
  });
});
