"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import type { AdoptionFilterInput } from "@/server/analytics/schemas";
import { filterFromParams, filterToParams } from "@/components/adoption/filter-params";
import { listStateFromParams, listStateToParams, type Dir, type ListState } from "./list-params";

/** A People list's filter (the Adoption filter bar's persona, account and traits; its dates are not
 * used) and its search, sort and page, all in the URL. A new filter or search goes back to page 1. */
export function useListState<S extends string>(sorts: readonly S[], defaults: { sort: S; dir: Dir }) {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const current = new URLSearchParams(params.toString());
  const filter = filterFromParams(current);
  const state = listStateFromParams(current, sorts, defaults);
  const write = (next: URLSearchParams) => {
    const query = next.toString();
    router.replace(query ? `${pathname}?${query}` : pathname, { scroll: false });
  };
  return {
    filter,
    state,
    setFilter: (next: AdoptionFilterInput) =>
      write(
        listStateToParams({ ...state, page: 1 }, filterToParams({ ...next, from: undefined, to: undefined }, current)),
      ),
    setState: (patch: Partial<ListState<S>>) => write(listStateToParams({ ...state, ...patch }, current)),
  };
}
