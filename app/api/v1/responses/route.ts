import { apiDeps } from "@/server/http/deps";
import { preflight } from "@/server/http/responses";
import { handleResponses } from "@/server/voice/handle-responses";

export const dynamic = "force-dynamic";

export const POST = (request: Request) => handleResponses(request, apiDeps);

export const OPTIONS = preflight;
