import type { ReactNode } from "react";
import type { MembershipOut } from "@/server/workspaces/schemas";
import { Sidebar } from "./sidebar";
import { WorkspaceProvider } from "./workspace-context";

/** The dashboard's frame: a workspace's navigation beside the page. */
export function DashboardFrame(props: {
  membership: MembershipOut;
  workspaces: { slug: string; name: string }[];
  user: { name: string; email: string; instanceAdmin: boolean };
  children: ReactNode;
}) {
  return (
    <WorkspaceProvider workspace={props.membership}>
      <div className="min-h-screen md:flex">
        <Sidebar workspaces={props.workspaces} user={props.user} />
        <main className="min-w-0 flex-1 px-4 py-6 md:px-8 md:py-8">{props.children}</main>
      </div>
    </WorkspaceProvider>
  );
}
