import type { ReactNode } from "react";

type Cell = string | number | null;

/** A plain table of a chart's figures (the rows its CSV download holds). */
export function DataTable({
  caption,
  header,
  rows,
  render,
}: {
  caption: string;
  header: string[];
  rows: Cell[][];
  /** How a cell shows on screen (default: as is; null as "—"). */
  render?: (value: Cell, column: number, row: number) => ReactNode;
}) {
  return (
    <table className="w-full text-left text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead className="border-b border-stone-100 text-xs uppercase tracking-wide text-stone-500">
        <tr>
          {header.map((h, i) => (
            <th key={h} scope="col" className={`px-2 py-1.5 font-medium ${i > 0 ? "text-right" : ""}`}>
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="divide-y divide-stone-100">
        {rows.map((r, ri) => (
          <tr key={ri}>
            {r.map((v, ci) => (
              <td key={ci} className={`px-2 py-1.5 ${ci > 0 ? "text-right tabular-nums" : ""}`}>
                {render ? render(v, ci, ri) : v === null ? "—" : v}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
