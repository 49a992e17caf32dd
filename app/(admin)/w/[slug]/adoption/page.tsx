import { FeaturesOverview } from "@/components/adoption/features/features-overview";

// The layout's Suspense boundary covers the filter read from the URL.
export default function AdoptionFeaturesPage() {
  return <FeaturesOverview />;
}
