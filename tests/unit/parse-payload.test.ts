import { describe, expect, it } from "vitest";
import { AppError } from "../../server/errors";
import { parseBatch, parseSingle } from "../../server/ingest/parse-payload";
import { MAX_BATCH_MESSAGES, MAX_MESSAGE_BYTES } from "../../server/ingest/schemas";

const ts = "2024-05-01T10:00:00.000Z";
const track = (extra: Record<string, unknown> = {}) => ({
  type: "track",
  userId: "u1",
  event: "Clicked",
  timestamp: ts,
  ...extra,
});

function appError(fn: () => unknown): AppError {
  try {
    fn();
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error("expected an AppError");
}

describe("parseBatch", () => {
  it("accepts the six message types", () => {
    const { accepted, rejected } = parseBatch({
      batch: [
        track(),
        { type: "page", anonymousId: "a1", name: "Home" },
        { type: "identify", userId: "u1", traits: { plan: "pro" } },
        { type: "group", userId: "u1", groupId: "acme" },
        { type: "screen", anonymousId: "a1", name: "Settings" },
        { type: "alias", userId: "u1", previousId: "a1" },
      ],
    });
    expect(rejected).toEqual([]);
    expect(accepted.map((a) => [a.index, a.message.type])).toEqual([
      [0, "track"],
      [1, "page"],
      [2, "identify"],
      [3, "group"],
      [4, "screen"],
      [5, "alias"],
    ]);
  });

  it("rejects each bad message with its index and a reason, keeping the good ones", () => {
    const { accepted, rejected } = parseBatch({
      batch: [
        track(),
        track({ userId: undefined }), // no user at all
        { type: "merge", userId: "u1" }, // unknown type
        track({ event: "" }), // empty event name
        track({ timestamp: "yesterday" }), // not ISO-8601
        "not an object",
        { type: "group", userId: "u1" }, // no groupId
        track({ messageId: "m-big", properties: { blob: "x".repeat(MAX_MESSAGE_BYTES) } }), // too large
        track({ userId: 42 }), // numbers are fine ids
      ],
    });
    expect(accepted.map((a) => a.index)).toEqual([0, 8]);
    expect(accepted[1]!.message.userId).toBe("42");
    const byIndex = new Map(rejected.map((r) => [r.index, r]));
    expect([...byIndex.keys()]).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(byIndex.get(1)!.error).toMatch(/userId or an anonymousId/);
    expect(byIndex.get(2)!.error).toMatch(/type must be one of identify, track, page, screen, group, alias/);
    expect(byIndex.get(3)!.error).toMatch(/track needs an event name/);
    expect(byIndex.get(4)!.error).toMatch(/timestamp must be an ISO-8601 date-time/);
    expect(byIndex.get(5)!.error).not.toBe("");
    expect(byIndex.get(6)!.error).toMatch(/groupId/);
    expect(byIndex.get(7)!.error).toMatch(/larger than 32 KB/);
    expect(byIndex.get(7)!.messageId).toBe("m-big");
    for (const r of rejected) expect(r.issues.length).toBeGreaterThan(0);
  });

  it("fills each message's context from the batch's, the message's own keys winning", () => {
    const { accepted } = parseBatch({
      context: { library: { name: "analytics.js" }, locale: "en-US" },
      batch: [track(), track({ context: { locale: "fr-FR" } })],
    });
    expect(accepted[0]!.message.context).toEqual({ library: { name: "analytics.js" }, locale: "en-US" });
    expect(accepted[1]!.message.context).toEqual({ library: { name: "analytics.js" }, locale: "fr-FR" });
  });

  it("gives each message the batch's sentAt (analytics.js's /b), a message's own winning", () => {
    const { accepted } = parseBatch({
      writeKey: "wk",
      sentAt: "2024-05-01T10:00:05.000Z",
      batch: [track(), track({ sentAt: "2024-05-01T10:00:01.000Z" })],
    });
    expect(accepted.map((a) => a.message.sentAt)).toEqual(["2024-05-01T10:00:05.000Z", "2024-05-01T10:00:01.000Z"]);
  });

  it("takes timestamps with offsets", () => {
    const { accepted, rejected } = parseBatch({
      batch: [track({ timestamp: "2024-05-01T12:00:00+02:00" }), track({ timestamp: "2024-02-30T00:00:00Z" })],
    });
    expect(accepted).toHaveLength(1);
    expect(rejected.map((r) => r.index)).toEqual([1]);
  });

  it("refuses a body that is not { batch: [...] }", () => {
    for (const body of [null, [], "batch", { batch: "x" }, { messages: [] }]) {
      expect(appError(() => parseBatch(body)).code).toBe("BAD_REQUEST");
    }
  });

  it(`refuses more than ${MAX_BATCH_MESSAGES} messages as too large`, () => {
    expect(parseBatch({ batch: Array.from({ length: MAX_BATCH_MESSAGES }, () => track()) }).accepted).toHaveLength(
      MAX_BATCH_MESSAGES,
    );
    const error = appError(() => parseBatch({ batch: Array.from({ length: MAX_BATCH_MESSAGES + 1 }, () => track()) }));
    expect(error.code).toBe("PAYLOAD_TOO_LARGE");
  });

  it("accepts an empty batch as nothing to do", () => {
    expect(parseBatch({ batch: [] })).toEqual({ accepted: [], rejected: [] });
  });
});

describe("parseSingle", () => {
  it("takes the type from the path and ignores a writeKey field", () => {
    const message = parseSingle({ userId: "u1", event: "Clicked", writeKey: "cwk_x" }, "track");
    expect(message).toMatchObject({ type: "track", userId: "u1", event: "Clicked" });
    expect(message).not.toHaveProperty("writeKey");
  });
  it("accepts a body that repeats the right type", () => {
    expect(parseSingle({ type: "identify", userId: "u1" }, "identify").type).toBe("identify");
  });
  it("refuses a body of another type", () => {
    const error = appError(() => parseSingle({ type: "track", userId: "u1", event: "x" }, "identify"));
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toMatch(/takes identify messages/);
  });
  it("refuses an invalid message with its issues", () => {
    const error = appError(() => parseSingle({ event: "x" }, "track"));
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.issues?.[0]?.path).toBe("userId");
  });
  it("refuses a body that is not an object", () => {
    expect(appError(() => parseSingle([1, 2], "track")).code).toBe("BAD_REQUEST");
    expect(appError(() => parseSingle("x", "page")).code).toBe("BAD_REQUEST");
  });
});

