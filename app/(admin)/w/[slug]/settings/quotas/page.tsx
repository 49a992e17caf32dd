import { QuotasPanel } from "@/components/settings/quotas";
import { PageHeader } from "@/components/ui/card";

export default function QuotasPage() {
  return (
    <>
      <PageHeader
        title="Quotas"
        description="How much your keys may send. A request past a quota gets 429 with Retry-After, and the SDKs retry it later: nothing is lost, it arrives later."
      />
      <QuotasPanel />
    </>
  );
}
