import { redirect } from "next/navigation";
import { AuthShell } from "@/components/auth/auth-shell";
import { CreateWorkspaceForm } from "@/components/auth/create-workspace-form";
import { getSessionUser } from "@/server/auth/session";

export default async function NewWorkspacePage() {
  const user = await getSessionUser();
  if (!user) redirect("/signin?next=/new");
  return (
    <AuthShell
      title="Create a workspace"
      subtitle="A workspace holds one product's users, events, checklists, surveys and roadmap."
    >
      <CreateWorkspaceForm />
    </AuthShell>
  );
}
