import { EngagementReport } from "@/components/adoption/engagement/engagement-report";

export default function EngagementPage() {
  return <EngagementReport />;
}
