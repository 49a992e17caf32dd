import { preflight } from "@/server/http/responses";
import { handleSurveyNext } from "@/server/voice/handle-survey-next";

export const dynamic = "force-dynamic";

export function POST(request: Request) {
  return handleSurveyNext(request);
}

export function OPTIONS() {
  return preflight();
}
