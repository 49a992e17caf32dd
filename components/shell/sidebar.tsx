"use client";

import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import { signOut } from "next-auth/react";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Menu } from "@/components/ui/menu";
import { useWorkspace } from "./workspace-context";

// `section`: also active on the pages below it (a checklist under Onboarding).
// `badge`: a count shown beside the label (new feedback), with what it counts for screen readers.
type Item = {
  href: string;
  label: string;
  section?: boolean;
  badge?: { count: number; label: string; testId: string };
};

const NEW_FEEDBACK_REFRESH_MS = 30_000;

function NavLink({ item, onNavigate }: { item: Item; onNavigate: () => void }) {
  const pathname = usePathname();
  const active = pathname === item.href || (item.section === true && pathname.startsWith(`${item.href}/`));
  return (
    <Link
      href={item.href}
      onClick={onNavigate}
      className={`block rounded-md px-3 py-1.5 text-sm ${active ? "bg-brand-50 font-medium text-brand-700" : "text-stone-600 hover:bg-stone-100 hover:text-stone-900"}`}
    >
      <span className="flex items-center justify-between gap-2">
        {item.label}
        {item.badge && item.badge.count > 0 ? (
          <span className="rounded-full bg-brand-600 px-1.5 text-xs font-semibold tabular-nums text-white">
            <span data-testid={item.badge.testId}>{item.badge.count > 999 ? "999+" : item.badge.count}</span>
            <span className="sr-only"> {item.badge.label}</span>
          </span>
        ) : null}
      </span>
    </Link>
  );
}

export function Sidebar({
  workspaces,
  user,
}: {
  workspaces: { slug: string; name: string }[];
  user: { name: string; email: string; instanceAdmin: boolean };
}) {
  const ws = useWorkspace();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const trpc = useTRPC();
  // Polled like the live stream (docs/decisions): stateless, one indexed count per open dashboard.
  const counts = useQuery(
    trpc.feedback.counts.queryOptions({ workspaceId: ws.id }, { refetchInterval: NEW_FEEDBACK_REFRESH_MS }),
  );
  const newFeedback = counts.data?.new ?? 0;
  const base = `/w/${ws.slug}`;
  const main: Item[] = [
    { href: base, label: "Home" },
    { href: `${base}/onboarding`, label: "Onboarding", section: true },
    { href: `${base}/adoption`, label: "Adoption", section: true },
    { href: `${base}/users`, label: "Users", section: true },
    { href: `${base}/accounts`, label: "Accounts", section: true },
    { href: `${base}/surveys`, label: "Surveys", section: true },
    {
      href: `${base}/feedback`,
      label: "Feedback",
      section: true,
      badge: { count: newFeedback, label: "new", testId: "nav-new-feedback" },
    },
    { href: `${base}/roadmap`, label: "Roadmap", section: true },
    { href: `${base}/install`, label: "Install" },
  ];
  const settings: Item[] = [
    { href: `${base}/settings/members`, label: "Members" },
    { href: `${base}/settings/keys`, label: "API keys" },
    { href: `${base}/settings/identity`, label: "Identity" },
    { href: `${base}/settings/quotas`, label: "Quotas" },
    { href: `${base}/settings/personas`, label: "Personas" },
    { href: `${base}/settings/features`, label: "Features" },
    { href: `${base}/settings/north-star`, label: "North Star" },
    { href: `${base}/settings/engagement`, label: "Engagement" },
    { href: `${base}/settings/jobs`, label: "Jobs" },
    ...(ws.can("audit.read") ? [{ href: `${base}/settings/audit`, label: "Audit log" }] : []),
    ...(ws.can("privacy.manage") ? [{ href: `${base}/settings/privacy`, label: "Privacy" }] : []),
  ];
  const close = () => setOpen(false);

  return (
    <>
      <div className="flex items-center justify-between border-b border-stone-200 bg-white px-4 py-3 md:hidden">
        <span className="font-semibold text-brand-700">▲ Cairn</span>
        <button
          type="button"
          className="rounded-md px-2 py-1 text-sm ring-1 ring-stone-300"
          onClick={() => setOpen(!open)}
          aria-expanded={open}
        >
          Menu
        </button>
      </div>
      <aside
        className={`${open ? "block" : "hidden"} w-full shrink-0 border-r border-stone-200 bg-white md:sticky md:top-0 md:block md:h-screen md:w-60 md:overflow-y-auto`}
      >
        <div className="flex h-full flex-col gap-6 p-4">
          <div>
            <p className="mb-3 hidden font-semibold text-brand-700 md:block">▲ Cairn</p>
            <Menu
              testId="workspace-switcher"
              triggerLabel={`Workspace: ${ws.name}. Switch workspace`}
              triggerClassName="flex w-full items-center justify-between gap-2 rounded-md border border-stone-300 bg-white px-2 py-1.5 text-left text-sm hover:bg-stone-50 focus-visible:outline-2 focus-visible:outline-brand-500"
              trigger={
                <>
                  <span className="truncate">{ws.name}</span>
                  <span aria-hidden="true" className="text-stone-500">
                    ▾
                  </span>
                </>
              }
              entries={[
                ...workspaces.map((w) => ({
                  key: w.slug,
                  label: w.name,
                  checked: w.slug === ws.slug,
                  onSelect: () => router.push(`/w/${w.slug}`),
                })),
                { kind: "separator" as const, key: "separator" },
                { key: "__new", label: "+ New workspace", onSelect: () => router.push("/new") },
              ]}
            />
          </div>
          <nav className="space-y-1">
            {main.map((item) => (
              <NavLink key={item.href} item={item} onNavigate={close} />
            ))}
          </nav>
          <div>
            <p className="mb-1 px-3 text-xs font-semibold uppercase tracking-wide text-stone-500">Settings</p>
            <nav className="space-y-1">
              {settings.map((item) => (
                <NavLink key={item.href} item={item} onNavigate={close} />
              ))}
            </nav>
          </div>
          <div className="mt-auto border-t border-stone-100 pt-4 text-sm">
            <p className="truncate font-medium text-stone-800">{user.name}</p>
            <p className="truncate text-xs text-stone-500">
              {user.email} · {ws.role}
            </p>
            <div className="mt-2 flex gap-3 text-xs">
              <Link href="/account" className="text-stone-500 hover:text-stone-800">
                Account
              </Link>
              {user.instanceAdmin ? (
                <Link href={`/mail?w=${ws.slug}`} className="text-stone-500 hover:text-stone-800">
                  Mail log
                </Link>
              ) : null}
              <button
                type="button"
                className="text-stone-500 hover:text-stone-800"
                onClick={() => signOut({ callbackUrl: "/signin" })}
              >
                Sign out
              </button>
            </div>
          </div>
        </div>
      </aside>
    </>
  );
}
