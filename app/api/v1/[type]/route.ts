import { apiDeps } from "@/server/http/deps";
import { preflight } from "@/server/http/responses";
import { handleIngest } from "@/server/ingest/handle-ingest";

export const POST = async (request: Request, { params }: { params: Promise<{ type: string }> }) =>
  handleIngest(request, (await params).type, apiDeps);

export const OPTIONS = preflight;
