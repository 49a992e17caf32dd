import Link from "next/link";
import type { ReactNode } from "react";
import { HintText } from "./tooltip";

export type Column = {
  label?: ReactNode;
  /** Numbers and actions sit on the right. */
  align?: "left" | "right";
  /** What the column counts, shown on hover or focus of its header. */
  hint?: string;
};

/** A card-wide table: one header row from `columns`, body rows (`<tr>` of `Cell`s) as children.
 * `minWidth` (e.g. "min-w-[720px]") keeps columns readable; narrower screens scroll sideways. */
export function Table({
  columns,
  minWidth = "",
  children,
}: {
  columns: Column[];
  minWidth?: string;
  children: ReactNode;
}) {
  return (
    <div className="-mx-4 overflow-x-auto">
      <table className={`w-full ${minWidth} text-left text-sm`}>
        <thead className="border-b border-stone-100 text-xs uppercase tracking-wide text-stone-500">
          <tr>
            {columns.map((c, i) => (
              <th key={i} className={`px-4 py-2 font-medium ${c.align === "right" ? "text-right" : ""}`}>
                {c.hint ? <HintText hint={c.hint}>{c.label}</HintText> : c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-100">{children}</tbody>
      </table>
    </div>
  );
}

export function Cell({
  align = "left",
  className = "",
  children,
}: {
  align?: "left" | "right";
  className?: string;
  children?: ReactNode;
}) {
  return <td className={`px-4 py-3 ${align === "right" ? "text-right tabular-nums" : ""} ${className}`}>{children}</td>;
}

/** A row's first cell: its name, linking to it, over a line of badges and details. */
export function TitleCell({ href, title, children }: { href: string; title: ReactNode; children: ReactNode }) {
  return (
    <Cell>
      <Link href={href} className="font-medium text-stone-900 hover:text-brand-700">
        {title}
      </Link>
      <div className="mt-1 flex flex-wrap items-center gap-2 text-xs text-stone-500">{children}</div>
    </Cell>
  );
}

/** A row's last cell: its actions, right-aligned on one line. */
export function ActionsCell({ children }: { children: ReactNode }) {
  return (
    <Cell align="right" className="whitespace-nowrap">
      <div className="flex justify-end gap-1">{children}</div>
    </Cell>
  );
}
