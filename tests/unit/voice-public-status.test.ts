import { describe, expect, it } from "vitest";
import { publicFeedbackStatus, type TriagedFeedback } from "../../server/voice/public-status";

const item = (over: Partial<TriagedFeedback> = {}): TriagedFeedback => ({
  status: "new",
  roadmapItem: null,
  duplicateOf: null,
  ...over,
});
const road = (status: "considering" | "planned" | "in_progress" | "shipped", isPublic = true) => ({
  title: `Item ${status}`,
  status,
  isPublic,
});

describe("publicFeedbackStatus", () => {
  it("maps the triage statuses that stand alone", () => {
    expect(publicFeedbackStatus(item({ status: "new" }))).toEqual({ status: "received", roadmapTitle: null });
    expect(publicFeedbackStatus(item({ status: "triaged" }))).toEqual({ status: "under_review", roadmapTitle: null });
    expect(publicFeedbackStatus(item({ status: "dismissed" }))).toEqual({ status: "closed", roadmapTitle: null });
  });

  it("linked reads the roadmap item's status, considering as under review", () => {
    expect(publicFeedbackStatus(item({ status: "linked", roadmapItem: road("considering") }))).toEqual({
      status: "under_review",
      roadmapTitle: "Item considering",
    });
    expect(publicFeedbackStatus(item({ status: "linked", roadmapItem: road("planned") }))).toEqual({
      status: "planned",
      roadmapTitle: "Item planned",
    });
    expect(publicFeedbackStatus(item({ status: "linked", roadmapItem: road("in_progress") }))).toEqual({
      status: "in_progress",
      roadmapTitle: "Item in_progress",
    });
    expect(publicFeedbackStatus(item({ status: "linked", roadmapItem: road("shipped") }))).toEqual({
      status: "shipped",
      roadmapTitle: "Item shipped",
    });
  });

  it("a private roadmap item lends its status but not its title", () => {
    expect(publicFeedbackStatus(item({ status: "linked", roadmapItem: road("planned", false) }))).toEqual({
      status: "planned",
      roadmapTitle: null,
    });
  });

  it("linked to an item deleted since reads under review", () => {
    expect(publicFeedbackStatus(item({ status: "linked", roadmapItem: null }))).toEqual({
      status: "under_review",
      roadmapTitle: null,
    });
  });

  it("a roadmap item on feedback that is not linked is not shown", () => {
    expect(publicFeedbackStatus(item({ status: "triaged", roadmapItem: road("shipped") }))).toEqual({
      status: "under_review",
      roadmapTitle: null,
    });
  });

  it("a duplicate reads its original's public status and roadmap title", () => {
    const dup = (original: TriagedFeedback["duplicateOf"]) =>
      publicFeedbackStatus(item({ status: "duplicate", roadmapItem: road("considering"), duplicateOf: original }));
    expect(dup({ status: "new", roadmapItem: null })).toEqual({ status: "received", roadmapTitle: null });
    expect(dup({ status: "dismissed", roadmapItem: null })).toEqual({ status: "closed", roadmapTitle: null });
    expect(dup({ status: "linked", roadmapItem: road("shipped") })).toEqual({
      status: "shipped",
      roadmapTitle: "Item shipped",
    });
    expect(dup({ status: "linked", roadmapItem: road("in_progress", false) })).toEqual({
      status: "in_progress",
      roadmapTitle: null,
    });
  });

  it("one level deep: an original that is itself a duplicate, or deleted, reads under review", () => {
    expect(
      publicFeedbackStatus(item({ status: "duplicate", duplicateOf: { status: "duplicate", roadmapItem: null } })),
    ).toEqual({ status: "under_review", roadmapTitle: null });
    expect(publicFeedbackStatus(item({ status: "duplicate", duplicateOf: null }))).toEqual({
      status: "under_review",
      roadmapTitle: null,
    });
  });
});
