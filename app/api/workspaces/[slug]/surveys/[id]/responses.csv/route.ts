import { getSessionUser } from "@/server/auth/session";
import { apiDeps } from "@/server/http/deps";
import { handleResponsesCsv } from "@/server/surveys/reports/handle-responses-csv";

export const dynamic = "force-dynamic";

export const GET = async (request: Request, context: { params: Promise<{ slug: string; id: string }> }) =>
  handleResponsesCsv(request, await context.params, { ...apiDeps, getUser: getSessionUser });
