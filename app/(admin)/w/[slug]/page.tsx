import { OverviewCards } from "@/components/home/overview-cards";
import { LiveStream } from "@/components/home/live-stream";
import { PageHeader } from "@/components/ui/card";

export default function WorkspaceHome() {
  return (
    <div className="space-y-6">
      <PageHeader title="Home" description="Who is using your product right now." />
      <OverviewCards />
      <LiveStream />
    </div>
  );
}
