import { apiDeps } from "@/server/http/deps";
import { preflight } from "@/server/http/responses";
import { handleFeedbackList } from "@/server/voice/handle-feedback-list";

export const dynamic = "force-dynamic";

export const GET = (request: Request) => handleFeedbackList(request, apiDeps);

export const OPTIONS = preflight;
