"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";

/** Report-specific URL parameters beside the Adoption filter's (window, granularity, event…), so a
 * report view can be shared; setting one keeps the others. */
export function useReportParams(): [URLSearchParams, (patch: Record<string, string | undefined>) => void] {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const set = (patch: Record<string, string | undefined>) => {
    const q = new URLSearchParams(params.toString());
    for (const [k, v] of Object.entries(patch)) {
      if (v === undefined || v === "") q.delete(k);
      else q.set(k, v);
    }
    const query = q.toString();
    router.replace(query ? `${pathname}?${query}` : pathname, { scroll: false });
  };
  return [new URLSearchParams(params.toString()), set];
}

/** The activity choice in the URL: ?active=event:<name> or ?active=feature:<id>. */
export function activityFromParams(params: URLSearchParams): { activeEvent?: string; activeFeatureId?: string } {
  const v = params.get("active") ?? "";
  if (v.startsWith("event:") && v.length > 6) return { activeEvent: v.slice(6) };
  if (v.startsWith("feature:") && v.length > 8) return { activeFeatureId: v.slice(8) };
  return {};
}
