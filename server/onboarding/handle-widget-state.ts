import { AppError, zodIssues } from "../errors";
import { NO_STORE } from "../http/responses";
import { withWriteKey } from "../http/with-write-key";
import { ZWidgetStateQuery } from "./schemas";
import { recordMilestones } from "../install/milestones";
import { getWidgetState } from "./widget-state";

function parseQuery(raw: unknown) {
  const parsed = ZWidgetStateQuery.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issues = zodIssues(parsed.error);
  // The schema's messages name their parameter ("userId is required").
  throw new AppError("BAD_REQUEST", `Invalid query: ${issues.map((i) => i.message).join("; ")}.`, issues);
}

/** GET /api/v1/widget?userId=…&locale=…[&userHash=…] with the write key as Basic auth, an
 * X-Write-Key header or ?writeKey=. Key first (401), then the query (400), then the signature when
 * the workspace requires verified identity (401). Per user and changing with every event:
 * never cached. */
export const handleWidgetState = withWriteKey(
  { query: parseQuery, allowSecret: true, headers: NO_STORE },
  async ({ deps, workspace, input, request, identity }) => {
    await identity.require(input.userId, input.userHash);
    await recordMilestones(deps.db, workspace.id, workspace, ["firstWidgetAt"], new Date());
    return getWidgetState({
      db: deps.db,
      dialect: deps.dialect,
      workspaceId: workspace.id,
      userId: input.userId,
      locale: input.locale,
      acceptLanguage: request.headers.get("accept-language"),
    });
  },
);
