import { handleIngest } from "@/server/ingest/handle-ingest";
import { errorResponse, preflight } from "@/server/http/responses";
import { AppError } from "@/server/errors";

const KINDS = ["batch", "identify", "track", "page", "group"] as const;
type Kind = (typeof KINDS)[number];

export async function POST(request: Request, { params }: { params: Promise<{ type: string }> }) {
  const { type } = await params;
  if (!KINDS.includes(type as Kind)) {
    return errorResponse(new AppError("NOT_FOUND", `Unknown endpoint /api/v1/${type}; use one of ${KINDS.join(", ")}.`));
  }
  return handleIngest(request, type as Kind);
}

export function OPTIONS() {
  return preflight();
}
