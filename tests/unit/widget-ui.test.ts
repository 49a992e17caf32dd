import { describe, expect, it } from "vitest";
import { safeHref } from "../../components/widget/runtime/checklist/panel";
import { fingerprint, trimHost } from "../../components/widget/runtime/app";

describe("safeHref", () => {
  const base = "https://app.test/flows/1";
  it("resolves paths of the host app and keeps http(s) and mailto links", () => {
    expect(safeHref("/connections", base)).toBe("https://app.test/connections");
    expect(safeHref("https://docs.test/a?b=1", base)).toBe("https://docs.test/a?b=1");
    expect(safeHref("mailto:help@app.test", base)).toBe("mailto:help@app.test");
  });
  it("refuses script and data URLs, and nothing at all", () => {
    expect(safeHref("javascript:alert(1)", base)).toBeNull();
    expect(safeHref(" JavaScript:alert(1)", base)).toBeNull();
    expect(safeHref("data:text/html,<b>x</b>", base)).toBeNull();
    expect(safeHref(null, base)).toBeNull();
    expect(safeHref("", base)).toBeNull();
  });
});

describe("fingerprint and trimHost", () => {
  it("tells traits apart and is stable", () => {
    expect(fingerprint("u1\n{}")).toBe(fingerprint("u1\n{}"));
    expect(fingerprint('u1\n{"role":"pm"}')).not.toBe(fingerprint('u1\n{"role":"qa"}'));
  });
  it("drops trailing slashes from a host", () => {
    expect(trimHost("https://cairn.test//")).toBe("https://cairn.test");
  });
});
