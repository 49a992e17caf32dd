import { describe, expect, it } from "vitest";
import { funnelRows } from "../../components/onboarding-reports/funnel-rows";
import type { TFunnelReport } from "../../server/onboarding/reports/schemas";

const step = (itemId: string, title: string, position: number, done: number) => ({
  itemId,
  title,
  position,
  scope: "user" as const,
  completionEvent: `${itemId}_done`,
  done,
  rate: done / 10,
});

const report = {
  checklist: { id: "c", title: "Pipeline" },
  seen: 10,
  // Stored positions start at 0 and have a gap (an item was deleted): the editor says Step 1, 2, 3.
  steps: [step("a", "Add a connection", 0, 8), step("b", "Create a workflow", 2, 5), step("c", "Run it", 3, 2)],
  completed: { count: 2, rate: 0.2 },
  dismissed: { count: 1, rate: 0.1 },
  medianTimeToCompleteMs: null,
  stalls: [],
} as unknown as TFunnelReport;

describe("funnelRows", () => {
  it("numbers the items from Step 1, as the editor does, whatever their stored positions", () => {
    expect(funnelRows(report).map((r) => r.label)).toEqual([
      "Seen the checklist",
      "Step 1. Add a connection",
      "Step 2. Create a workflow",
      "Step 3. Run it",
      "Completed every item",
    ]);
  });
  it("shows each step's users and share of seen users", () => {
    const rows = funnelRows(report);
    expect(rows[1]).toMatchObject({ fraction: 0.8, value: "8 · 80.0%", note: "a_done" });
    expect(rows[4]).toMatchObject({ fraction: 0.2, value: "2 · 20.0%", tone: "strong" });
  });
});
