import { describe, expect, it } from "vitest";
import { dayOfIso } from "../../server/calendar/day-number";
import {
  daySeries,
  displayValue,
  keyProperties,
  likePattern,
  numberOrNull,
  pageBounds,
  textOrNull,
  traitRows,
} from "../../server/people/format";
import { ZUserEventsInput, ZUsersInput } from "../../server/people/schemas";

describe("likePattern", () => {
  it("wraps the lower-cased search in wildcards", () => {
    expect(likePattern("Acme")).toBe("%acme%");
  });
  it("escapes the search's own wildcards and the escape character", () => {
    expect(likePattern("50%_off\\x")).toBe("%50\\%\\_off\\\\x%");
  });
});

describe("pageBounds", () => {
  it("turns a 1-based page into limit and offset", () => {
    expect(pageBounds(1, 50)).toEqual({ limit: 50, offset: 0 });
    expect(pageBounds(3, 50)).toEqual({ limit: 50, offset: 100 });
    expect(pageBounds(2, 10_000)).toEqual({ limit: 10_000, offset: 10_000 });
  });
});

describe("traitRows", () => {
  it("lists top-level traits by key, non-strings as JSON", () => {
    expect(traitRows({ role: "pm", age: 3, tags: ["a"], ok: true, none: null })).toEqual([
      { key: "age", value: "3" },
      { key: "none", value: "" },
      { key: "ok", value: "true" },
      { key: "role", value: "pm" },
      { key: "tags", value: '["a"]' },
    ]);
  });
  it("is empty for anything but an object", () => {
    expect(traitRows(null)).toEqual([]);
    expect(traitRows(["a"])).toEqual([]);
    expect(traitRows("x")).toEqual([]);
  });
  it("displayValue leaves strings alone", () => {
    expect(displayValue('a "b"')).toBe('a "b"');
    expect(displayValue(undefined)).toBe("");
  });
});

describe("keyProperties", () => {
  it("keeps the first scalar properties in the order sent, skipping nested ones", () => {
    expect(keyProperties({ nested: { a: 1 }, list: [1], plan: "pro", n: 2, flag: false, none: null }, 2)).toEqual([
      { key: "plan", value: "pro" },
      { key: "n", value: "2" },
    ]);
  });
  it("cuts long values to 80 characters", () => {
    const [p] = keyProperties({ url: "x".repeat(200) });
    expect(p!.value).toHaveLength(80);
    expect(p!.value.endsWith("…")).toBe(true);
  });
  it("is empty for missing properties", () => {
    expect(keyProperties(null)).toEqual([]);
  });
});

describe("textOrNull and numberOrNull", () => {
  it("read traits that came back from SQL as text", () => {
    expect([textOrNull(null), textOrNull(""), textOrNull("pro"), textOrNull(5)]).toEqual([null, null, "pro", "5"]);
    expect([numberOrNull("500"), numberOrNull(0), numberOrNull("0"), numberOrNull("lots"), numberOrNull(null)]).toEqual(
      [500, 0, 0, null, null],
    );
  });
});

describe("daySeries", () => {
  it("has one entry per day, oldest first, empty days as 0, rows of one day summed", () => {
    const from = dayOfIso("2026-11-28");
    expect(
      daySeries(
        [
          { day: from + 2, count: 4 },
          { day: from, count: 1 },
          { day: from, count: 2 },
          { day: from - 1, count: 9 },
        ],
        from,
        from + 3,
      ),
    ).toEqual([
      { day: "2026-11-28", count: 3 },
      { day: "2026-11-29", count: 0 },
      { day: "2026-11-30", count: 4 },
      { day: "2026-12-01", count: 0 },
    ]);
  });
});

describe("schemas", () => {
  it("defaults a users page to 50 rows by last seen, and caps an export at 10,000", () => {
    expect(ZUsersInput.parse({})).toMatchObject({ page: 1, pageSize: 50, sort: "lastSeen", dir: "asc", segment: [] });
    expect(ZUsersInput.safeParse({ pageSize: 10_001 }).success).toBe(false);
    expect(ZUsersInput.safeParse({ page: 0 }).success).toBe(false);
  });
  it("accepts only cursors shaped like the timeline's", () => {
    expect(ZUserEventsInput.safeParse({ id: "u", cursor: "1764500000000.abc" }).success).toBe(true);
    expect(ZUserEventsInput.safeParse({ id: "u", cursor: "abc" }).success).toBe(false);
  });
});
