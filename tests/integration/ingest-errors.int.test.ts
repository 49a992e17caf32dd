// Every way an ingest request can fail, through handleIngest with real fetch Requests: each gets
// its own status and a JSON error body, and none is a 500.
import { beforeAll, describe, expect, it } from "vitest";
import { handleIngest } from "../../server/ingest/handle-ingest";
import { MAX_BATCH_MESSAGES, MAX_BODY_BYTES } from "../../server/ingest/schemas";
import {
  createWorkspace,
  createWriteKey,
  identifyMessage,
  ingest,
  ingestRequest,
  trackMessage,
  unique,
} from "../factories";
import { deps, testDb } from "./support/db";

let workspaceId: string;
let key: string;
let revokedKey: string;

beforeAll(async () => {
  const ws = await createWorkspace(testDb());
  workspaceId = ws.workspace.id;
  key = (await createWriteKey(testDb(), workspaceId)).key;
  revokedKey = (await createWriteKey(testDb(), workspaceId, { revoked: true })).key;
});

const eventCount = () => testDb().event.count({ where: { workspaceId } });

async function send(
  body: string,
  opts: { key?: string; kind?: "batch" | "track" | "identify" | "page" | "group" } = {},
) {
  const response = await handleIngest(
    ingestRequest(opts.kind ?? "batch", body, { key: opts.key }),
    opts.kind ?? "batch",
    deps(),
  );
  const json = (await response.json()) as { error?: { code: string; message: string; issues?: unknown[] } };
  return { status: response.status, json };
}

