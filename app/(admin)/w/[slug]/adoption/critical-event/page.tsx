import { CriticalEventReport } from "@/components/adoption/activity/critical-event-report";

export default function CriticalEventPage() {
  return <CriticalEventReport />;
}
