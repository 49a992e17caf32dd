"use client";

import { useWorkspace } from "@/components/shell/workspace-context";
import { EmptyState } from "@/components/ui/card";
import { PrivacyEndUser } from "./privacy-end-user";
import { PrivacyRetention } from "./privacy-retention";

export function PrivacySettingsPanel() {
  const ws = useWorkspace();
  if (!ws.can("privacy.manage"))
    return <EmptyState title="Only admins export or erase end users' data">Ask an admin of {ws.name}.</EmptyState>;
  return (
    <div className="space-y-6">
      <PrivacyEndUser />
      <PrivacyRetention />
    </div>
  );
}
