import { apiDeps } from "@/server/http/deps";
import { preflight } from "@/server/http/responses";
import { handleSurveyNext } from "@/server/voice/handle-survey-next";

export const dynamic = "force-dynamic";

export const POST = (request: Request) => handleSurveyNext(request, apiDeps);

export const OPTIONS = preflight;
