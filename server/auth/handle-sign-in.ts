import { requestIp } from "../http/request-ip";
import { RateLimitedError } from "../rate-limit/limiter";
import { guardSignIn, signInSucceeded } from "./sign-in-guard";

type NextAuthHandler = (request: Request, context: unknown) => Promise<Response>;

/** next-auth's credentials sign-in (POST /api/auth/callback/credentials), with the sign-in limits
 * in front. A refusal answers as next-auth's client expects (a JSON `url` whose `error` it reads)
 * with status 429 and Retry-After. */
export async function handleSignIn(request: Request, context: unknown, nextAuth: NextAuthHandler): Promise<Response> {
  if (!new URL(request.url).pathname.endsWith("/callback/credentials")) return nextAuth(request, context);
  const form = await request
    .clone()
    .formData()
    .catch(() => null);
  const email = String(form?.get("email") ?? "");
  try {
    await guardSignIn({ email, ip: requestIp(request) });
  } catch (error) {
    if (!(error instanceof RateLimitedError)) throw error;
    const url = new URL("/signin?error=RateLimited", request.url).toString();
    return Response.json(
      { url, message: error.message },
      { status: 429, headers: { "Retry-After": String(error.retryAfterSeconds) } },
    );
  }
  const response = await nextAuth(request, context);
  if (signedIn(response)) await signInSucceeded(email);
  return response;
}

/** next-auth sets the session cookie only when the credentials were right. */
function signedIn(response: Response): boolean {
  return response.headers.getSetCookie().some((c) => /next-auth\.session-token=[^;]/.test(c));
}
