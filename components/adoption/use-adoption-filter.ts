"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import type { AdoptionFilterInput } from "@/server/analytics/schemas";
import { filterFromParams, filterToParams } from "./filter-params";

/** The report's filter, read from and written to the URL (other query parameters are kept). */
export function useAdoptionFilter(): [AdoptionFilterInput, (next: AdoptionFilterInput) => void] {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const value = filterFromParams(new URLSearchParams(params.toString()));
  const set = (next: AdoptionFilterInput) => {
    const query = filterToParams(next, new URLSearchParams(params.toString())).toString();
    router.replace(query ? `${pathname}?${query}` : pathname, { scroll: false });
  };
  return [value, set];
}
