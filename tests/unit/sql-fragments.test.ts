import { describe, expect, it } from "vitest";
import { num, parseJson } from "../../server/sql/fragments";

describe("raw SQL results", () => {
  it("num turns bigint, numeric text and null into numbers", () => {
    expect(num(BigInt(42))).toBe(42);
    expect(num(7)).toBe(7);
    expect(num("12")).toBe(12);
    expect(num(null)).toBe(0);
    expect(num(undefined)).toBe(0);
  });
  it("parseJson reads SQLite's text and passes PostgreSQL's parsed values through", () => {
    expect(parseJson('{"a":1}', {})).toEqual({ a: 1 });
    expect(parseJson({ a: 1 }, {})).toEqual({ a: 1 });
    expect(parseJson("{oops", { fallback: true })).toEqual({ fallback: true });
    expect(parseJson(null, [])).toEqual([]);
  });
});
