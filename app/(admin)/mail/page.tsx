import { redirect } from "next/navigation";
import { MailLog } from "@/components/settings/mail-log";
import { DashboardFrame } from "@/components/shell/dashboard-frame";
import { PageHeader } from "@/components/ui/card";
import { getSessionUser } from "@/server/auth/session";
import { nullOnBadInput, serverCaller } from "@/server/trpc/server-caller";

export const dynamic = "force-dynamic";

export default async function MailPage({ searchParams }: { searchParams: Promise<{ w?: string | string[] }> }) {
  if (!(await getSessionUser())) redirect("/signin?next=/mail");
  const caller = await serverCaller();
  const [me, workspaces, { w }] = await Promise.all([caller.account.me(), caller.workspace.list(), searchParams]);
  // The navigation of the workspace the member came from (?w=), else of their first one.
  const slug = typeof w === "string" && workspaces.some((x) => x.slug === w) ? w : workspaces[0]?.slug;
  const membership = slug ? await nullOnBadInput(caller.workspace.bySlug({ slug })) : null;
  const page = (
    <div className="mx-auto max-w-3xl">
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
    </div>
  );
  if (!membership) return <main className="mx-auto max-w-3xl px-4 py-8">{page}</main>;
  return (
    <DashboardFrame
      membership={membership}
      workspaces={workspaces.map((x) => ({ slug: x.slug, name: x.name }))}
      user={me}
    >
      {page}
    </DashboardFrame>
  );
}
