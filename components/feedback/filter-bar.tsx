"use client";

import type { Ref } from "react";
import { Button } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/field";
import {
  FEEDBACK_SOURCES,
  FEEDBACK_STATUSES,
  NPS_CATEGORIES,
  type FeedbackCounts,
  type NpsCategoryFilter,
} from "@/server/feedback/schemas";
import { activeFilterCount, EMPTY_FILTERS, type FilterState } from "./filter-params";
import { NPS_LABELS, SOURCE_LABELS, STATUS_LABELS } from "./labels";

export type FilterOptions = {
  tags: { name: string; count: number }[];
  personas: { id: string; name: string }[];
  accounts: { id: string; externalId: string; name: string | null; count: number }[];
  plans: string[];
  members: { id: string; name: string }[];
};

function toggle<T>(list: T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

const chip = (on: boolean) =>
  `inline-flex items-center gap-1.5 rounded-full px-3 py-1 text-sm ring-1 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-brand-500 ${
    on ? "bg-stone-900 text-white ring-stone-900" : "bg-white text-stone-700 ring-stone-300 hover:bg-stone-50"
  }`;

export function FilterBar({
  filters,
  onChange,
  search,
  onSearch,
  searchRef,
  counts,
  options,
}: {
  filters: FilterState;
  onChange: (next: FilterState) => void;
  search: string;
  onSearch: (q: string) => void;
  searchRef: Ref<HTMLInputElement>;
  counts: FeedbackCounts | undefined;
  options: FilterOptions;
}) {
  const set = <K extends keyof FilterState>(key: K, value: FilterState[K]) => onChange({ ...filters, [key]: value });
  const active = activeFilterCount(filters) + (filters.status.length > 0 ? 1 : 0) + (search.trim() ? 1 : 0);

  return (
    <div className="space-y-3" data-testid="feedback-filters">
      <div className="flex flex-wrap items-center gap-2">
        <div className="min-w-56 flex-1">
          <label htmlFor="feedback-search" className="sr-only">
            Search feedback
          </label>
          <input
            className="block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-sm shadow-xs focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-100"
            id="feedback-search"
            ref={searchRef}
            type="search"
            value={search}
            placeholder="Search text, tags, people, accounts…  ( / )"
            onChange={(e) => onSearch(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === "Escape") (e.target as HTMLInputElement).blur();
            }}
            data-testid="feedback-search"
          />
        </div>
        {active > 0 ? (
          <Button
            variant="ghost"
            onClick={() => {
              onSearch("");
              onChange(EMPTY_FILTERS);
            }}
            data-testid="clear-filters"
          >
            Clear filters ({active})
          </Button>
        ) : null}
      </div>

      <div className="flex flex-wrap gap-2" role="group" aria-label="Status">
        <button
          type="button"
          className={chip(filters.status.length === 0)}
          aria-pressed={filters.status.length === 0}
          onClick={() => set("status", [])}
          data-testid="status-chip-all"
        >
          All <span className="tabular-nums opacity-70">{counts?.total ?? ""}</span>
        </button>
        {FEEDBACK_STATUSES.map((s) => (
          <button
            key={s}
            type="button"
            className={chip(filters.status.includes(s))}
            aria-pressed={filters.status.includes(s)}
            onClick={() => set("status", toggle(filters.status, s))}
            data-testid={`status-chip-${s}`}
          >
            {STATUS_LABELS[s]} <span className="tabular-nums opacity-70">{counts?.byStatus[s] ?? ""}</span>
          </button>
        ))}
      </div>

      <div className="flex flex-wrap gap-2" role="group" aria-label="Source">
        {FEEDBACK_SOURCES.map((s) => (
          <button
            key={s}
            type="button"
            className={chip(filters.source.includes(s))}
            aria-pressed={filters.source.includes(s)}
            onClick={() => set("source", toggle(filters.source, s))}
          >
            {SOURCE_LABELS[s]}
          </button>
        ))}
      </div>

      <div className="grid grid-cols-2 gap-2 sm:grid-cols-3 lg:grid-cols-4 xl:grid-cols-8">
        <Select aria-label="Tag" value={filters.tag} onChange={(e) => set("tag", e.target.value)}>
          <option value="">Any tag</option>
          {options.tags.map((t) => (
            <option key={t.name} value={t.name}>
              #{t.name} ({t.count})
            </option>
          ))}
        </Select>
        <Select aria-label="Persona" value={filters.persona} onChange={(e) => set("persona", e.target.value)}>
          <option value="">Any persona</option>
          {options.personas.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </Select>
        <Select aria-label="Account" value={filters.account} onChange={(e) => set("account", e.target.value)}>
          <option value="">Any account</option>
          {options.accounts.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name ?? a.externalId} ({a.count})
            </option>
          ))}
        </Select>
        <Select aria-label="Plan" value={filters.plan} onChange={(e) => set("plan", e.target.value)}>
          <option value="">Any plan</option>
          {options.plans.map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
        </Select>
        <Select
          aria-label="NPS category"
          title="A survey answer's own score; for other feedback, the author's latest NPS answer"
          value={filters.nps}
          onChange={(e) => set("nps", e.target.value as NpsCategoryFilter | "")}
        >
          <option value="">Any NPS</option>
          {NPS_CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {NPS_LABELS[c]}
            </option>
          ))}
        </Select>
        <Select aria-label="Assignee" value={filters.assignee} onChange={(e) => set("assignee", e.target.value)}>
          <option value="">Anyone</option>
          <option value="none">Unassigned</option>
          {options.members.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
        </Select>
        <Input
          type="date"
          aria-label="From (day)"
          value={filters.from}
          max={filters.to || undefined}
          onChange={(e) => set("from", e.target.value)}
        />
        <Input
          type="date"
          aria-label="To (day, included)"
          value={filters.to}
          min={filters.from || undefined}
          onChange={(e) => set("to", e.target.value)}
        />
      </div>
    </div>
  );
}
