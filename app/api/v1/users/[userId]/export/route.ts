import { apiDeps } from "@/server/http/deps";
import { handleUserExport } from "@/server/privacy/handle-user-api";

export const dynamic = "force-dynamic";

// The userId is read from the URL as sent (server/privacy/user-path.ts), so an encoded slash survives.
export const GET = (request: Request) => handleUserExport(request, apiDeps);
