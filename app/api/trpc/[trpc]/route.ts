import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { appRouter } from "@/server/trpc/root";
import { createContextInner } from "@/server/trpc/init";
import { getSessionUser } from "@/server/auth/session";
import { requestIp } from "@/server/http/request-ip";

function handler(req: Request) {
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    createContext: async () => createContextInner({ user: await getSessionUser(), ip: requestIp(req) }),
  });
}

export { handler as GET, handler as POST };
