"use client";

import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";
import { useWorkspace } from "@/components/shell/workspace-context";

const TABS = [
  { path: "", label: "Features" },
  { path: "/retention", label: "Retention" },
  { path: "/lifecycle", label: "Lifecycle" },
  { path: "/stickiness", label: "Stickiness" },
  { path: "/critical-event", label: "Critical event" },
  { path: "/engagement", label: "Engagement" },
  { path: "/funnels", label: "Funnels" },
] as const;

/** The Adoption section's reports; a tab keeps the filter (the query string) of the one before. */
export function AdoptionTabs() {
  const ws = useWorkspace();
  const pathname = usePathname();
  const params = useSearchParams();
  const base = `/w/${ws.slug}/adoption`;
  const query = params.toString();
  const current = (path: string) =>
    path === "" ? pathname === base || pathname.startsWith(`${base}/features`) : pathname.startsWith(base + path);
  return (
    <nav aria-label="Adoption reports" className="mb-6 flex flex-wrap gap-1 border-b border-stone-200">
      {TABS.map((t) => (
        <Link
          key={t.path}
          href={`${base}${t.path}${query ? `?${query}` : ""}`}
          aria-current={current(t.path) ? "page" : undefined}
          className={`-mb-px border-b-2 px-3 py-2 text-sm font-medium ${current(t.path) ? "border-brand-600 text-brand-700" : "border-transparent text-stone-600 hover:text-stone-900"}`}
        >
          {t.label}
        </Link>
      ))}
    </nav>
  );
}