describe("ingest errors", () => {
  it("malformed JSON → 400", async () => {
    const { status, json } = await send('{"batch": [', { key });
    expect(status).toBe(400);
    expect(json.error).toMatchObject({ code: "BAD_REQUEST", message: expect.stringMatching(/Malformed JSON/) });
  });

  it("empty body → 400", async () => {
    for (const body of ["", "   \n"]) {
      const { status, json } = await send(body, { key });
      expect(status).toBe(400);
      expect(json.error?.message).toMatch(/empty/);
    }
  });

  it("JSON that is not a batch object → 400", async () => {
    for (const body of ["null", "[]", '"text"', '{"messages": []}']) {
      expect((await send(body, { key })).status, body).toBe(400);
    }
  });

  it(`body over ${MAX_BODY_BYTES / 1024} KB → 413, even without a Content-Length`, async () => {
    const big = JSON.stringify({
      batch: [trackMessage("u", "Big", { properties: { blob: "x".repeat(MAX_BODY_BYTES) } })],
    });
    const { status, json } = await send(big, { key });
    expect(status).toBe(413);
    expect(json.error?.code).toBe("PAYLOAD_TOO_LARGE");
  });

  it("a declared Content-Length over the limit → 413 before reading", async () => {
    const request = ingestRequest(
      "batch",
      { batch: [] },
      { key, headers: { "content-length": String(MAX_BODY_BYTES + 1) } },
    );
    expect((await handleIngest(request, "batch", deps())).status).toBe(413);
  });

  it(`more than ${MAX_BATCH_MESSAGES} messages → 413, nothing stored`, async () => {
    const before = await eventCount();
    const batch = Array.from({ length: MAX_BATCH_MESSAGES + 1 }, (_, i) => ({
      type: "track",
      userId: `u${i % 7}`,
      event: "E",
      messageId: unique(),
    }));
    const { status, json } = await send(JSON.stringify({ batch }), { key });
    expect(status).toBe(413);
    expect(json.error?.message).toMatch(/at most 500/);
    expect(await eventCount()).toBe(before);
  });

  it("missing key → 401", async () => {
    const { status, json } = await send(JSON.stringify({ batch: [trackMessage("u", "E")] }));
    expect(status).toBe(401);
    expect(json.error?.message).toMatch(/Missing write key/);
  });

  it("unknown key → 401, in every passing style", async () => {
    for (const style of ["basic", "header", "body", "bearer"] as const) {
      const reply = await ingest(
        deps(),
        "batch",
        { batch: [trackMessage("u", "E")] },
        { key: "cwk_doesnotexist", style },
      );
      expect(reply.status, style).toBe(401);
      expect(reply.body.error?.message).toMatch(/Unknown or revoked/);
    }
  });

  it("revoked key → 401, nothing stored", async () => {
    const before = await eventCount();
    const reply = await ingest(deps(), "batch", { batch: [trackMessage("u", "E")] }, { key: revokedKey });
    expect(reply.status).toBe(401);
    expect(await eventCount()).toBe(before);
  });

  it("some invalid messages → 200 with each rejected {index, error}; the valid ones stored", async () => {
    const good = [trackMessage("u-mixed", "Good 1"), trackMessage("u-mixed", "Good 2")];
    const batch = [
      good[0],
      { type: "track", userId: "u-mixed" },
      { type: "nope", userId: "x" },
      good[1],
      { type: "track", event: "no user" },
    ];
    const reply = await ingest(deps(), "batch", { batch }, { key });
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ success: true, accepted: 2, stored: 2, duplicates: 0 });
    expect(reply.body.rejected!.map((r) => r.index)).toEqual([1, 2, 4]);
    expect(reply.body.rejected![0]!.error).toMatch(/^event: /);
    expect(reply.body.rejected![1]!.error).toMatch(/type must be one of/);
    expect(reply.body.rejected![2]!.error).toMatch(/userId or an anonymousId/);
    const stored = await testDb().event.findMany({
      where: { workspaceId, messageId: { in: good.map((g) => g.messageId as string) } },
    });
    expect(stored.map((e) => e.name).sort()).toEqual(["Good 1", "Good 2"]);
  });

  it("all messages invalid → 400 with the issues per index, nothing stored", async () => {
    const before = await eventCount();
    const reply = await ingest(deps(), "batch", { batch: [{ type: "track" }, { type: "identify" }] }, { key });
    expect(reply.status).toBe(400);
    expect(reply.body.error?.issues?.map((i) => i.path)).toEqual(["batch.0", "batch.1"]);
    expect(await eventCount()).toBe(before);
  });

  it("an empty batch → 200, nothing stored", async () => {
    const reply = await ingest(deps(), "batch", { batch: [] }, { key });
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ accepted: 0, stored: 0 });
  });

  it("wrong type on a single-message endpoint → 400", async () => {
    const reply = await ingest(deps(), "identify", trackMessage("u", "E"), { key });
    expect(reply.status).toBe(400);
    expect(reply.body.error?.message).toMatch(/takes identify messages/);
  });

  it("invalid single message → 400 with issues", async () => {
    const reply = await ingest(deps(), "track", { userId: "u" }, { key });
    expect(reply.status).toBe(400);
    expect(reply.body.error?.issues?.[0]?.path).toBe("event");
  });

  it("a single message of the right type → 200", async () => {
    const reply = await ingest(deps(), "identify", identifyMessage("u-single", { plan: "pro" }), { key });
    expect(reply).toMatchObject({ status: 200, body: { accepted: 1, stored: 1, rejected: [] } });
  });

  it("odd but valid input never makes a 500", async () => {
    const odd = [
      { batch: [trackMessage("u", "E", { timestamp: "0001-01-01T00:00:00Z" })] },
      { batch: [trackMessage("u", "E", { timestamp: "9999-12-31T23:59:59.999Z" })] },
      { batch: [trackMessage("u", "E", { timestamp: "2024-05-01T10:00:00.123456789Z" })] },
      {
        batch: [
          trackMessage("u", "E", {
            properties: { nested: { deep: [1, { x: null }] }, "": "empty key", "emoji 🎉": "✓" },
          }),
        ],
      },
      { batch: [{ ...trackMessage("u", "E"), context: { traits: "not an object", groupId: 12 } }] },
      { batch: [{ type: "track", userId: 'u\'; DROP TABLE "Event"; --', event: "\u0000nul", messageId: unique() }] },
      { batch: [{ type: "group", userId: "u", groupId: "g", traits: { name: 42 }, messageId: unique() }] },
    ];
    for (const body of odd) {
      const reply = await ingest(deps(), "batch", body, { key });
      expect(reply.status, JSON.stringify(body).slice(0, 120)).toBeLessThan(500);
    }
  });

  it("text PostgreSQL cannot store (NUL, unpaired surrogates) is rejected per message, on both databases", async () => {
    const bad = [
      { type: "track", userId: "u", event: "nul\u0000", messageId: unique() },
      trackMessage("u", "E", { properties: { note: "a\u0000b" } }),
      trackMessage("u", "E", { properties: { "key\u0000": 1 } }),
      trackMessage("u", "E", { properties: { half: "\ud800" } }),
      identifyMessage("u", { low: "x\udc00y" }),
    ];
    const fine = [
      trackMessage("u", "E", { properties: { emoji: "😀", slash: "\\u0000 is only text", escaped: "\\ud800" } }),
    ];
    const reply = await ingest(deps(), "batch", { batch: [...bad, ...fine] }, { key });
    expect(reply.status).toBe(200);
    expect(reply.body.rejected!.map((r) => r.index)).toEqual([0, 1, 2, 3, 4]);
    expect(reply.body.stored).toBe(1);
    const single = await ingest(deps(), "track", bad[0], { key });
    expect(single.status).toBe(400);
  });

  it("deeply nested properties do not make a 500", async () => {
    // Built as text: JSON.stringify of 10,000 levels overflows the stack (as it could on the server).
    const depth = 10_000;
    const deep = JSON.stringify(trackMessage("u", "Deep", { properties: { nested: "LEAF" } })).replace(
      '"LEAF"',
      `${"[".repeat(depth)}1${"]".repeat(depth)}`,
    );
    const body = `{"batch":[${deep},${JSON.stringify(trackMessage("u", "Shallow"))}]}`;
    const reply = await ingest(deps(), "batch", body, { key });
    expect(reply.status).toBe(200);
    expect(reply.body.rejected!.map((r) => r.index)).toEqual([0]);
    expect(reply.body.rejected![0]!.error).toMatch(/levels deep/);
    expect(reply.body.stored).toBe(1);
  });
});
