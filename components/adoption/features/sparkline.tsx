/** A feature's weekly breadth as a small line (0–100% scale); weeks without anyone active leave a
 * gap. The figures are in the row's title for hover and in the CSV. */
export function Sparkline({ values, label }: { values: (number | null)[]; label: string }) {
  const w = 96;
  const h = 24;
  const n = values.length;
  const x = (i: number) => (n <= 1 ? w / 2 : (i / (n - 1)) * (w - 4) + 2);
  const y = (v: number) => h - 2 - v * (h - 4);
  const runs: string[] = [];
  let run: string[] = [];
  values.forEach((v, i) => {
    if (v === null) {
      if (run.length) runs.push(run.join(" "));
      run = [];
    } else run.push(`${x(i)},${y(v)}`);
  });
  if (run.length) runs.push(run.join(" "));
  return (
    <svg width={w} height={h} viewBox={`0 0 ${w} ${h}`} role="img" aria-label={label}>
      <title>{label}</title>
      <line x1={0} x2={w} y1={h - 2} y2={h - 2} stroke="#e7e5e4" />
      {runs.map((points, i) =>
        points.includes(" ") ? (
          <polyline key={i} points={points} fill="none" stroke="#237556" strokeWidth={1.5} />
        ) : (
          <circle key={i} cx={points.split(",")[0]} cy={points.split(",")[1]} r={1.5} fill="#237556" />
        ),
      )}
    </svg>
  );
}
