"use client";

import { useState } from "react";
import { Card } from "@/components/ui/card";
import { CsvButton } from "@/components/ui/csv-button";
import { COHORT_DEFINITIONS } from "@/server/analytics/definitions/activity";
import type { TCohortsReport } from "@/server/analytics/activity-schemas";
import { Definition } from "@/components/onboarding-reports/metric";
import { count, percent, shortDate } from "./format";

type Mode = "on" | "onOrAfter";

/** Background of a cell by its share: darker is more retained. */
function shade(rate: number | null): string {
  if (rate === null) return "transparent";
  return `rgba(35, 117, 86, ${(0.08 + 0.7 * rate).toFixed(2)})`;
}

/** The cohort table: a row per first-seen week, a column per week after it, count and share. */
export function CohortTable({ report }: { report: TCohortsReport }) {
  const [mode, setMode] = useState<Mode>("on");
  const weeks = Array.from({ length: report.weeks }, (_, n) => n);
  const header = ["Cohort week", "Size", ...weeks.map((n) => `Week ${n} %`), ...weeks.map((n) => `Week ${n} count`)];
  const csvRows = report.cohorts.map((c) => [
    c.weekStart,
    c.size,
    ...c.cells.map((cell) =>
      cell ? Math.round((mode === "on" ? (cell.onRate ?? 0) : (cell.onOrAfterRate ?? 0)) * 1000) / 10 : null,
    ),
    ...c.cells.map((cell) => (cell ? (mode === "on" ? cell.on : cell.onOrAfter) : null)),
  ]);
  const unit = report.unit === "accounts" ? "accounts" : "users";
  return (
    <Card
      title="Weekly cohorts"
      description={`${unit === "accounts" ? "Accounts" : "Users"} by the week they were first seen`}
      action={
        <div className="flex items-center gap-2">
          <div className="inline-flex rounded-md ring-1 ring-stone-300" role="group" aria-label="Cell counts">
            {(["on", "onOrAfter"] as const).map((m) => (
              <button
                key={m}
                type="button"
                aria-pressed={mode === m}
                onClick={() => setMode(m)}
                className={`px-2.5 py-1 text-xs first:rounded-l-md last:rounded-r-md ${mode === m ? "bg-brand-600 text-white" : "bg-white text-stone-700"}`}
              >
                {m === "on" ? "On week N" : "On or after week N"}
              </button>
            ))}
          </div>
          <CsvButton filename={`cohorts-${mode}.csv`} header={header} rows={csvRows} />
        </div>
      }
    >
      {report.cohorts.length === 0 ? (
        <p className="text-sm text-stone-500">No calendar week starts in this period: widen the dates.</p>
      ) : (
        <div className="-mx-4 overflow-x-auto">
          <table className="w-full min-w-[720px] text-sm" data-testid="cohort-table">
            <caption className="sr-only">Share of each cohort active in the weeks after its first week</caption>
            <thead className="text-xs uppercase tracking-wide text-stone-500">
              <tr>
                <th scope="col" className="px-3 py-2 text-left font-medium">
                  Week of
                </th>
                <th scope="col" className="px-3 py-2 text-right font-medium">
                  {unit}
                </th>
                {weeks.map((n) => (
                  <th key={n} scope="col" className="px-2 py-2 text-right font-medium">
                    {n}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {report.cohorts.map((c) => (
                <tr key={c.weekStart} className="border-t border-stone-100">
                  <th scope="row" className="px-3 py-1.5 text-left font-normal text-stone-700">
                    {shortDate(c.weekStart)}
                  </th>
                  <td className="px-3 py-1.5 text-right tabular-nums">{count(c.size)}</td>
                  {c.cells.map((cell, n) => {
                    const rate = cell ? (mode === "on" ? cell.onRate : cell.onOrAfterRate) : null;
                    const n2 = cell ? (mode === "on" ? cell.on : cell.onOrAfter) : null;
                    return (
                      <td
                        key={n}
                        className="px-2 py-1.5 text-right tabular-nums"
                        style={{ background: shade(rate) }}
                        title={cell ? `${count(n2 ?? 0)} of ${count(c.size)}` : "Week not over yet"}
                      >
                        {cell ? percent(rate, 0) : ""}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="mt-3 grid gap-x-6 sm:grid-cols-2">
        <Definition>{COHORT_DEFINITIONS.cohort}</Definition>
        <Definition>{mode === "on" ? COHORT_DEFINITIONS.on : COHORT_DEFINITIONS.onOrAfter}</Definition>
        <Definition>{COHORT_DEFINITIONS.incomplete}</Definition>
      </div>
    </Card>
  );
}
