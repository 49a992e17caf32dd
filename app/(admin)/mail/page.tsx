import { redirect } from "next/navigation";
import { MailLog } from "@/components/settings/mail-log";
import { PageHeader } from "@/components/ui/card";
import { getSessionUser } from "@/server/auth/session";

export const dynamic = "force-dynamic";

export default async function MailPage() {
  if (!(await getSessionUser())) redirect("/signin?next=/mail");
  return (
    <main className="mx-auto max-w-3xl px-4 py-8">
      <PageHeader
        title="Mail log"
        description="Every email Cairn sends is written to an outbox first. Without SMTP_URL it stays here: mail to you, and mail of workspaces you administer."
      />
      <MailLog />
    </main>
  );
}
