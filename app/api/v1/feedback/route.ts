import { preflight } from "@/server/http/responses";
import { handleFeedbackList } from "@/server/voice/handle-feedback-list";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return handleFeedbackList(request);
}

export function OPTIONS() {
  return preflight();
}
