import { env } from "../env";
import { clientIp } from "../rate-limit/client-ip";

/** The address a request came from, given the proxies this deployment trusts (TRUSTED_PROXIES). */
export function requestIp(request: Request): string {
  return clientIp(request.headers, env.TRUSTED_PROXIES);
}
