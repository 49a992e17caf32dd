import { Suspense } from "react";
import { SurveyReport } from "@/components/surveys/report/survey-report";
import { Loading } from "@/components/ui/card";

// The report reads its filters from the URL (useSearchParams), which needs a Suspense boundary.
export default async function SurveyReportPage({ params }: { params: Promise<{ slug: string; id: string }> }) {
  const { id } = await params;
  return (
    <Suspense fallback={<Loading />}>
      <SurveyReport surveyId={id} />
    </Suspense>
  );
}
