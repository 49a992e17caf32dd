import { describe, expect, it } from "vitest";
import { dayNumber, dayToDate, isValidTimeZone } from "../../server/calendar/day-number";

const day = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86_400_000;

describe("dayNumber", () => {
  it("counts days since 1970-01-01 in UTC", () => {
    expect(dayNumber(new Date("1970-01-01T00:00:00Z"))).toBe(0);
    expect(dayNumber(new Date("1970-01-01T23:59:59.999Z"))).toBe(0);
    expect(dayNumber(new Date("2024-01-01T00:00:00Z"))).toBe(19723);
    expect(dayNumber(new Date("1969-12-31T23:00:00Z"))).toBe(-1);
  });
  it("uses the calendar date in the workspace's zone", () => {
    // 07:30 UTC is still the evening before in California (UTC-8 in winter)…
    expect(dayNumber(new Date("2024-01-15T07:30:00Z"), "America/Los_Angeles")).toBe(day(2024, 1, 14));
    // …and already the next day in India (UTC+5:30) at 20:00 UTC.
    expect(dayNumber(new Date("2024-01-15T20:00:00Z"), "Asia/Kolkata")).toBe(day(2024, 1, 16));
    expect(dayNumber(new Date("2024-01-15T18:29:59Z"), "Asia/Kolkata")).toBe(day(2024, 1, 15));
    expect(dayNumber(new Date("2024-01-15T10:00:00Z"), "Pacific/Kiritimati")).toBe(day(2024, 1, 16)); // UTC+14
    expect(dayNumber(new Date("1969-12-31T20:00:00Z"), "Asia/Tokyo")).toBe(0);
  });
  it("follows daylight saving time", () => {
    // New York: UTC-5 in winter, UTC-4 from 2024-03-10.
    expect(dayNumber(new Date("2024-03-09T04:30:00Z"), "America/New_York")).toBe(day(2024, 3, 8));
    expect(dayNumber(new Date("2024-03-11T03:30:00Z"), "America/New_York")).toBe(day(2024, 3, 10));
    expect(dayNumber(new Date("2024-03-11T04:30:00Z"), "America/New_York")).toBe(day(2024, 3, 11));
  });
  it("agrees with UTC for UTC-equivalent zones", () => {
    const at = new Date("2024-06-30T23:59:00Z");
    expect(dayNumber(at, "Etc/UTC")).toBe(dayNumber(at));
    expect(dayNumber(at, "Europe/London")).toBe(day(2024, 7, 1)); // BST
  });
  it("round-trips through dayToDate", () => {
    expect(dayToDate(19723).toISOString()).toBe("2024-01-01T00:00:00.000Z");
    expect(dayNumber(dayToDate(20000))).toBe(20000);
  });
});

describe("isValidTimeZone", () => {
  it("accepts IANA zones and rejects the rest", () => {
    expect(isValidTimeZone("Europe/Paris")).toBe(true);
    expect(isValidTimeZone("UTC")).toBe(true);
    expect(isValidTimeZone("Mars/Olympus_Mons")).toBe(false);
    expect(isValidTimeZone("")).toBe(false);
  });
});
