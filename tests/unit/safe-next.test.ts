import { describe, expect, it } from "vitest";
import { safeNext } from "../../server/workspaces/schemas";

describe("safeNext: where to go after signing in", () => {
  it.each([
    ["/w/acme", "/w/acme"],
    ["/w/acme/feedback?status=new#top", "/w/acme/feedback?status=new#top"],
    ["/invite/abc_DEF-123", "/invite/abc_DEF-123"],
    ["/w/acme/../new", "/w/new"],
    ["w/acme", "/w/acme"],
    // Encoded slashes and tabs stay inside a path segment: no browser reads them as a host.
    ["/%2F%2Fevil.example", "/%2F%2Fevil.example"],
    ["/%09/evil.example", "/%09/evil.example"],
  ])("keeps the same-origin path %s", (next, expected) => {
    expect(safeNext(next)).toBe(expected);
  });

  it.each([
    "//evil.example/phish",
    "/\\evil.example",
    "\\\\evil.example",
    "/\\/evil.example",
    "https://evil.example/",
    "http:evil.example",
    "HTTPS://evil.example",
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    " javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "/\t/evil.example",
    "/\n/evil.example",
    "\u0000//evil.example",
    "//evil.example@cairn.invalid",
    "/.//evil.example",
    "https://cairn.invalid@evil.example/",
    "",
    "   ",
  ])("refuses %j", (next) => {
    expect(safeNext(next)).toBe("/");
  });

  it("falls back for anything that is not a string, and uses the given fallback", () => {
    expect(safeNext(undefined)).toBe("/");
    expect(safeNext(null, "/new")).toBe("/new");
    expect(safeNext(["/w/acme"], "/new")).toBe("/new");
    expect(safeNext("//evil.example", "/new")).toBe("/new");
  });
});
