import { describe, expect, it } from "vitest";
import { backoffDelay, outcomeOf, retryAfterMs } from "../../components/widget/runtime/backoff";

describe("backoffDelay", () => {
  it("doubles from the base, half fixed and half jitter", () => {
    expect(backoffDelay(1, 0)).toBe(500);
    expect(backoffDelay(1, 1)).toBe(1000);
    expect(backoffDelay(2, 0)).toBe(1000);
    expect(backoffDelay(3, 0.5)).toBe(3000);
    expect(backoffDelay(4, 1)).toBe(8000);
  });
  it("stops growing at the cap", () => {
    expect(backoffDelay(30, 1)).toBe(60_000);
    expect(backoffDelay(30, 0)).toBe(30_000);
    expect(backoffDelay(1000, 0.5, 1000, 10_000)).toBe(7500);
  });
});

describe("retryAfterMs", () => {
  const now = Date.parse("2026-11-24T10:00:00Z");
  it("reads seconds and HTTP dates", () => {
    expect(retryAfterMs("7", now)).toBe(7000);
    expect(retryAfterMs("Tue, 24 Nov 2026 10:00:30 GMT", now)).toBe(30_000);
  });
  it("ignores what it cannot read, and clamps", () => {
    expect(retryAfterMs(null, now)).toBeNull();
    expect(retryAfterMs("soon", now)).toBeNull();
    expect(retryAfterMs("-5", now)).toBe(0);
    expect(retryAfterMs("86400", now)).toBe(600_000);
  });
});

describe("outcomeOf", () => {
  it("retries network errors, timeouts, 429 and 5xx; splits on 413; drops other 4xx", () => {
    expect([200, 204].map(outcomeOf)).toEqual(["sent", "sent"]);
    expect([0, 408, 429, 500, 502, 503].map(outcomeOf)).toEqual(Array(6).fill("retry"));
    expect(outcomeOf(413)).toBe("split");
    expect([400, 401, 403, 404, 422].map(outcomeOf)).toEqual(Array(5).fill("drop"));
  });
});
