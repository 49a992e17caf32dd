import { BackgroundJobs } from "@/components/settings/jobs";
import { PageHeader } from "@/components/ui/card";

export default function JobsPage() {
  return (
    <>
      <PageHeader
        title="Background jobs"
        description="Recomputes and other background work of this workspace. A failed job is retried with growing pauses; after its last attempt it is dead and stays here until you retry it."
      />
      <BackgroundJobs />
    </>
  );
}
