// The address a request came from, for per-IP limits. Route handlers see no socket, only headers:
// Next's server appends the peer's address to X-Forwarded-For, so the entry `hops` places from the
// right is the first one a trusted party wrote (0 proxies in front: the rightmost; one load
// balancer: the one before it). Entries further left are whatever the client sent.

export function clientIp(headers: Headers, trustedProxies: number): string {
  const chain = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const picked = chain[chain.length - 1 - trustedProxies] ?? chain[0];
  return picked ?? headers.get("x-real-ip") ?? "unknown";
}
