import type { SurveyKind } from "@/server/surveys/schemas";
import type { TSurveyReport } from "@/server/surveys/reports/schemas";
import { formatMetric } from "../labels";

const WIDTH = 640;
const HEIGHT = 200;
const PAD = { left: 40, right: 12, top: 12, bottom: 28 };

const DOMAINS: Record<Exclude<SurveyKind, "open">, { min: number; max: number; ticks: number[] }> = {
  nps: { min: -100, max: 100, ticks: [-100, -50, 0, 50, 100] },
  csat: { min: 0, max: 100, ticks: [0, 25, 50, 75, 100] },
  ces: { min: 1, max: 7, ticks: [1, 2, 3, 4, 5, 6, 7] },
};

const shortDate = (iso: string) =>
  new Date(`${iso}T00:00:00Z`).toLocaleDateString("en-US", { month: "short", day: "numeric", timeZone: "UTC" });

/** The weekly metric as a line; a week without answers breaks the line (a gap, never a zero).
 * Open questions: answers per week as columns. */
export function TrendChart({
  kind,
  weekly,
  label,
}: {
  kind: SurveyKind;
  weekly: TSurveyReport["weekly"];
  label: string;
}) {
  const innerW = WIDTH - PAD.left - PAD.right;
  const innerH = HEIGHT - PAD.top - PAD.bottom;
  const n = weekly.length;
  const x = (i: number) => PAD.left + (n <= 1 ? innerW / 2 : (i / (n - 1)) * innerW);
  const labelEvery = Math.max(1, Math.ceil(n / 8));

  if (kind === "open") {
    const max = Math.max(1, ...weekly.map((w) => w.n));
    const band = innerW / Math.max(1, n);
    const y = (v: number) => PAD.top + innerH - (v / max) * innerH;
    return (
      <figure>
        <svg
          viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
          width="100%"
          role="img"
          aria-label={label}
          data-testid="survey-trend-chart"
        >
          <title>{label}</title>
          <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(0)} y2={y(0)} stroke="#d6d3d1" />
          <text x={PAD.left - 6} y={y(max) + 4} textAnchor="end" fontSize="11" fill="#78716c">
            {max}
          </text>
          {weekly.map((w, i) => (
            <g key={w.week}>
              <rect
                x={PAD.left + i * band + band * 0.15}
                width={band * 0.7}
                y={y(w.n)}
                height={y(0) - y(w.n)}
                fill="#237556"
                rx={2}
              >
                <title>{`Week of ${w.from}: ${w.n} answer${w.n === 1 ? "" : "s"}`}</title>
              </rect>
              {i % labelEvery === 0 ? (
                <text
                  x={PAD.left + i * band + band / 2}
                  y={HEIGHT - 8}
                  textAnchor="middle"
                  fontSize="11"
                  fill="#78716c"
                >
                  {shortDate(w.from)}
                </text>
              ) : null}
            </g>
          ))}
        </svg>
      </figure>
    );
  }

  const domain = DOMAINS[kind];
  const y = (v: number) => PAD.top + innerH - ((v - domain.min) / (domain.max - domain.min)) * innerH;
  // Runs of consecutive weeks with a value: each is one polyline.
  const runs: { i: number; v: number }[][] = [];
  let run: { i: number; v: number }[] = [];
  weekly.forEach((w, i) => {
    if (w.value === null) {
      if (run.length) runs.push(run);
      run = [];
    } else run.push({ i, v: w.value });
  });
  if (run.length) runs.push(run);

  return (
    <figure>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width="100%"
        role="img"
        aria-label={label}
        data-testid="survey-trend-chart"
      >
        <title>{label}</title>
        {domain.ticks.map((t) => (
          <g key={t}>
            <line
              x1={PAD.left}
              x2={WIDTH - PAD.right}
              y1={y(t)}
              y2={y(t)}
              stroke={kind === "nps" && t === 0 ? "#a8a29e" : "#e7e5e4"}
              strokeDasharray={kind === "nps" && t === 0 ? "3 3" : undefined}
            />
            <text x={PAD.left - 6} y={y(t) + 4} textAnchor="end" fontSize="11" fill="#78716c">
              {kind === "csat" ? `${t}%` : t}
            </text>
          </g>
        ))}
        {runs.map((r) => (
          <polyline
            key={r[0]!.i}
            points={r.map((p) => `${x(p.i)},${y(p.v)}`).join(" ")}
            fill="none"
            stroke="#237556"
            strokeWidth={2.5}
            strokeLinejoin="round"
          />
        ))}
        {weekly.map((w, i) => (
          <g key={w.week}>
            {w.value === null ? (
              <circle cx={x(i)} cy={y(domain.min) - 3} r={2} fill="#d6d3d1">
                <title>{`Week of ${w.from}: no answers`}</title>
              </circle>
            ) : (
              <circle cx={x(i)} cy={y(w.value)} r={4} fill="#237556" data-week={w.week}>
                <title>{`Week of ${w.from}: ${formatMetric(kind, w.value)} (n=${w.n})`}</title>
              </circle>
            )}
            {i % labelEvery === 0 ? (
              <text x={x(i)} y={HEIGHT - 8} textAnchor="middle" fontSize="11" fill="#78716c">
                {shortDate(w.from)}
              </text>
            ) : null}
          </g>
        ))}
      </svg>
      <figcaption className="mt-1 text-center text-xs text-stone-400">
        Weeks start on {shortDate(weekly[0]?.from ?? "1970-01-01")}; hover a point for its value and count.
      </figcaption>
    </figure>
  );
}
