"use client";

import { useWorkspace } from "@/components/shell/workspace-context";

/** Said above a form the member may read but not change, so disabled fields do not look broken. */
export function ReadOnlyNotice({ what }: { what: string }) {
  const ws = useWorkspace();
  return (
    <p
      className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900"
      role="note"
      data-testid="read-only-notice"
    >
      Read only: as a {ws.role} of {ws.name} you can view {what} but not change them. An admin can change your role in
      Settings → Members.
    </p>
  );
}
