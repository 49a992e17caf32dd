import { headers } from "next/headers";
import { InstallGuide } from "@/components/settings/install-guide";
import { PageHeader } from "@/components/ui/card";

export default async function InstallPage() {
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:3000";
  const proto =
    h.get("x-forwarded-proto") ?? (host.startsWith("localhost") || host.startsWith("127.") ? "http" : "https");
  return (
    <>
      <PageHeader
        title="Install"
        description="Send your product's users and events to Cairn. Everything else — checklists, surveys, adoption reports — is built on these calls."
      />
      <InstallGuide origin={`${proto}://${host}`} />
    </>
  );
}
