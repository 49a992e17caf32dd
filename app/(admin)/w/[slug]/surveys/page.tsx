import { RecontactSettings } from "@/components/surveys/recontact-settings";
import { SurveyList } from "@/components/surveys/survey-list";
import { PageHeader } from "@/components/ui/card";

export default function SurveysPage() {
  return (
    <div className="space-y-6">
      <PageHeader
        title="Surveys"
        description="NPS, CSAT, CES and open questions asked inside your product, to the personas and accounts you target, when a page loads or an event is tracked. The server decides who is asked, so the rules hold."
      />
      <SurveyList />
      <RecontactSettings />
    </div>
  );
}
