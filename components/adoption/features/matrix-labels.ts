// Where the engagement matrix writes each feature's name beside its dot. Features with the same
// breadth and frequency (tried by few, rarely) sit on top of each other, and names written to the
// right of both would overprint.

export type LabelSide = "right" | "top" | "bottom";

const SIDES: LabelSide[] = ["right", "top", "bottom"];

/** The side of each dot's name (same order as `dots`): right, unless a dot already named on that
 * side is close (within `near.x` breadth points and `near.y` of the frequency axis), then above,
 * then below; right again when every side is taken. Dots are placed left to right. */
export function labelSides(dots: readonly { x: number; y: number }[], near: { x: number; y: number }): LabelSide[] {
  const order = dots.map((d, i) => ({ ...d, i })).sort((a, b) => a.x - b.x || a.y - b.y);
  const placed: { x: number; y: number; side: LabelSide }[] = [];
  const out: LabelSide[] = new Array<LabelSide>(dots.length).fill("right");
  for (const d of order) {
    const clashes = (side: LabelSide) =>
      placed.some((p) => p.side === side && Math.abs(p.x - d.x) < near.x && Math.abs(p.y - d.y) < near.y);
    const side = SIDES.find((s) => !clashes(s)) ?? "right";
    placed.push({ x: d.x, y: d.y, side });
    out[d.i] = side;
  }
  return out;
}
