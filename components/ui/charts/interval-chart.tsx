import { positionOf, symmetricDomain } from "./scale";

const WIDTH = 560;
const PAD = 24;
const HEIGHT = 72;
const AXIS_Y = 50;

/**
 * A point estimate with its confidence interval as an error bar, on an axis centred on 0 with a
 * zero line: whether the bar crosses the line is the whole story. Values in display units (pp).
 */
export function IntervalChart({
  estimate,
  low,
  high,
  unit,
  label,
  minHalfSpan = 5,
  limit = 100,
  tone = "neutral",
}: {
  estimate: number;
  low: number;
  high: number;
  unit: string;
  label: string;
  minHalfSpan?: number;
  limit?: number;
  tone?: "neutral" | "good" | "bad";
}) {
  const domain = symmetricDomain([estimate, low, high], { minHalfSpan, limit });
  const x = (v: number) => PAD + positionOf(v, domain, WIDTH - 2 * PAD);
  const color = tone === "good" ? "#237556" : tone === "bad" ? "#b91c1c" : "#57534e";
  const fmt = (v: number) =>
    `${v > 0 ? "+" : v < 0 ? "\u2212" : ""}${Math.abs(v).toFixed(Number.isInteger(v) ? 0 : 1)}`;
  // The width is capped because the viewBox scales text with the chart: a full-width chart on a
  // wide screen would get oversized labels.
  return (
    <figure className="max-w-xl">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" role="img" aria-label={label} className="overflow-visible">
        <title>{label}</title>
        {domain.ticks.map((t) => (
          <g key={t}>
            <line x1={x(t)} x2={x(t)} y1={AXIS_Y} y2={AXIS_Y + 5} stroke="#a8a29e" />
            <text x={x(t)} y={AXIS_Y + 18} textAnchor="middle" fontSize="11" fill="#78716c">
              {fmt(t)}
            </text>
          </g>
        ))}
        <line x1={PAD} x2={WIDTH - PAD} y1={AXIS_Y} y2={AXIS_Y} stroke="#d6d3d1" />
        <line x1={x(0)} x2={x(0)} y1={6} y2={AXIS_Y} stroke="#78716c" strokeDasharray="3 3" />
        <text x={x(0)} y={4} textAnchor="middle" fontSize="10" fill="#78716c">
          no difference
        </text>
        <line x1={x(low)} x2={x(high)} y1={28} y2={28} stroke={color} strokeWidth="2.5" />
        <line x1={x(low)} x2={x(low)} y1={20} y2={36} stroke={color} strokeWidth="2.5" />
        <line x1={x(high)} x2={x(high)} y1={20} y2={36} stroke={color} strokeWidth="2.5" />
        <circle cx={x(estimate)} cy={28} r={6} fill={color} />
      </svg>
      <figcaption className="mt-1 text-center text-xs text-stone-400">
        {unit}: the dot is the estimate, the bar its 95% interval
      </figcaption>
    </figure>
  );
}
