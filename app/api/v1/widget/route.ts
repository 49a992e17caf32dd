import { handleWidgetState } from "@/server/onboarding/handle-widget-state";
import { preflight } from "@/server/http/responses";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return handleWidgetState(request);
}

export function OPTIONS() {
  return preflight();
}
