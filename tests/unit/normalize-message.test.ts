import { describe, expect, it } from "vitest";
import { normalizeMessage, SYSTEM_EVENT } from "../../server/ingest/normalize-message";
import { parseSingle } from "../../server/ingest/parse-payload";
import type { MessageType } from "../../server/ingest/schemas";

const receivedAt = new Date("2024-05-01T12:00:00.000Z");
const norm = (type: MessageType, body: Record<string, unknown>) =>
  normalizeMessage(parseSingle(body, type), receivedAt);

describe("normalizeMessage: who", () => {
  it("keys a user by userId, even when an anonymousId is present", () => {
    expect(norm("track", { userId: "u-1", anonymousId: "a-1", event: "x" }).userKey).toBe("u-1");
  });
  it("keys an anonymous visitor as anon:<anonymousId>", () => {
    expect(norm("track", { anonymousId: "a-1", event: "x" }).userKey).toBe("anon:a-1");
    expect(norm("track", { userId: null, anonymousId: "a-1", event: "x" }).userKey).toBe("anon:a-1");
  });
  it("turns numeric ids into text", () => {
    expect(norm("track", { userId: 42, event: "x" }).userKey).toBe("42");
  });
});

describe("normalizeMessage: when", () => {
  it("uses the message's timestamp", () => {
    expect(
      norm("track", { userId: "u", event: "x", timestamp: "2024-04-30T08:00:00+02:00" }).timestamp.toISOString(),
    ).toBe("2024-04-30T06:00:00.000Z");
  });
  it("uses the receive time when there is no timestamp", () => {
    expect(norm("track", { userId: "u", event: "x" }).timestamp).toEqual(receivedAt);
  });
  it("clamps a timestamp more than a minute in the future to the receive time", () => {
    expect(norm("track", { userId: "u", event: "x", timestamp: "2024-05-01T12:05:00Z" }).timestamp).toEqual(receivedAt);
    expect(norm("track", { userId: "u", event: "x", timestamp: "2024-05-01T12:00:30Z" }).timestamp.toISOString()).toBe(
      "2024-05-01T12:00:30.000Z",
    );
  });
});

describe("normalizeMessage: messageId", () => {
  it("keeps the sender's messageId", () => {
    expect(norm("track", { userId: "u", event: "x", messageId: "ajs-123" }).messageId).toBe("ajs-123");
  });
  it("derives a stable id from the content when there is a timestamp", () => {
    const body = { userId: "u", event: "x", timestamp: "2024-05-01T10:00:00Z", properties: { a: 1 } };
    const a = norm("track", body).messageId;
    expect(a).toMatch(/^srv-[\w-]{32}$/);
    expect(norm("track", { ...body }).messageId).toBe(a);
    expect(norm("track", { ...body, properties: { a: 2 } }).messageId).not.toBe(a);
    expect(norm("track", { ...body, timestamp: "2024-05-01T10:00:01Z" }).messageId).not.toBe(a);
  });
  it("gives a message without timestamp or messageId a random id (a repeat is deliberate)", () => {
    const body = { userId: "u", event: "x" };
    const a = norm("track", body).messageId;
    expect(a).toMatch(/^srv-/);
    expect(norm("track", body).messageId).not.toBe(a);
  });
});

