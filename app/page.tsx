import { redirect } from "next/navigation";
import { getSessionUser } from "@/server/auth/session";
import { db } from "@/server/db";
import { listMyWorkspaces } from "@/server/workspaces/workspaces";

export const dynamic = "force-dynamic";

export default async function Home() {
  const user = await getSessionUser();
  if (!user) redirect("/signin");
  const workspaces = await listMyWorkspaces({ db, userId: user.id });
  redirect(workspaces[0] ? `/w/${workspaces[0].slug}` : "/new");
}
