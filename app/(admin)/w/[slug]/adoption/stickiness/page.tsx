import { StickinessReport } from "@/components/adoption/activity/stickiness-report";

export default function StickinessPage() {
  return <StickinessReport />;
}
