import { describe, expect, it } from "vitest";
import { listStateFromParams, listStateToParams, nextSort, rangeLabel } from "../../components/people/list-params";

const SORTS = ["name", "lastSeen", "nps"] as const;
const defaults = { sort: "lastSeen" as const, dir: "desc" as const };

describe("list state in the URL", () => {
  it("reads defaults from an empty query and refuses unknown values", () => {
    expect(listStateFromParams(new URLSearchParams(""), SORTS, defaults)).toEqual({
      q: "",
      sort: "lastSeen",
      dir: "desc",
      page: 1,
    });
    expect(listStateFromParams(new URLSearchParams("sort=hack&dir=up&page=-2"), SORTS, defaults)).toEqual({
      q: "",
      sort: "lastSeen",
      dir: "desc",
      page: 1,
    });
    expect(listStateFromParams(new URLSearchParams("page=1.5"), SORTS, defaults).page).toBe(1);
  });

  it("round-trips and keeps the filter's parameters", () => {
    const state = { q: "acme & co", sort: "nps" as const, dir: "asc" as const, page: 3 };
    const params = listStateToParams(state, new URLSearchParams("persona=p1&seg=user~role~exists~&page=9"));
    expect(params.get("persona")).toBe("p1");
    expect(params.getAll("seg")).toEqual(["user~role~exists~"]);
    expect(listStateFromParams(params, SORTS, defaults)).toEqual(state);
  });

  it("leaves page 1 and an empty search out", () => {
    const params = listStateToParams({ q: " ", sort: "name", dir: "asc", page: 1 });
    expect(params.toString()).toBe("sort=name&dir=asc");
  });
});

describe("nextSort", () => {
  const state = { q: "", sort: "name" as const, dir: "asc" as const, page: 4 };
  it("flips the direction of the same column and goes back to page 1", () => {
    expect(nextSort(state, "name", "desc")).toEqual({ sort: "name", dir: "desc", page: 1 });
  });
  it("starts another column at its first direction", () => {
    expect(nextSort(state, "nps", "desc")).toEqual({ sort: "nps", dir: "desc", page: 1 });
  });
});

describe("rangeLabel", () => {
  it("says which rows a page shows", () => {
    expect(rangeLabel(1, 50, 1234)).toBe("1–50 of 1,234");
    expect(rangeLabel(25, 50, 1234)).toBe("1,201–1,234 of 1,234");
    expect(rangeLabel(1, 50, 0)).toBe("0 of 0");
    expect(rangeLabel(9, 50, 100)).toBe("none of 100");
  });
});
