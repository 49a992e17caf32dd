"use client";

import { Bar, BarChart, Cell, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis, usePlotArea } from "recharts";
import { CHART_COLORS, CHART_PROPS, TOOLTIP_PROPS } from "./chart-theme";
import { ChartFigure, FigureTable } from "./chart-figure";

export type BarRow = {
  key: string;
  label: string;
  /** Share of the track to fill, 0–1; null draws an empty track (an undefined share). */
  fraction: number | null;
  /** The text right of the bar, e.g. "412 · 63.0%". */
  value: string;
  /** Small text under the label. */
  note?: string;
  tone?: "brand" | "muted" | "strong" | "warn";
};

const TONES: Record<NonNullable<BarRow["tone"]>, string> = {
  brand: CHART_COLORS.brandLight,
  strong: CHART_COLORS.brandStrong,
  muted: CHART_COLORS.muted,
  warn: CHART_COLORS.warn,
};
const TRACK = "#f5f5f4"; // stone-100
const LABEL_WIDTH = 210;
const VALUE_WIDTH = 120;

const rowHeight = (rows: readonly BarRow[]) => (rows.some((r) => r.note) ? 46 : 36);

/** The height the chart needs for its rows (its parent must have it: ResponsiveContainer). */
export function horizontalBarsHeight(rows: readonly BarRow[]): number {
  return rows.length * rowHeight(rows) + 8;
}

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** Labelled horizontal bars on a common 0–100% track (funnels, shares). */
export function HorizontalBarChart({ rows }: { rows: BarRow[] }) {
  const data = rows.map((r) => ({ ...r, share: r.fraction === null ? 0 : Math.max(0, Math.min(1, r.fraction)) }));
  const byKey = new Map(rows.map((r) => [r.key, r]));
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart
        {...CHART_PROPS}
        data={data}
        layout="vertical"
        margin={{ top: 4, right: VALUE_WIDTH, bottom: 4, left: 0 }}
        barCategoryGap="22%"
      >
        <XAxis type="number" domain={[0, 1]} hide />
        <YAxis
          type="category"
          dataKey="key"
          width={LABEL_WIDTH}
          axisLine={false}
          tickLine={false}
          // The axis starts at the chart's left edge (margin.left = 0): labels read from there.
          tick={({ y, payload }) => {
            const key = String(payload.value);
            const row = byKey.get(key);
            return (
              <g transform={`translate(0,${Number(y)})`}>
                <text y={row?.note ? -3 : 4} fontSize={13} fill="#292524">
                  {clip(row?.label ?? key, 30)}
                </text>
                {row?.note ? (
                  <text y={12} fontSize={11} fill={CHART_COLORS.tick}>
                    {clip(row.note, 36)}
                  </text>
                ) : null}
              </g>
            );
          }}
        />
        <Tooltip
          {...TOOLTIP_PROPS}
          cursor={false}
          content={({ active, payload }) => {
            const row = active ? (payload?.[0]?.payload as BarRow | undefined) : undefined;
            if (!row) return null;
            return (
              <div style={TOOLTIP_PROPS.contentStyle}>
                <div style={TOOLTIP_PROPS.labelStyle}>{row.label}</div>
                {row.note ? <div className="text-xs text-stone-500">{row.note}</div> : null}
                <div className="tabular-nums">{row.value}</div>
              </div>
            );
          }}
        />
        <Bar dataKey="share" radius={4} background={{ fill: TRACK, radius: 4 }} isAnimationActive={false}>
          {data.map((r) => (
            <Cell key={r.key} fill={TONES[r.tone ?? "brand"]} />
          ))}
          <LabelList
            dataKey="value"
            content={(props) => <ValueLabel y={props.y} height={props.height} value={props.value} />}
          />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}

/** The value right of the track (not of the bar), so values line up in a column. */
function ValueLabel({ y, height, value }: { y?: number | string; height?: number | string; value?: unknown }) {
  const plot = usePlotArea();
  if (!plot || y === undefined) return null;
  return (
    <text
      x={plot.x + plot.width + VALUE_WIDTH - 4}
      y={Number(y) + Number(height ?? 0) / 2}
      textAnchor="end"
      dominantBaseline="central"
      fontSize={13}
      fill="#44403c"
    >
      {String(value ?? "")}
    </text>
  );
}

/** The bars with their "Show table" switch: the table lists label, note and value per row. */
export function HorizontalBarFigure({
  rows,
  label,
  header,
  testId,
}: {
  rows: BarRow[];
  /** What the chart shows, as a sentence (the table's caption). */
  label: string;
  /** Column titles: the row label's and the value's. */
  header: [string, string];
  testId?: string;
}) {
  const withNotes = rows.some((r) => r.note);
  return (
    <ChartFigure
      testId={testId}
      height={horizontalBarsHeight(rows)}
      chart={<HorizontalBarChart rows={rows} />}
      table={
        <FigureTable
          caption={label}
          header={withNotes ? [header[0], "Detail", header[1]] : header}
          rows={rows.map((r) => ({
            key: r.key,
            cells: withNotes ? [r.label, r.note ?? "", r.value] : [r.label, r.value],
          }))}
        />
      }
    />
  );
}
