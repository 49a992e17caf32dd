import { describe, expect, it } from "vitest";
import { labelSides } from "../../components/adoption/features/matrix-labels";

const near = { x: 12, y: 0.1 };

describe("engagement matrix label sides", () => {
  it("writes names to the right when dots are apart", () => {
    expect(
      labelSides(
        [
          { x: 10, y: 1 },
          { x: 50, y: 1 },
          { x: 12, y: 3 },
        ],
        near,
      ),
    ).toEqual(["right", "right", "right"]);
  });

  it("moves the names of dots on top of each other above, then below", () => {
    // Given out of order: the leftmost keeps the right side.
    expect(
      labelSides(
        [
          { x: 4.5, y: 0.11 },
          { x: 4, y: 0.1 },
          { x: 5, y: 0.12 },
        ],
        near,
      ),
    ).toEqual(["top", "right", "bottom"]);
  });

  it("falls back to the right when every side is taken", () => {
    const same = { x: 4, y: 0.1 };
    expect(labelSides([same, same, same, same], near)).toEqual(["right", "top", "bottom", "right"]);
    expect(labelSides([], near)).toEqual([]);
  });
});
