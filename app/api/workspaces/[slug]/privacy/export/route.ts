import { getSessionUser } from "@/server/auth/session";
import { apiDeps } from "@/server/http/deps";
import { handleDashboardExport } from "@/server/privacy/handle-dashboard-export";

export const dynamic = "force-dynamic";

export const GET = async (request: Request, context: { params: Promise<{ slug: string }> }) =>
  handleDashboardExport(request, await context.params, { ...apiDeps, getUser: getSessionUser });
