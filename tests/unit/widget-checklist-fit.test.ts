import { describe, expect, it } from "vitest";
import { freeHeight } from "../../components/widget/runtime/checklist/fit";

// The panel's column in a 1440×900 viewport: 340 px wide, 20 px from the right edge, its bottom
// 76 px above the viewport's (over the launcher).
const PANEL = { left: 1080, right: 1420, bottom: 824 };
const box = (left: number, top: number, right: number, bottom: number) => ({ left, top, right, bottom });

describe("freeHeight", () => {
  it("gives the whole column when no control stands in it", () => {
    expect(freeHeight(PANEL, [])).toBe(824);
    expect(freeHeight(PANEL, [box(100, 100, 300, 140), box(900, 700, 1060, 740)])).toBe(824);
  });

  it("stops 8 px under the lowest control in the column", () => {
    // "Run now" at 240–280 in the right column, a link higher up: the panel may rise to 288.
    expect(freeHeight(PANEL, [box(1200, 240, 1300, 280), box(1300, 60, 1400, 90)])).toBe(824 - 288);
  });

  it("counts a control that only grazes the column, within the 8 px gap", () => {
    expect(freeHeight(PANEL, [box(1000, 400, 1075, 440)])).toBe(824 - 448);
    expect(freeHeight(PANEL, [box(1000, 400, 1071, 440)])).toBe(824);
  });

  it("ignores controls below the panel (in the launcher's row) and empty boxes", () => {
    expect(freeHeight(PANEL, [box(1100, 830, 1200, 870), box(1100, 500, 1200, 500)])).toBe(824);
  });

  it("is 0 when a control reaches the panel's bottom edge", () => {
    expect(freeHeight(PANEL, [box(1100, 780, 1200, 830)])).toBe(0);
  });
});
