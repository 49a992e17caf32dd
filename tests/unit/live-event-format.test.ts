import { describe, expect, it } from "vitest";
import { eventLabel, keyProperties } from "../../components/home/live-event-format";

describe("keyProperties", () => {
  it("keeps the first properties in the order sent and counts the rest", () => {
    expect(keyProperties({ source: "postgres", rows: 1200, ok: true, region: "eu", extra: 1 }, 4)).toEqual({
      shown: [
        { key: "source", value: "postgres" },
        { key: "rows", value: "1200" },
        { key: "ok", value: "true" },
        { key: "region", value: "eu" },
      ],
      more: 1,
    });
  });
  it("shortens long values and shows nested ones as JSON", () => {
    const { shown } = keyProperties({ note: "x".repeat(100), tags: ["a", "b"], nothing: null });
    expect(shown[0]!.value).toHaveLength(60);
    expect(shown[0]!.value.endsWith("…")).toBe(true);
    expect(shown[1]).toEqual({ key: "tags", value: '["a","b"]' });
    expect(shown[2]).toEqual({ key: "nothing", value: "null" });
  });
  it("shows nothing for no properties or a value that is not an object", () => {
    expect(keyProperties({})).toEqual({ shown: [], more: 0 });
    expect(keyProperties(null)).toEqual({ shown: [], more: 0 });
    expect(keyProperties([1, 2])).toEqual({ shown: [], more: 0 });
  });
});

describe("eventLabel", () => {
  it("names a track call by its event and a page by its name, else its path", () => {
    expect(eventLabel("track", "workflow_run", {})).toBe("workflow_run");
    expect(eventLabel("page", "$page", { name: "Workflows", path: "/workflows" })).toBe("Viewed Workflows");
    expect(eventLabel("page", "$page", { path: "/team" })).toBe("Viewed /team");
    expect(eventLabel("page", "$page", {})).toBe("Page view");
    expect(eventLabel("screen", "$screen", { name: "Home" })).toBe("Opened Home");
  });
  it("says what identify, group and alias calls did", () => {
    expect(eventLabel("identify", "$identify", {})).toBe("Identified");
    expect(eventLabel("group", "$group", {})).toBe("Joined an account");
    expect(eventLabel("alias", "$alias", {})).toBe("Alias");
  });
});
