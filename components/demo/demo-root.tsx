"use client";

// The Airtouch host app's state: where Cairn lives (snippet config), who the demo user is, and
// their data. Renders nothing until the snippet is in the page, so every window.cairn call made
// by the app (identify, group, track, page) lands in the snippet's queue.
import { usePathname, useRouter } from "next/navigation";
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { cairn } from "./cairn-client";
import { injectCairnSnippet } from "./cairn-embed";
import { pageName, resolveCairnConfig, type CairnConfig } from "./demo-config";
import {
  accountTraits,
  clearUser,
  createDemoUser,
  EMPTY_DATA,
  loadData,
  loadUser,
  saveData,
  saveUser,
  userFromParams,
  userTraits,
  type DemoData,
  type DemoUser,
  type NewUserInput,
} from "./demo-store";

type DemoContextValue = {
  config: CairnConfig;
  user: DemoUser | null;
  data: DemoData;
  /** Signs up a new demo user from the picker: identify, group, signed_up, then the app. */
  enter: (input: NewUserInput) => void;
  /** Clears the demo user and reloads the picker (a fresh page, so the widget starts clean). */
  switchUser: () => void;
  updateUser: (change: (user: DemoUser) => DemoUser) => void;
  updateData: (change: (data: DemoData) => DemoData) => void;
};

const DemoContext = createContext<DemoContextValue | null>(null);

export function useDemo(): DemoContextValue {
  const value = useContext(DemoContext);
  if (!value) throw new Error("useDemo must be used inside <DemoRoot>.");
  return value;
}

/** The signed-in demo user; only for components under the app shell (which requires one). */
export function useDemoUser(): DemoUser {
  const { user } = useDemo();
  if (!user) throw new Error("No demo user.");
  return user;
}

function identifyUser(user: DemoUser): void {
  cairn.identify(user.userId, userTraits(user));
  cairn.group(user.accountId, accountTraits(user));
}

type State = { config: CairnConfig; user: DemoUser | null; data: DemoData };

export function DemoRoot({ children }: { children: ReactNode }) {
  const pathname = usePathname();
  const router = useRouter();
  const [state, setState] = useState<State | null>(null);
  const started = useRef(false);

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    const params = new URLSearchParams(window.location.search);
    const config = resolveCairnConfig(params, window.location.origin);
    void injectCairnSnippet(config.host, config.writeKey).then(() => {
      let user = loadUser();
      // Deep links (documented in app/demo/app/page.tsx) only apply inside the product.
      const deepLink = window.location.pathname.startsWith("/demo/app") ? userFromParams(params, user) : null;
      if (deepLink) user = deepLink.user;
      if (user) {
        // Every page load says who is here, as a real host app does after its own login.
        identifyUser(user);
        if (deepLink && !deepLink.existing && !user.signedUpTracked) {
          cairn.track("signed_up", { method: "email" });
          user = { ...user, signedUpTracked: true };
        }
        saveUser(user);
      }
      setState({ config, user, data: user ? loadData(user.userId) : EMPTY_DATA });
    });
  }, []);

  const ready = state !== null;
  const hasUser = state?.user != null;
  // page() on every route change, once the snippet is in. The product's pages wait for a user,
  // so their page calls follow identify.
  const pagedPath = useRef<string | null>(null);
  useEffect(() => {
    if (!ready || pagedPath.current === pathname) return;
    if (pathname.startsWith("/demo/app") && !hasUser) return;
    pagedPath.current = pathname;
    // The title is passed explicitly: on a client navigation Next may not have updated it yet.
    const name = pageName(pathname);
    cairn.page(name, { title: `${name} · Airtouch` });
  }, [pathname, ready, hasUser]);

  // The document language follows the demo user's locale (the widget may read it).
  const locale = state?.user?.locale;
  useEffect(() => {
    if (!locale) return;
    const root = document.documentElement;
    const previous = root.lang;
    root.lang = locale;
    return () => {
      root.lang = previous;
    };
  }, [locale]);

  const enter = useCallback(
    (input: NewUserInput) => {
      // Somebody else was signed in (the picker was opened by hand): forget them first.
      if (state?.user) cairn.reset();
      let user = createDemoUser(input);
      identifyUser(user);
      cairn.track("signed_up", { method: "email" });
      user = { ...user, signedUpTracked: true };
      saveUser(user);
      setState((s) => (s ? { ...s, user, data: loadData(user.userId) } : s));
      router.push("/demo/app");
    },
    [router, state?.user],
  );

  const switchUser = useCallback(() => {
    cairn.reset();
    clearUser();
    // A full page load on purpose: the embedded widget restarts with no user and an empty queue.
    // eslint-disable-next-line @next/next/no-location-assign-relative-destination
    window.location.assign("/demo");
  }, []);

  const updateUser = useCallback((change: (user: DemoUser) => DemoUser) => {
    setState((s) => {
      if (!s?.user) return s;
      const user = change(s.user);
      saveUser(user);
      return { ...s, user };
    });
  }, []);

  const updateData = useCallback((change: (data: DemoData) => DemoData) => {
    setState((s) => {
      if (!s?.user) return s;
      const data = change(s.data);
      saveData(s.user.userId, data);
      return { ...s, data };
    });
  }, []);

  const value = useMemo<DemoContextValue | null>(
    () =>
      state
        ? { config: state.config, user: state.user, data: state.data, enter, switchUser, updateUser, updateData }
        : null,
    [state, enter, switchUser, updateUser, updateData],
  );

  if (!value) {
    return (
      <div
        className="flex min-h-screen items-center justify-center bg-slate-50 text-sm text-slate-500"
        data-testid="demo-loading"
      >
        Loading Airtouch…
      </div>
    );
  }
  return <DemoContext.Provider value={value}>{children}</DemoContext.Provider>;
}
