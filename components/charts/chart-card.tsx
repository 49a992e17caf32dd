"use client";

import { useId, useState, type ReactNode } from "react";
import { ChartBody, TableToggle } from "./chart-figure";

/**
 * A chart with what it shows: its title, the metric's definition beside it, and the same figures
 * as a table one click away (screen readers get the table; the drawing is hidden from them). The
 * chart itself is a Recharts component (docs/decisions/charts.md).
 */
export function ChartCard({
  title,
  definition,
  chart,
  table,
  action,
  testId,
  height = 260,
  footer,
}: {
  title: string;
  definition: ReactNode;
  chart: ReactNode;
  /** The chart's figures as a table (a <table> element). */
  table: ReactNode;
  action?: ReactNode;
  testId?: string;
  height?: number;
  /** Below the chart, inside the card (e.g. the funnel's drop-off lists). */
  footer?: ReactNode;
}) {
  const [asTable, setAsTable] = useState(false);
  const id = useId();
  return (
    <section
      className="rounded-lg border border-stone-200 bg-white shadow-xs"
      aria-labelledby={`${id}-title`}
      data-testid={testId}
    >
      <header className="flex flex-wrap items-start justify-between gap-3 border-b border-stone-100 px-4 py-3">
        <div className="min-w-0">
          <h2 id={`${id}-title`} className="text-sm font-semibold text-stone-800">
            {title}
          </h2>
          <p className="mt-0.5 max-w-3xl text-xs leading-relaxed text-stone-600">{definition}</p>
        </div>
        <div className="flex items-center gap-2">
          {action}
          <TableToggle asTable={asTable} onToggle={() => setAsTable(!asTable)} />
        </div>
      </header>
      <div className="p-4">
        <ChartBody asTable={asTable} chart={chart} table={table} height={height} />
        {footer}
      </div>
    </section>
  );
}
