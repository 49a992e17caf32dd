import { NorthStarSettings } from "@/components/settings/north-star-settings";
import { PageHeader } from "@/components/ui/card";

export default function NorthStarSettingsPage() {
  return (
    <>
      <PageHeader
        title="North Star"
        description="The weekly number your team steers by, its target, and the input KPIs that move it. Home shows them every week."
      />
      <NorthStarSettings />
    </>
  );
}
