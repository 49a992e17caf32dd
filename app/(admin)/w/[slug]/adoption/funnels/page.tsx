import { FunnelList } from "@/components/adoption/funnels/funnel-list";

export default function FunnelsPage() {
  return <FunnelList />;
}
