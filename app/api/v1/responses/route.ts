import { preflight } from "@/server/http/responses";
import { handleResponses } from "@/server/voice/handle-responses";

export const dynamic = "force-dynamic";

export function POST(request: Request) {
  return handleResponses(request);
}

export function OPTIONS() {
  return preflight();
}
