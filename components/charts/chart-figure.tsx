"use client";

import { useState, type ReactNode } from "react";

/** The "Show table" / "Show chart" switch of a chart. */
export function TableToggle({ asTable, onToggle }: { asTable: boolean; onToggle: () => void }) {
  return (
    <button
      type="button"
      className="rounded-md px-2 py-1 text-xs text-stone-600 ring-1 ring-stone-300 hover:bg-stone-50"
      aria-pressed={asTable}
      onClick={onToggle}
    >
      {asTable ? "Show chart" : "Show table"}
    </button>
  );
}

/**
 * The drawing, or its figures as a table. The drawing is hidden from screen readers, which get
 * the table instead (always in the page, visually hidden). Recharts' ResponsiveContainer
 * measures its parent, so the drawing's box has a fixed height.
 */
export function ChartBody({
  asTable,
  chart,
  table,
  height,
}: {
  asTable: boolean;
  chart: ReactNode;
  table: ReactNode;
  height: number;
}) {
  if (asTable) return <div className="max-h-96 overflow-auto">{table}</div>;
  return (
    <>
      <div aria-hidden="true" style={{ height }} className="w-full min-w-0">
        {chart}
      </div>
      <div className="sr-only">{table}</div>
    </>
  );
}

/**
 * A chart inside an existing card: the table switch above it, the drawing, an optional caption.
 * Use ChartCard (chart-card.tsx) when the chart is the card.
 */
export function ChartFigure({
  chart,
  table,
  height,
  caption,
  testId,
  className = "",
}: {
  chart: ReactNode;
  /** The chart's figures as a <table>. */
  table: ReactNode;
  height: number;
  caption?: ReactNode;
  testId?: string;
  className?: string;
}) {
  const [asTable, setAsTable] = useState(false);
  return (
    <figure className={`min-w-0 ${className}`} data-testid={testId}>
      <div className="mb-1 flex justify-end">
        <TableToggle asTable={asTable} onToggle={() => setAsTable(!asTable)} />
      </div>
      <ChartBody asTable={asTable} chart={chart} table={table} height={height} />
      {caption ? <figcaption className="mt-1 text-center text-xs text-stone-500">{caption}</figcaption> : null}
    </figure>
  );
}

/** A plain table for a chart's figures: header cells, then rows of cells. Numbers align right. */
export function FigureTable({
  caption,
  header,
  rows,
}: {
  caption: string;
  header: string[];
  rows: { key: string; cells: ReactNode[]; attrs?: Record<`data-${string}`, string | number> }[];
}) {
  return (
    <table className="w-full text-left text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead className="border-b border-stone-100 text-xs uppercase tracking-wide text-stone-500">
        <tr>
          {header.map((h, i) => (
            <th key={i} scope="col" className={`px-2 py-1.5 font-medium ${i > 0 ? "text-right" : ""}`}>
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="divide-y divide-stone-100">
        {rows.map((r) => (
          <tr key={r.key} {...r.attrs}>
            {r.cells.map((c, i) =>
              i === 0 ? (
                <th key={i} scope="row" className="px-2 py-1.5 font-normal text-stone-800">
                  {c}
                </th>
              ) : (
                <td key={i} className="px-2 py-1.5 text-right tabular-nums text-stone-700">
                  {c}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
