import { redirect } from "next/navigation";
import { MailLog } from "@/components/settings/mail-log";
import { PageHeader } from "@/components/ui/card";
import { getSessionUser } from "@/server/auth/session";
import { serverCaller } from "@/server/trpc/server-caller";

export const dynamic = "force-dynamic";

export default async function MailPage() {
  if (!(await getSessionUser())) redirect("/signin?next=/mail");
  const me = await (await serverCaller()).account.me();
  return (
    <main className="mx-auto max-w-3xl px-4 py-8">
      <PageHeader
        title="Mail log"
        description="Every email this Cairn instance sends is written to an outbox first. This is its operators' view (CAIRN_INSTANCE_ADMINS); links in a mail show only until it is delivered."
      />
      {me.instanceAdmin ? (
        <MailLog />
      ) : (
        <p className="text-sm text-stone-600" data-testid="mail-log-forbidden">
          Only the operators of this instance (CAIRN_INSTANCE_ADMINS, with a confirmed email) can see its mail.
        </p>
      )}
    </main>
  );
}
