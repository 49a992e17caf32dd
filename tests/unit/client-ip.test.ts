import { describe, expect, it } from "vitest";
import { clientIp } from "../../server/rate-limit/client-ip";

const headers = (xff?: string, real?: string) => {
  const h = new Headers();
  if (xff !== undefined) h.set("x-forwarded-for", xff);
  if (real !== undefined) h.set("x-real-ip", real);
  return h;
};

describe("clientIp", () => {
  it("takes the address the nearest trusted hop appended, not what the client claims", () => {
    // The client sent "1.1.1.1"; Next appended the real peer.
    expect(clientIp(headers("1.1.1.1, 203.0.113.7"), 0)).toBe("203.0.113.7");
    // Behind one load balancer, the entry it appended is the second from the right.
    expect(clientIp(headers("1.1.1.1, 203.0.113.7, 10.0.0.2"), 1)).toBe("203.0.113.7");
  });
  it("falls back to the first entry, X-Real-IP, then unknown", () => {
    expect(clientIp(headers("203.0.113.7"), 2)).toBe("203.0.113.7");
    expect(clientIp(headers(undefined, "198.51.100.1"), 0)).toBe("198.51.100.1");
    expect(clientIp(headers(), 0)).toBe("unknown");
  });
});
