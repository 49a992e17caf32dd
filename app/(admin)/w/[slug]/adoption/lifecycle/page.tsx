import { LifecycleReport } from "@/components/adoption/activity/lifecycle-report";

export default function LifecyclePage() {
  return <LifecycleReport />;
}
