import { getSessionUser } from "@/server/auth/session";
import { db, dialectOf } from "@/server/db";
import { handleResponsesCsv } from "@/server/surveys/reports/handle-responses-csv";

export const dynamic = "force-dynamic";

export async function GET(request: Request, context: { params: Promise<{ slug: string; id: string }> }) {
  return handleResponsesCsv(request, await context.params, { db, dialect: dialectOf(db), getUser: getSessionUser });
}
