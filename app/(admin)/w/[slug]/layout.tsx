import { notFound, redirect } from "next/navigation";
import type { ReactNode } from "react";
import { Sidebar } from "@/components/shell/sidebar";
import { WorkspaceProvider } from "@/components/shell/workspace-context";
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
    <WorkspaceProvider workspace={membership}>
      <div className="min-h-screen md:flex">
        <Sidebar workspaces={workspaces.map((w) => ({ slug: w.slug, name: w.name }))} user={me} />
        <main className="min-w-0 flex-1 px-4 py-6 md:px-8 md:py-8">{children}</main>
      </div>
    </WorkspaceProvider>
  );
}
