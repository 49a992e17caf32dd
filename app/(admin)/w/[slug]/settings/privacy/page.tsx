import { PrivacySettingsPanel } from "@/components/settings/privacy";
import { PageHeader } from "@/components/ui/card";

export default function PrivacyPage() {
  return (
    <>
      <PageHeader
        title="Privacy"
        description="Export or erase everything stored about one end user, and decide how long raw events are kept."
      />
      <PrivacySettingsPanel />
    </>
  );
}
