import { SurveyEditor } from "@/components/surveys/survey-editor";

export default async function SurveyPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <SurveyEditor surveyId={id} />;
}
