import { Suspense } from "react";
import { OnboardingReports } from "@/components/onboarding-reports/onboarding-reports";
import { Loading } from "@/components/ui/card";

// The report reads its filters from the URL (useSearchParams), which needs a Suspense boundary.
export default async function ChecklistReportsPage({ params }: { params: Promise<{ slug: string; id: string }> }) {
  const { id } = await params;
  return (
    <Suspense fallback={<Loading />}>
      <OnboardingReports checklistId={id} />
    </Suspense>
  );
}
