import { describe, expect, it } from "vitest";
import { findUnstorableText, isUnstorable } from "../../server/http/storable-text";
import { timestampProblem } from "../../server/ingest/timestamp-window";

describe("text the databases cannot store", () => {
  it("finds NUL and unpaired surrogates, in values and keys, and says where", () => {
    expect(findUnstorableText({ a: "fine", b: { c: ["x", "y\u0000"] } })).toBe("b.c.1");
    expect(findUnstorableText({ ["k\ud800"]: 1 })).toBe("k\ud800");
    expect(findUnstorableText("\udc00")).toBe("");
    expect(findUnstorableText({ emoji: "😀", typed: "\\u0000 as text", n: 1, nil: null })).toBeNull();
  });
  it("tells a pair from a lone half", () => {
    expect(isUnstorable("😀")).toBe(false);
    expect(isUnstorable("\ud83d")).toBe(true);
    expect(isUnstorable("\ude00x")).toBe(true);
    expect(isUnstorable("\ude00\ud83d")).toBe(true);
  });
});

describe("a message's timestamp", () => {
  const now = new Date("2026-12-10T12:00:00Z");
  const horizon = new Date("2000-01-01T00:00:00Z");
  const at = (iso: string) => timestampProblem(new Date(iso), now, "secret", horizon);
  it("takes the past back to the horizon and up to 5 minutes of a fast clock", () => {
    expect(at("2000-01-01T00:00:00Z")).toBeNull();
    expect(at("2026-12-10T12:05:00Z")).toBeNull();
  });
  it("refuses the future past 5 minutes, dates before the horizon and year 0000, each with a reason", () => {
    expect(at("2026-12-10T12:05:00.001Z")).toMatch(/future/);
    expect(at("1999-12-31T23:59:59Z")).toMatch(/before 2000-01-01/);
    expect(at("0000-01-01T00:00:00Z")).toMatch(/before/);
    expect(timestampProblem(new Date("2026-12-03T11:59:59Z"), now, "write", horizon)).toMatch(/7 days old/);
    expect(timestampProblem(new Date("2026-12-03T12:00:01Z"), now, "write", horizon)).toBeNull();
    expect(timestampProblem(new Date("nope"), now, "secret", horizon)).toMatch(/not a valid date/);
  });
});
