"use client";

import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import { useEffect, useState, type ComponentType, type ReactNode, type SVGProps } from "react";
import { cairn } from "./cairn-client";
import { CairnCallLog } from "./call-log";
import { LOCALES } from "./demo-config";
import { useDemo } from "./demo-root";
import { BookIcon, FlowIcon, HomeIcon, LogoMark, MenuIcon, PlugIcon, SwitchIcon, TeamIcon } from "./icons";
import { Button } from "@/components/ui/button";

type NavItem = { href: string; label: string; icon: ComponentType<SVGProps<SVGSVGElement>>; testId: string };

const NAV: NavItem[] = [
  { href: "/demo/app", label: "Home", icon: HomeIcon, testId: "nav-home" },
  { href: "/demo/app/connections", label: "Connections", icon: PlugIcon, testId: "nav-connections" },
  { href: "/demo/app/workflows", label: "Workflows", icon: FlowIcon, testId: "nav-workflows" },
  { href: "/demo/app/team", label: "Team", icon: TeamIcon, testId: "nav-team" },
  { href: "/demo/app/docs", label: "Docs", icon: BookIcon, testId: "nav-docs" },
];

function isActive(pathname: string, href: string): boolean {
  return href === "/demo/app" ? pathname === href : pathname === href || pathname.startsWith(`${href}/`);
}

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]!.toUpperCase())
    .join("");
}

function Nav({ onNavigate }: { onNavigate?: () => void }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Airtouch" className="space-y-1">
      {NAV.map((item) => {
        const active = isActive(pathname, item.href);
        const Icon = item.icon;
        return (
          <Link
            key={item.href}
            href={item.href}
            onClick={onNavigate}
            aria-current={active ? "page" : undefined}
            data-testid={item.testId}
            className={`flex items-center gap-3 rounded-lg px-3 py-2 text-sm font-medium ${active ? "bg-indigo-800 text-white" : "text-indigo-200 hover:bg-indigo-900 hover:text-white"}`}
          >
            <Icon className="h-5 w-5 shrink-0" />
            {item.label}
          </Link>
        );
      })}
    </nav>
  );
}

function VerifyEmailBanner() {
  const { user, updateUser } = useDemo();
  if (!user || user.emailVerified) return null;
  return (
    <div className="flex flex-wrap items-center justify-between gap-3 border-b border-amber-200 bg-amber-50 px-4 py-2.5 text-sm text-amber-900 sm:px-8">
      <p>
        We sent a confirmation link to <strong>{user.email}</strong>.
      </p>
      <button
        type="button"
        className="font-semibold text-amber-900 underline underline-offset-2 hover:text-amber-700"
        data-testid="verify-email"
        onClick={() => {
          cairn.track("email_verified", {});
          updateUser((u) => ({ ...u, emailVerified: true }));
        }}
      >
        Confirm my email (demo)
      </button>
    </div>
  );
}

export function AppShell({ children }: { children: ReactNode }) {
  const { user, switchUser } = useDemo();
  const router = useRouter();
  const [menuOpen, setMenuOpen] = useState(false);

  useEffect(() => {
    if (!user) router.replace("/demo");
  }, [user, router]);

  if (!user) return null;
  const locale = LOCALES.find((l) => l.value === user.locale)?.label ?? user.locale;

  return (
    <div
      className="theme-airtouch min-h-screen bg-slate-50 text-slate-900"
      data-testid="airtouch-app"
      data-user-id={user.userId}
      data-account-id={user.accountId}
    >
      {/* Sidebar (desktop) */}
      <aside className="fixed inset-y-0 left-0 hidden w-60 flex-col bg-indigo-950 px-4 py-5 lg:flex">
        <Link href="/demo/app" className="mb-8 flex items-center gap-2.5 px-2 text-white">
          <LogoMark className="h-8 w-8" />
          <span className="text-lg font-semibold tracking-tight">Airtouch</span>
        </Link>
        <Nav />
        <div className="mt-auto rounded-lg bg-indigo-900/60 p-3 text-xs text-indigo-200">
          <p className="font-semibold text-white">{user.accountName}</p>
          <p className="mt-0.5 capitalize">{user.plan} plan</p>
        </div>
      </aside>

      {/* Mobile menu */}
      {menuOpen ? (
        <div className="fixed inset-0 z-50 lg:hidden">
          <button
            type="button"
            aria-label="Close menu"
            className="absolute inset-0 bg-slate-900/50"
            onClick={() => setMenuOpen(false)}
          />
          <div className="relative h-full w-64 bg-indigo-950 px-4 py-5">
            <div className="mb-6 flex items-center gap-2.5 px-2 text-white">
              <LogoMark className="h-8 w-8" />
              <span className="text-lg font-semibold">Airtouch</span>
            </div>
            <Nav onNavigate={() => setMenuOpen(false)} />
          </div>
        </div>
      ) : null}

      <div className="lg:pl-60">
        <header className="sticky top-0 z-30 flex h-16 items-center gap-3 border-b border-slate-200 bg-white/95 px-4 backdrop-blur sm:px-8">
          <button
            type="button"
            className="rounded-md p-1.5 text-slate-600 hover:bg-slate-100 lg:hidden"
            aria-label="Open menu"
            onClick={() => setMenuOpen(true)}
          >
            <MenuIcon className="h-6 w-6" />
          </button>
          <div className="flex items-center gap-2 lg:hidden">
            <LogoMark className="h-7 w-7" />
            <span className="font-semibold">Airtouch</span>
          </div>
          <div className="hidden min-w-0 text-sm text-slate-500 lg:block">
            <span className="font-medium text-slate-900">{user.accountName}</span>
            <span className="mx-2 text-slate-300">/</span>
            <span className="font-mono text-xs">{user.accountId}</span>
          </div>
          <div className="ml-auto flex items-center gap-3">
            <div className="hidden text-right sm:block">
              <p className="text-sm font-medium text-slate-900" data-testid="current-user-name">
                {user.name}
              </p>
              <p className="text-xs text-slate-500">
                {user.role ?? "no role yet"} · {locale}
              </p>
            </div>
            <span
              className="flex h-9 w-9 items-center justify-center rounded-full bg-indigo-100 text-sm font-semibold text-indigo-700"
              aria-hidden="true"
            >
              {initials(user.name)}
            </span>
            <Button variant="secondary" onClick={switchUser} data-testid="switch-user" size="sm">
              <SwitchIcon className="h-4 w-4" />
              <span className="hidden sm:inline">Switch user</span>
              <span className="sr-only sm:hidden">Switch user</span>
            </Button>
          </div>
        </header>
        <VerifyEmailBanner />
        <main className="mx-auto max-w-5xl px-4 py-8 sm:px-8">{children}</main>
      </div>
      <CairnCallLog />
    </div>
  );
}
