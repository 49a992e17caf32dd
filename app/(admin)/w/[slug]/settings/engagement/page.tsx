import { EngagementSettings } from "@/components/settings/engagement-settings";
import { PageHeader } from "@/components/ui/card";

export default function EngagementSettingsPage() {
  return (
    <>
      <PageHeader
        title="Engagement"
        description="Which events show real use of your product, and how much each weighs in a user's engagement score."
      />
      <EngagementSettings />
    </>
  );
}
