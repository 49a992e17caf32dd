import { FunnelWorkbench } from "@/components/adoption/funnels/funnel-workbench";

export default function NewFunnelPage() {
  return <FunnelWorkbench />;
}
