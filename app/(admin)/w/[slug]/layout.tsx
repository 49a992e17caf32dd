import { notFound, redirect } from "next/navigation";
import type { ReactNode } from "react";
import { DashboardFrame } from "@/components/shell/dashboard-frame";
import { getSessionUser } from "@/server/auth/session";
import { nullOnBadInput, serverCaller } from "@/server/trpc/server-caller";

export const dynamic = "force-dynamic";

export default async function WorkspaceLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ slug: string }>;
}) {
  const { slug } = await params;
  const user = await getSessionUser();
  if (!user) redirect(`/signin?next=/w/${slug}`);
  const caller = await serverCaller();
  const [membership, workspaces, me] = await Promise.all([
    nullOnBadInput(caller.workspace.bySlug({ slug })),
    caller.workspace.list(),
    caller.account.me(),
  ]);
  if (!membership) notFound();
  return (
    <DashboardFrame
      membership={membership}
      workspaces={workspaces.map((w) => ({ slug: w.slug, name: w.name }))}
      user={me}
    >
      {children}
    </DashboardFrame>
  );
}
