"use client";

import { createContext, useContext, useEffect, useRef, type ReactNode } from "react";
import { installStub } from "./snippet";

// <CairnProvider writeKey user={{ id, traits, userHash }} account> for React hosts: installs the same stub as the snippet
// (once per page), loads the runtime from the Cairn host, and calls identify / group when the
// user or account props change. useCairn() gives identify, group, track, page and reset; the
// calls queue until the runtime arrives and never throw into the host.

export type Traits = Record<string, unknown>;
export type CairnApi = {
  /** `options.userHash`: your server's signature of userId (Settings → Identity). */
  identify: (userId: string, traits?: Traits, options?: { userHash?: string }) => void;
  group: (accountId: string, traits?: Traits) => void;
  track: (event: string, properties?: Traits) => void;
  page: (name?: string, properties?: Traits) => void;
  reset: () => void;
};

type CairnGlobal = { _s?: number; [method: string]: unknown };

function cairnGlobal(): CairnGlobal | undefined {
  return typeof window === "undefined" ? undefined : (window as unknown as { cairn?: CairnGlobal }).cairn;
}

function call(method: keyof CairnApi | "load", args: unknown[]): void {
  try {
    const fn = cairnGlobal()?.[method];
    if (typeof fn === "function") fn(...args);
  } catch (e) {
    console.error("[cairn]", e);
  }
}

const api: CairnApi = {
  identify: (userId, traits, options) =>
    call("identify", options?.userHash ? [userId, traits ?? {}, options] : [userId, traits ?? {}]),
  group: (accountId, traits) => call("group", [accountId, traits ?? {}]),
  track: (event, properties) => call("track", [event, properties ?? {}]),
  page: (name, properties) => call("page", name === undefined ? [properties ?? {}] : [name, properties ?? {}]),
  reset: () => call("reset", []),
};

const CairnContext = createContext<CairnApi>(api);

export type CairnProviderProps = {
  /** The workspace's public write key (Settings → API keys). */
  writeKey: string;
  /** The Cairn server, e.g. "https://cairn.example.com"; defaults to this page's origin. */
  host?: string;
  /** `userHash`: your server's HMAC-SHA256 of the user id with the workspace's identity secret
   * (or a short-lived JWT), required when the workspace requires verified identity. */
  user?: { id: string; traits?: Traits; userHash?: string } | null;
  account?: { id: string; traits?: Traits } | null;
  children?: ReactNode;
};

export function CairnProvider({ writeKey, host, user, account, children }: CairnProviderProps) {
  useEffect(() => {
    try {
      const origin = host ?? window.location.origin;
      if (cairnGlobal()?._s) call("load", [writeKey, { host: origin }]);
      else installStub(window as unknown as Parameters<typeof installStub>[0], document, origin, writeKey);
    } catch (e) {
      console.error("[cairn]", e);
    }
  }, [writeKey, host]);

  // Keyed by content, so a new traits object with the same values sends nothing.
  const userKey = user ? JSON.stringify([user.id, user.traits ?? {}, user.userHash ?? null]) : null;
  const hadUser = useRef(false);
  useEffect(() => {
    if (userKey) {
      const [id, traits, userHash] = JSON.parse(userKey) as [string, Traits, string | null];
      api.identify(id, traits, userHash ? { userHash } : undefined);
      hadUser.current = true;
    } else if (hadUser.current) {
      api.reset();
      hadUser.current = false;
    }
  }, [userKey]);

  // Again when the user changes (the runtime forgets the previous user's account); not after a
  // sign-out, when there is nobody to attach to an account.
  const accountKey = account ? JSON.stringify([account.id, account.traits ?? {}]) : null;
  useEffect(() => {
    if (!accountKey || !userKey) return;
    const [id, traits] = JSON.parse(accountKey) as [string, Traits];
    api.group(id, traits);
  }, [accountKey, userKey]);

  return <CairnContext.Provider value={api}>{children}</CairnContext.Provider>;
}

/** identify / group / track / page / reset; works inside or outside a CairnProvider. */
export function useCairn(): CairnApi {
  return useContext(CairnContext);
}
