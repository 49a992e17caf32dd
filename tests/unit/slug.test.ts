import { describe, expect, it } from "vitest";
import { slugify, uniqueSlug } from "../../server/workspaces/slug";

describe("slugify", () => {
  it("lower-cases and joins words with single dashes", () => {
    expect(slugify("Acme Data, Inc.")).toBe("acme-data-inc");
    expect(slugify("  Hello   World  ")).toBe("hello-world");
    expect(slugify("v2.0 -- Beta")).toBe("v2-0-beta");
  });
  it("drops accents", () => {
    expect(slugify("Café Über Straße")).toBe("cafe-uber-stra-e");
    expect(slugify("Ångström")).toBe("angstrom");
  });
  it("falls back to 'workspace' when nothing is left", () => {
    expect(slugify("")).toBe("workspace");
    expect(slugify("!!!")).toBe("workspace");
    expect(slugify("東京")).toBe("workspace");
  });
  it("keeps at most 40 characters and never ends on a dash", () => {
    expect(slugify("a".repeat(60))).toBe("a".repeat(40));
    const cut = slugify(`${"a".repeat(39)} b`);
    expect(cut.length).toBeLessThanOrEqual(40);
    expect(cut.endsWith("-")).toBe(false);
    expect(cut).toBe("a".repeat(39));
  });
});

describe("uniqueSlug", () => {
  it("takes the first free of slug, slug-2, slug-3…", async () => {
    const taken = new Set(["acme", "acme-2"]);
    expect(await uniqueSlug("Acme", async (s) => taken.has(s))).toBe("acme-3");
    expect(await uniqueSlug("Other", async (s) => taken.has(s))).toBe("other");
  });
});
