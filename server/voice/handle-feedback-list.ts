import { NO_STORE } from "../http/responses";
import { withWriteKey } from "../http/with-write-key";
import { listUserFeedback } from "./list-user-feedback";
import { ZFeedbackListQuery } from "./schemas";

/** GET /api/v1/feedback?userId=… with the write key as for /api/v1/widget (Basic auth, an
 * X-Write-Key header or ?writeKey=). Key first (401), then the query (400). */
export const handleFeedbackList = withWriteKey(
  { query: ZFeedbackListQuery, allowSecret: true, headers: NO_STORE },
  ({ deps, workspace, input }) => listUserFeedback({ db: deps.db, workspaceId: workspace.id, userId: input.userId }),
);
