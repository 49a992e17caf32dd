"use client";

import type { Dir } from "./list-params";

/** A sortable column's header: a button that says how the list is sorted (aria-sort on the th is
 * set by the table through `sortState`). */
export function SortHeader({
  label,
  active,
  dir,
  onClick,
}: {
  label: string;
  active: boolean;
  dir: Dir;
  onClick: () => void;
}) {
  return (
    <button
      type="button"
      className={`inline-flex items-center gap-1 uppercase tracking-wide hover:text-stone-900 ${active ? "text-stone-900" : ""}`}
      onClick={onClick}
      aria-label={`Sort by ${label}${active ? (dir === "asc" ? ", now ascending" : ", now descending") : ""}`}
    >
      {label}
      <span aria-hidden="true">{active ? (dir === "asc" ? "▲" : "▼") : "↕"}</span>
    </button>
  );
}
