"use client";

import { useEffect, useRef } from "react";
import { shortcutFor, type ShortcutAction } from "./shortcuts";

/** The inbox's keyboard shortcuts on the window: `run` gets each action; nothing while a dialog
 * is open (`paused`) or while keys go to an open menu. The latest `run` is used without
 * re-subscribing on every render. */
export function useShortcutKeys(
  run: (action: ShortcutAction) => void,
  { paused, writable }: { paused: boolean; writable: boolean },
) {
  const runRef = useRef(run);
  useEffect(() => {
    runRef.current = run;
  });

  useEffect(() => {
    function onKeyDown(e: KeyboardEvent) {
      if (paused || e.defaultPrevented) return;
      // Keys pressed in an open menu (the bulk "Assign…") are its own: typeahead, not triage.
      if (e.target instanceof Element && e.target.closest("[role=menu]")) return;
      const action = shortcutFor(
        {
          key: e.key,
          ctrlKey: e.ctrlKey,
          metaKey: e.metaKey,
          altKey: e.altKey,
          target: e.target as HTMLElement | null,
        },
        { writable },
      );
      if (!action) return;
      e.preventDefault();
      runRef.current(action);
    }
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [paused, writable]);
}
