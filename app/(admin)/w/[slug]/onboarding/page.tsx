import { ChecklistList } from "@/components/checklists/checklist-list";
import { RoleQuestionSettings } from "@/components/checklists/role-question-settings";
import { PageHeader } from "@/components/ui/card";

export default function OnboardingPage() {
  return (
    <div className="space-y-6">
      <PageHeader
        title="Onboarding"
        description="Checklists shown in your product to the personas they target. Each item completes by itself when its event is tracked; a holdout group measures the impact."
      />
      <ChecklistList />
      <RoleQuestionSettings />
    </div>
  );
}
