import { FeatureDetail } from "@/components/adoption/features/feature-detail";

// The adoption layout's Suspense boundary covers the filter read from the URL.
export default async function FeatureAdoptionPage({ params }: { params: Promise<{ slug: string; id: string }> }) {
  const { id } = await params;
  return <FeatureDetail featureId={id} />;
}
