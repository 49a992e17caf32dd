"use client";

import { csvLine } from "@/server/contract/csv";

type Cell = string | number | null | undefined;

/** Downloads a table as CSV (RFC 4180, formula-safe cells: server/contract/csv.ts), built in the
 * browser from the rows on screen. */
export function CsvButton({ filename, header, rows }: { filename: string; header: string[]; rows: Cell[][] }) {
  const download = () => {
    const text = [header, ...rows].map(csvLine).join("");
    const url = URL.createObjectURL(new Blob([text], { type: "text/csv;charset=utf-8" }));
    const a = document.createElement("a");
    a.href = url;
    a.download = filename;
    a.click();
    URL.revokeObjectURL(url);
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
