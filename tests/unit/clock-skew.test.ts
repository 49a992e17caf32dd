import { describe, expect, it } from "vitest";
import { correctSkew, eventTime } from "../../server/ingest/clock-skew";

const receivedAt = new Date("2026-12-07T12:00:00.000Z");
const iso = (d: Date) => d.toISOString();

describe("correctSkew: timestamp + (receivedAt − sentAt)", () => {
  it("moves a slow clock's timestamp forward by how far behind it is", () => {
    // The device is 2 h behind: it sent at 10:00 by its clock, we received at 12:00.
    const at = correctSkew(new Date("2026-12-07T09:55:00Z"), new Date("2026-12-07T10:00:00Z"), receivedAt);
    expect(iso(at)).toBe("2026-12-07T11:55:00.000Z");
  });
  it("moves a fast clock's timestamp back", () => {
    // 3 days and 30 s ahead; the event happened 90 s before the send.
    const at = correctSkew(new Date("2026-12-10T11:59:00Z"), new Date("2026-12-10T12:00:30Z"), receivedAt);
    expect(iso(at)).toBe("2026-12-07T11:58:30.000Z");
  });
  it("keeps milliseconds", () => {
    const at = correctSkew(new Date("2026-12-07T11:00:00.250Z"), new Date("2026-12-07T11:00:00.500Z"), receivedAt);
    expect(iso(at)).toBe("2026-12-07T11:59:59.750Z");
  });
});

describe("eventTime", () => {
  it("corrects when both timestamp and sentAt are there, keeping the sent timestamp", () => {
    const time = eventTime({ timestamp: "2026-12-07T10:59:00+01:00", sentAt: "2026-12-07T10:00:00Z" }, receivedAt);
    // 09:59Z sent at 10:00Z, received at 12:00Z: 11:59Z.
    expect(iso(time.timestamp)).toBe("2026-12-07T11:59:00.000Z");
    expect(iso(time.originalTimestamp!)).toBe("2026-12-07T09:59:00.000Z");
  });
  it("keeps the timestamp when there is no sentAt, or one that does not parse", () => {
    for (const sentAt of [undefined, "", "yesterday"]) {
      const time = eventTime({ timestamp: "2026-12-07T09:00:00Z", sentAt }, receivedAt);
      expect(iso(time.timestamp)).toBe("2026-12-07T09:00:00.000Z");
      expect(iso(time.originalTimestamp!)).toBe("2026-12-07T09:00:00.000Z");
    }
  });
  it("uses the arrival time when there is no timestamp (sentAt alone changes nothing)", () => {
    const time = eventTime({ sentAt: "2026-12-01T00:00:00Z" }, receivedAt);
    expect(time.timestamp).toEqual(receivedAt);
    expect(time.originalTimestamp).toBeNull();
  });
  it("returns a timestamp that does not parse as an invalid date, for the window check to refuse", () => {
    const time = eventTime({ timestamp: "2026-13-45T00:00:00Z", sentAt: "2026-12-07T10:00:00Z" }, receivedAt);
    expect(Number.isNaN(time.timestamp.getTime())).toBe(true);
  });
});
