"use client";

import { Command } from "cmdk";
import type { ReactNode } from "react";

/** How one option reads: a title (two lines at most), a line of details, and something at the end. */
export type OptionView = { title: ReactNode; details: ReactNode; end?: ReactNode };

/**
 * A search field over a list the server filters (cmdk: the field is a combobox, the list a
 * listbox; arrow keys move, Enter picks the highlighted option, which starts on the first).
 * Loading, error and "nothing found" lines sit under the field, as in the rest of the dashboard.
 * Test ids: `${testId}-search` on the field, `${testId}-option` on each option.
 */
export function Combobox<T extends { id: string }>(props: {
  label: string;
  hint?: ReactNode;
  placeholder?: string;
  search: [string, (q: string) => void];
  results: { isLoading: boolean; isSuccess: boolean; error: { message: string } | null };
  options: T[];
  /** Shown when the search found nothing. */
  empty: ReactNode;
  view: (option: T) => OptionView;
  onPick: (option: T) => void;
  disabled?: boolean;
  testId: string;
}) {
  const [query, setQuery] = props.search;
  const { results } = props;
  return (
    // Filtering is the server's: cmdk only keeps the keyboard and ARIA plumbing.
    <Command shouldFilter={false} loop label={props.label} className="space-y-3">
      <div className="space-y-1">
        {/* cmdk names the field with its own hidden label; this one is what sighted users read. */}
        <span aria-hidden="true" className="block text-sm font-medium text-stone-700">
          {props.label}
        </span>
        <Command.Input
          value={query}
          onValueChange={setQuery}
          placeholder={props.placeholder}
          data-autofocus
          data-testid={`${props.testId}-search`}
          className="block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-sm shadow-xs focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-100"
        />
        {props.hint ? <span className="block text-xs text-stone-500">{props.hint}</span> : null}
      </div>
      {results.isLoading ? <p className="animate-pulse text-sm text-stone-500">Loading…</p> : null}
      {results.error ? <p className="text-sm text-red-700">{results.error.message}</p> : null}
      {results.isSuccess && props.options.length === 0 ? <p className="text-sm text-stone-500">{props.empty}</p> : null}
      <Command.List
        className={props.options.length > 0 ? "max-h-72 overflow-y-auto rounded-md ring-1 ring-stone-200" : ""}
      >
        {props.options.map((option) => {
          const v = props.view(option);
          return (
            <Command.Item
              key={option.id}
              value={option.id}
              disabled={props.disabled}
              onSelect={() => props.onPick(option)}
              data-testid={`${props.testId}-option`}
              className="flex w-full cursor-pointer items-center justify-between gap-3 border-b border-stone-100 px-3 py-2 text-left text-sm last:border-b-0 data-[disabled=true]:opacity-50 data-[selected=true]:bg-brand-50"
            >
              <span className="min-w-0">
                <span className="line-clamp-2 text-stone-900">{v.title}</span>
                <span className="text-xs text-stone-500">{v.details}</span>
              </span>
              {v.end}
            </Command.Item>
          );
        })}
      </Command.List>
    </Command>
  );
}
