import { Features } from "@/components/settings/features";
import { PageHeader } from "@/components/ui/card";

export default function FeaturesPage() {
  return (
    <>
      <PageHeader
        title="Features"
        description="What counts as using each part of your product. Saving a feature rebuilds its daily usage from the raw events."
      />
      <Features />
    </>
  );
}
