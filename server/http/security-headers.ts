// The headers every dashboard page carries (proxy.ts sets them per request). The widget's files
// (/sdk/*) and the SDK's REST endpoints (/api/v1/*) are embedded in other sites and do not pass
// through here; /demo is a stand-in for a customer's own product, so it gets the framing and
// sniffing headers but not the dashboard's script policy (it pastes the snippet like any host).

export type HeaderContext = { nonce: string; pathname: string; https: boolean; development: boolean };

/** The Content-Security-Policy of the dashboard: scripts only with this response's nonce (and
 * what they load, 'strict-dynamic'), nothing framed, nothing framing it. */
export function contentSecurityPolicy({ nonce, development }: Pick<HeaderContext, "nonce" | "development">): string {
  return [
    "default-src 'self'",
    // React's development build evaluates code; production never does.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    // Components set style attributes; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

export function isHostDemo(pathname: string): boolean {
  return pathname === "/demo" || pathname.startsWith("/demo/");
}

export function securityHeaders(ctx: HeaderContext): Record<string, string> {
  const headers: Record<string, string> = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=()",
    "X-Frame-Options": isHostDemo(ctx.pathname) ? "SAMEORIGIN" : "DENY",
  };
  if (!isHostDemo(ctx.pathname)) headers["Content-Security-Policy"] = contentSecurityPolicy(ctx);
  if (ctx.https) headers["Strict-Transport-Security"] = "max-age=31536000; includeSubDomains";
  return headers;
}
