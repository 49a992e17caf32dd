import { SurveyEditor } from "@/components/surveys/survey-editor";

export default function NewSurveyPage() {
  return <SurveyEditor />;
}
