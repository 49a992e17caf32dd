import { ApiKeys } from "@/components/settings/api-keys";
import { PageHeader } from "@/components/ui/card";

export default function KeysPage() {
  return (
    <>
      <PageHeader
        title="API keys"
        description="Write keys send data from browsers and are public by nature. Secret keys are for your servers and data export; keep them private. Both are stored hashed and shown once."
      />
      <ApiKeys />
    </>
  );
}
