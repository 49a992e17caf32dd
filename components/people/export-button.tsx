"use client";

import { useState } from "react";
import { downloadCsv } from "@/components/ui/download-csv";
import { csvLine } from "@/server/contract/csv";

type Cell = string | number | null | undefined;

/** "Download CSV" of a whole list under its current filter, search and sort (up to 10,000 rows):
 * fetches the rows when clicked, then saves them (RFC 4180, formula-safe: server/contract/csv.ts). */
export function ExportButton({
  filename,
  header,
  load,
  disabled,
}: {
  filename: string;
  header: string[];
  load: () => Promise<Cell[][]>;
  disabled?: boolean;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const download = async () => {
    setBusy(true);
    setError(null);
    try {
      const rows = await load();
      downloadCsv(filename, [header, ...rows].map(csvLine).join(""));
    } catch (e) {
      setError(e instanceof Error ? e.message : "The file could not be made.");
    } finally {
      setBusy(false);
    }
  };
  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        className="rounded-md px-2 py-1 text-xs text-stone-600 ring-1 ring-stone-300 hover:bg-stone-50"
        onClick={download}
        disabled={busy || disabled}
      >
        {busy ? "Preparing…" : "Download CSV"}
      </button>
      {error ? <span className="text-xs text-red-700">{error}</span> : null}
    </span>
  );
}
