import { apiDeps } from "@/server/http/deps";
import { preflight } from "@/server/http/responses";
import { handleWidgetState } from "@/server/onboarding/handle-widget-state";

export const dynamic = "force-dynamic";

export const GET = (request: Request) => handleWidgetState(request, apiDeps);

export const OPTIONS = preflight;
