import { Members } from "@/components/settings/members";
import { PageHeader } from "@/components/ui/card";

export default function MembersPage() {
  return (
    <>
      <PageHeader
        title="Members"
        description="Admins run the workspace; PMs build checklists, surveys and the roadmap; viewers read reports."
      />
      <Members />
    </>
  );
}
