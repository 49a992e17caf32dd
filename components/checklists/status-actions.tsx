"use client";

import { Button } from "@/components/ui/button";
import { type ChecklistOut } from "@/server/onboarding/schemas";

export function StatusActions({
  status,
  disabled,
  onChange,
}: {
  status: ChecklistOut["status"];
  disabled: boolean;
  onChange: (s: ChecklistOut["status"]) => void;
}) {
  if (status === "live") {
    return (
      <>
        <Button variant="secondary" disabled={disabled} onClick={() => onChange("draft")}>
          Back to draft
        </Button>
        <Button variant="secondary" disabled={disabled} onClick={() => onChange("archived")} data-testid="archive">
          Archive
        </Button>
      </>
    );
  }
  return (
    <>
      {status === "archived" ? (
        <Button variant="secondary" disabled={disabled} onClick={() => onChange("draft")}>
          Back to draft
        </Button>
      ) : null}
      <Button variant="secondary" disabled={disabled} onClick={() => onChange("live")} data-testid="go-live">
        Go live
      </Button>
    </>
  );
}
