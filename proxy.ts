// Next's proxy (the file convention that replaced middleware): a fresh CSP nonce and the security
// headers for every page (server/http/security-headers.ts). Next reads the nonce from the
// request's Content-Security-Policy header and puts it on its own scripts.
import { NextResponse, type NextRequest } from "next/server";
import { securityHeaders } from "./server/http/security-headers";

export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const https = request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
  const headers = securityHeaders({
    nonce,
    pathname: request.nextUrl.pathname,
    https,
    development: process.env.NODE_ENV === "development",
  });
  const forwarded = new Headers(request.headers);
  forwarded.set("x-nonce", nonce);
  if (headers["Content-Security-Policy"]) forwarded.set("Content-Security-Policy", headers["Content-Security-Policy"]);
  const response = NextResponse.next({ request: { headers: forwarded } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Not the widget's files, the SDK's endpoints or Next's static assets: they are fetched by other
  // sites' pages, or are immutable files, and need neither a nonce nor the dashboard's policy.
  matcher: [
    {
      source: "/((?!api/v1/|sdk/|_next/static/|_next/image|favicon.ico).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
