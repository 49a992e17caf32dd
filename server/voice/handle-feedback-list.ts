import { NO_STORE } from "../http/responses";
import { withWriteKey } from "../http/with-write-key";
import { listUserFeedback } from "./list-user-feedback";
import { ZFeedbackListQuery } from "./schemas";

/** GET /api/v1/feedback?userId=…[&userHash=…] with the write key as for /api/v1/widget (Basic
 * auth, an X-Write-Key header or ?writeKey=). Key first (401), then the query (400), then the
 * signature when the workspace requires verified identity (401). */
export const handleFeedbackList = withWriteKey(
  { query: ZFeedbackListQuery, allowSecret: true, headers: NO_STORE },
  async ({ deps, workspace, input, identity }) => {
    await identity.require(input.userId, input.userHash);
    return listUserFeedback({ db: deps.db, workspaceId: workspace.id, userId: input.userId });
  },
);
