"use client";

import { useSyncExternalStore } from "react";

const subscribe = () => () => undefined;

/** False in the server's HTML, true once React runs in the browser. A form submitted by script
 * only keeps its submit button disabled until then: clicked earlier, the browser would submit it
 * natively and put the fields (a password, an email) in the URL. */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
