import { RetentionReport } from "@/components/adoption/activity/retention-report";

export default function RetentionPage() {
  return <RetentionReport />;
}