describe("messages the databases cannot store", () => {
  const deep = (levels: number) => {
    let v: unknown = 1;
    for (let i = 0; i < levels; i++) v = [v];
    return v;
  };
  it("rejects NUL characters and unpaired surrogates anywhere in a message, keys included", () => {
    const { accepted, rejected } = parseBatch({
      batch: [
        track({ event: "a\u0000b" }),
        track({ properties: { ["k\u0000"]: 1 } }),
        track({ properties: { s: "\ud83d" } }),
        track({ properties: { s: "x\udc00" } }),
        track({ properties: { emoji: "😀", text: "\\u0000 and \\ud800 typed as text", slashes: "\\\\" } }),
      ],
    });
    expect(rejected.map((r) => r.index)).toEqual([0, 1, 2, 3]);
    expect(rejected[0]!.error).toMatch(/NUL/);
    expect(accepted.map((a) => a.index)).toEqual([4]);
    expect(accepted[0]!.message).toMatchObject({ properties: { text: "\\u0000 and \\ud800 typed as text" } });
  });
  it("rejects messages nested more than 32 levels deep, without overflowing the stack", () => {
    // The message is level 1 and properties level 2: 30 more levels are fine, 31 are not.
    const { accepted, rejected } = parseBatch({
      batch: [
        track({ properties: { v: deep(30) } }),
        track({ properties: { v: deep(31) } }),
        track({ properties: { v: deep(100_000) } }),
      ],
    });
    expect(accepted.map((a) => a.index)).toEqual([0]);
    expect(rejected.map((r) => r.index)).toEqual([1, 2]);
    expect(rejected[1]!.error).toMatch(/levels deep/);
  });
  it("a single call with such text is a BAD_REQUEST", () => {
    expect(appError(() => parseSingle({ userId: "u\u0000", event: "x" }, "track")).code).toBe("BAD_REQUEST");
  });
});
