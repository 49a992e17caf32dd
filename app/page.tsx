import { redirect } from "next/navigation";
import { getSessionUser } from "@/server/auth/session";
import { serverCaller } from "@/server/trpc/server-caller";

export const dynamic = "force-dynamic";

export default async function Home() {
  const user = await getSessionUser();
  if (!user) redirect("/signin");
  const workspaces = await (await serverCaller()).workspace.list();
  redirect(workspaces[0] ? `/w/${workspaces[0].slug}` : "/new");
}
