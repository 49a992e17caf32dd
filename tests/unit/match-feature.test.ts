import { describe, expect, it } from "vitest";
import { featuresForEvent, type FeatureRule } from "../../server/features/match-feature";

const exportFeature: FeatureRule = { id: "f-export", matchers: [{ event: "Report Exported" }] };
const csvExport: FeatureRule = {
  id: "f-csv",
  matchers: [{ event: "Report Exported", where: { key: "format", op: "equals", value: "csv" } }],
};
const sharing: FeatureRule = {
  id: "f-share",
  matchers: [
    { event: "Dashboard Shared" },
    { event: "Link Copied", where: { key: "target.kind", op: "in", value: ["dashboard", "report"] } },
  ],
};
const features = [exportFeature, csvExport, sharing];

describe("featuresForEvent", () => {
  it("matches by event name, exactly", () => {
    expect(featuresForEvent("Report Exported", {}, features)).toEqual(["f-export"]);
    expect(featuresForEvent("report exported", {}, features)).toEqual([]);
    expect(featuresForEvent("Something Else", { format: "csv" }, features)).toEqual([]);
  });
  it("applies a matcher's property filter (case-insensitive values)", () => {
    expect(featuresForEvent("Report Exported", { format: "CSV" }, features)).toEqual(["f-export", "f-csv"]);
    expect(featuresForEvent("Report Exported", { format: "pdf" }, features)).toEqual(["f-export"]);
  });
  it("ORs a feature's matchers, with nested property paths", () => {
    expect(featuresForEvent("Dashboard Shared", {}, features)).toEqual(["f-share"]);
    expect(featuresForEvent("Link Copied", { target: { kind: "Report" } }, features)).toEqual(["f-share"]);
    expect(featuresForEvent("Link Copied", { target: { kind: "user" } }, features)).toEqual([]);
    expect(featuresForEvent("Link Copied", {}, features)).toEqual([]);
  });
  it("lists each feature once even when several of its matchers hold", () => {
    const twice: FeatureRule = {
      id: "f-twice",
      matchers: [{ event: "A" }, { event: "A", where: { key: "x", op: "exists" } }],
    };
    expect(featuresForEvent("A", { x: 1 }, [twice])).toEqual(["f-twice"]);
  });
});
