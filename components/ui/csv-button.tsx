"use client";

import { csvLine } from "@/server/contract/csv";
import { downloadCsv } from "./download-csv";

type Cell = string | number | null | undefined;

/** Downloads a table as CSV (RFC 4180, formula-safe cells: server/contract/csv.ts), built in the
 * browser from the rows on screen. */
export function CsvButton({ filename, header, rows }: { filename: string; header: string[]; rows: Cell[][] }) {
  const download = () => {
    downloadCsv(filename, [header, ...rows].map(csvLine).join(""));
  };
  return (
    <button
      type="button"
      className="rounded-md px-2 py-1 text-xs text-stone-600 ring-1 ring-stone-300 hover:bg-stone-50"
      onClick={download}
      disabled={rows.length === 0}
    >
      Download CSV
    </button>
  );
}