describe("normalizeMessage: per type", () => {
  it("track: the event is the name, properties kept", () => {
    const m = norm("track", { userId: "u", event: "Report Exported", properties: { format: "csv" } });
    expect(m).toMatchObject({
      type: "track",
      name: "Report Exported",
      properties: { format: "csv" },
      traits: null,
      groupId: null,
    });
  });
  it("page: stored as $page with the page name in the properties", () => {
    const m = norm("page", { userId: "u", name: "Pricing", properties: { path: "/pricing" } });
    expect(m).toMatchObject({
      type: "page",
      name: SYSTEM_EVENT.page,
      properties: { path: "/pricing", name: "Pricing" },
    });
    expect(norm("page", { userId: "u" }).properties).toEqual({});
  });
  it("identify: stored as $identify with its traits", () => {
    const m = norm("identify", { userId: "u", traits: { role: "engineer" } });
    expect(m).toMatchObject({ name: SYSTEM_EVENT.identify, properties: {}, traits: { role: "engineer" } });
    expect(norm("identify", { userId: "u" }).traits).toEqual({});
  });
  it("group: stored as $group with the group id and its traits", () => {
    const m = norm("group", { userId: "u", groupId: 7, traits: { name: "Acme" } });
    expect(m).toMatchObject({ name: SYSTEM_EVENT.group, groupId: "7", groupTraits: { name: "Acme" }, traits: null });
  });
  it("reads context.groupId, context.traits and context.locale", () => {
    const m = norm("track", {
      userId: "u",
      event: "x",
      context: { groupId: "acme", traits: { plan: "pro" }, locale: "fr-FR" },
    });
    expect(m).toMatchObject({ groupId: "acme", traits: { plan: "pro" }, locale: "fr-FR" });
    expect(norm("track", { userId: "u", event: "x", context: { locale: "x".repeat(36) } }).locale).toBeNull();
  });
  it("ignores a context.traits that is not an object", () => {
    expect(norm("track", { userId: "u", event: "x", context: { traits: "plan=pro" } }).traits).toBeNull();
    expect(norm("track", { userId: "u", event: "x", context: { traits: ["a"] } }).traits).toBeNull();
  });
});

describe("normalizeMessage: clock skew", () => {
  it("stores the timestamp corrected by sentAt and keeps the sent one", () => {
    // The device clock is 1 day behind ours.
    const m = norm("track", {
      userId: "u",
      event: "x",
      timestamp: "2024-04-30T11:59:00Z",
      sentAt: "2024-04-30T12:00:00Z",
    });
    expect(m.timestamp.toISOString()).toBe("2024-05-01T11:59:00.000Z");
    expect(m.originalTimestamp?.toISOString()).toBe("2024-04-30T11:59:00.000Z");
  });
  it("has no originalTimestamp without a timestamp", () => {
    expect(norm("track", { userId: "u", event: "x", sentAt: "2024-04-30T12:00:00Z" }).originalTimestamp).toBeNull();
  });
  it("derives the same messageId whatever the sentAt (a retry is sent later)", () => {
    const body = { userId: "u", event: "x", timestamp: "2024-05-01T11:00:00Z" };
    const first = norm("track", { ...body, sentAt: "2024-05-01T11:00:01Z" });
    const retry = norm("track", { ...body, sentAt: "2024-05-01T11:05:00Z" });
    expect(first.messageId).toMatch(/^srv-/);
    expect(retry.messageId).toBe(first.messageId);
  });
});

describe("normalizeMessage: screen and alias", () => {
  it("stores a screen as $screen with its name among the properties", () => {
    const m = norm("screen", { anonymousId: "a-1", name: "Settings", properties: { tab: "billing" } });
    expect(m).toMatchObject({
      type: "screen",
      name: SYSTEM_EVENT.screen,
      userKey: "anon:a-1",
      properties: { tab: "billing", name: "Settings" },
    });
  });
  it("stores an alias as $alias of the new userId, previousId as the anonymousId stitching joins", () => {
    const m = norm("alias", { userId: "u-9", previousId: "anon-7", anonymousId: "anon-other" });
    expect(m).toMatchObject({
      type: "alias",
      name: SYSTEM_EVENT.alias,
      userKey: "u-9",
      anonymousId: "anon-7",
      properties: { previousId: "anon-7" },
    });
  });
  it("refuses an alias without previousId or userId", () => {
    expect(() => norm("alias", { userId: "u-9" })).toThrow(/alias needs a previousId/);
    expect(() => norm("alias", { previousId: "anon-7", anonymousId: "anon-7" })).toThrow(/alias needs the userId/);
  });
});
