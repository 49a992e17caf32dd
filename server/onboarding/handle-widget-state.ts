import { db as defaultDb, dialectOf, type Db } from "../db";
import type { SqlDialect } from "../sql/dialect";
import { touchApiKey } from "../api-keys/api-keys";
import { AppError, zodIssues } from "../errors";
import { errorResponse, json } from "../http/responses";
import { requireKeyOwner } from "../http/write-key";
import { ZWidgetStateQuery } from "./schemas";
import { getWidgetState } from "./widget-state";

export type WidgetStateDeps = { db: Db; dialect: SqlDialect };
const defaults: WidgetStateDeps = { db: defaultDb, dialect: dialectOf(defaultDb) };

/** GET /api/v1/widget?userId=…&locale=… with the write key as Basic auth, an X-Write-Key header
 * or ?writeKey= (the browser's GET carries no body). Key first (401), then the query (400). */
export async function handleWidgetState(request: Request, deps: WidgetStateDeps = defaults): Promise<Response> {
  try {
    const params = new URL(request.url).searchParams;
    const owner = await requireKeyOwner(deps.db, request, { writeKey: params.get("writeKey") ?? undefined });
    const parsed = ZWidgetStateQuery.safeParse(Object.fromEntries(params));
    if (!parsed.success) {
      const issues = zodIssues(parsed.error);
      // The schema's messages name their parameter ("userId is required").
      throw new AppError("BAD_REQUEST", `Invalid query: ${issues.map((i) => i.message).join("; ")}.`, issues);
    }
    const state = await getWidgetState({
      db: deps.db,
      dialect: deps.dialect,
      workspaceId: owner.workspace.id,
      userId: parsed.data.userId,
      locale: parsed.data.locale,
      acceptLanguage: request.headers.get("accept-language"),
    });
    void touchApiKey(deps.db, owner);
    // Per user and changing with every event: never cached by a browser or a proxy.
    return json(state, 200, { "Cache-Control": "no-store" });
  } catch (error) {
    return errorResponse(error);
  }
}
