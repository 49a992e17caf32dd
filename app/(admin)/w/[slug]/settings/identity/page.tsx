import { IdentitySettingsPanel } from "@/components/settings/identity";
import { PageHeader } from "@/components/ui/card";

export default function IdentityPage() {
  return (
    <>
      <PageHeader
        title="Identity"
        description="The write key is in every page, so by itself it lets anyone act as any of your users. Verified identity makes your server vouch for each userId."
      />
      <IdentitySettingsPanel />
    </>
  );
}
