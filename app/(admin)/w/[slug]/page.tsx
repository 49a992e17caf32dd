import { Suspense } from "react";
import { LiveStream } from "@/components/home/live-stream";
import { MondayCards } from "@/components/home/monday-cards";
import { NorthStarPanel } from "@/components/home/north-star-panel";
import { OverviewCards } from "@/components/home/overview-cards";
import { Loading, PageHeader } from "@/components/ui/card";

export default function WorkspaceHome() {
  return (
    <div className="space-y-8">
      <PageHeader
        title="Home"
        description="Your North Star and what moves it, how engaged and satisfied customers are, and who is using the product right now."
      />
      {/* The North Star's filters live in the URL (useSearchParams), which needs a Suspense boundary. */}
      <Suspense fallback={<Loading />}>
        <NorthStarPanel />
      </Suspense>
      <MondayCards />
      <OverviewCards />
      <LiveStream />
    </div>
  );
}
