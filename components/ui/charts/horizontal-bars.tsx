import type { ReactNode } from "react";

export type BarRow = {
  key: string;
  label: ReactNode;
  /** Share of the bar track to fill, 0–1; null draws an empty track (undefined share). */
  fraction: number | null;
  /** The text right of the bar, e.g. "412 · 63.0%". */
  value: ReactNode;
  /** Small text under the label. */
  note?: ReactNode;
  tone?: "brand" | "muted" | "strong" | "warn";
};

const TONES: Record<NonNullable<BarRow["tone"]>, string> = {
  brand: "bg-brand-500",
  strong: "bg-brand-700",
  muted: "bg-stone-400",
  warn: "bg-amber-500",
};

/** Labelled horizontal bars on a common 0–100% track (funnels, shares). Each row is a list item
 * whose accessible name carries the label and the value, so the chart reads without the bars. */
export function HorizontalBars({ rows, label, testId }: { rows: BarRow[]; label: string; testId?: string }) {
  return (
    <ul aria-label={label} className="space-y-3" data-testid={testId}>
      {rows.map((row) => {
        const pct = row.fraction === null ? 0 : Math.max(0, Math.min(1, row.fraction)) * 100;
        return (
          <li
            key={row.key}
            className="grid grid-cols-1 gap-1 sm:grid-cols-[minmax(0,14rem)_minmax(0,1fr)_auto] sm:items-center sm:gap-3"
          >
            <div className="min-w-0">
              <div className="truncate text-sm text-stone-800">{row.label}</div>
              {row.note ? <div className="text-xs break-words text-stone-500">{row.note}</div> : null}
            </div>
            <div className="h-6 w-full overflow-hidden rounded bg-stone-100" aria-hidden="true">
              <div
                className={`h-full rounded ${TONES[row.tone ?? "brand"]} transition-[width] duration-300`}
                style={{ width: `${pct}%` }}
              />
            </div>
            <div className="text-right text-sm tabular-nums text-stone-700 sm:min-w-28">{row.value}</div>
          </li>
        );
      })}
    </ul>
  );
}
