import { describe, expect, it } from "vitest";
import { FakeClock } from "./support/fake-clock";
import type { Message } from "../../components/widget/runtime/messages";
import {
  chunk,
  Queue,
  QUEUE_PREFIX,
  utf8Length,
  type FetchLike,
  type QueueOptions,
  type StoredQueue,
} from "../../components/widget/runtime/queue";
import { MemoryStorage } from "../../components/widget/runtime/storage";

class Clock extends FakeClock {
  constructor() {
    super(Date.parse("2026-11-24T10:00:00Z"));
  }
}

type Sent = { url: string; contentType: string; body: { batch: Message[]; writeKey: string; sentAt: string } };
type Reply = number | "network" | { status: number; body?: unknown; retryAfter?: string };

/** A server that answers from a script of replies (then 200s) and records each request. */
function fakeServer(replies: Reply[] = []) {
  const sent: Sent[] = [];
  const fetch: FetchLike = async (url, init) => {
    sent.push({ url, contentType: init.headers["Content-Type"]!, body: JSON.parse(init.body) });
    const r = replies.shift() ?? 200;
    if (r === "network") throw new TypeError("Failed to fetch");
    const { status, body, retryAfter } =
      typeof r === "number" ? { status: r, body: undefined, retryAfter: undefined } : r;
    return {
      status,
      headers: { get: (n: string) => (n.toLowerCase() === "retry-after" ? (retryAfter ?? null) : null) },
      json: async () =>
        body ??
        (status === 200 ? { success: true, rejected: [] } : { error: { code: "X", message: `status ${status}` } }),
    };
  };
  return { sent, fetch };
}

let n = 0;
function msg(event = "clicked", extra: Partial<Message> = {}): Message {
  n++;
  return {
    type: "track",
    messageId: `m-${n}`,
    timestamp: "2026-11-24T10:00:00.000Z",
    anonymousId: "anon-1",
    userId: "u1",
    event,
    properties: {},
    context: {
      locale: "en",
      page: { url: "https://app.test/", path: "/", title: "", referrer: "", search: "" },
      library: { name: "cairn.js", version: "test" },
    },
    ...extra,
  };
}

function setup(
  opts: {
    replies?: Reply[];
    storage?: MemoryStorage;
    clock?: Clock;
    tabId?: string;
    writeKey?: string;
    beacon?: (url: string, data: Blob) => boolean;
  } & Partial<QueueOptions> = {},
) {
  const clock = opts.clock ?? new Clock();
  const storage = opts.storage ?? new MemoryStorage();
  const server = fakeServer(opts.replies);
  const logs: string[] = [];
  const queue = new Queue({
    endpoint: "https://cairn.test/api/v1/batch",
    writeKey: opts.writeKey ?? "cwk_test",
    storage,
    fetch: server.fetch,
    sendBeacon: opts.beacon ?? null,
    now: clock.now,
    random: () => 0,
    setTimer: clock.setTimer,
    clearTimer: clock.clearTimer,
    log: (m) => logs.push(m),
    tabId: opts.tabId ?? "tab-a",
    ...opts,
  });
  return { queue, clock, storage, server, logs };
}

const stored = (s: MemoryStorage, tab = "tab-a") =>
  JSON.parse(s.getItem(QUEUE_PREFIX + tab) ?? "null") as StoredQueue | null;

describe("Queue: batching", () => {
  it("sends what accumulated after the flush interval, as one text/plain batch carrying the write key", async () => {
    const { queue, clock, server, storage } = setup();
    queue.enqueue(msg());
    queue.enqueue(msg());
    queue.enqueue(msg());
    await clock.advance(999);
    expect(server.sent).toHaveLength(0);
    expect(stored(storage)?.m).toHaveLength(3);
    await clock.advance(1);
    expect(server.sent).toHaveLength(1);
    expect(server.sent[0]!.url).toBe("https://cairn.test/api/v1/batch");
    expect(server.sent[0]!.contentType).toBe("text/plain;charset=UTF-8");
    expect(server.sent[0]!.body.writeKey).toBe("cwk_test");
    expect(server.sent[0]!.body.batch).toHaveLength(3);
    expect(queue.size).toBe(0);
    expect(stored(storage)).toBeNull();
  });

  it("sends at once when flushAt messages are waiting, or on an urgent message", async () => {
    const { queue, clock, server } = setup({ flushAt: 3 });
    queue.enqueue(msg());
    queue.enqueue(msg());
    queue.enqueue(msg());
    await clock.advance(0);
    expect(server.sent).toHaveLength(1);
    queue.enqueue(msg("identify"), true);
    await clock.advance(0);
    expect(server.sent).toHaveLength(2);
  });

  it("splits a long queue into batches of maxBatch", async () => {
    const { queue, clock, server } = setup({ maxBatch: 2, flushAt: 100 });
    for (let i = 0; i < 5; i++) queue.enqueue(msg());
    await clock.advance(1000);
    expect(server.sent.map((s) => s.body.batch.length)).toEqual([2, 2, 1]);
  });

  it("tells waiters when their message is stored", async () => {
    const { queue, clock } = setup();
    const m = msg();
    const settled: string[] = [];
    queue.enqueue(m);
    queue.whenSettled(m.messageId, () => settled.push(m.messageId));
    queue.whenSettled("not-queued", () => settled.push("not-queued"));
    expect(settled).toEqual(["not-queued"]);
    await clock.advance(1000);
    expect(settled).toEqual(["not-queued", m.messageId]);
  });
});

describe("Queue: failures", () => {
  it("retries network errors and 5xx with growing backoff, keeping the messages stored", async () => {
    const { queue, clock, server, storage, logs } = setup({ replies: ["network", 500, 503] });
    queue.enqueue(msg());
    await clock.advance(1000); // attempt 1 fails → wait 500 ms (random 0: half the 1 s step)
    expect(server.sent).toHaveLength(1);
    expect(stored(storage)?.m).toHaveLength(1);
    await clock.advance(499);
    expect(server.sent).toHaveLength(1);
    await clock.advance(1); // attempt 2 fails → wait 1 s
    expect(server.sent).toHaveLength(2);
    await clock.advance(1000); // attempt 3 fails → wait 2 s
    expect(server.sent).toHaveLength(3);
    await clock.advance(2000);
    expect(server.sent).toHaveLength(4);
    expect(queue.size).toBe(0);
    expect(new Set(server.sent.map((s) => s.body.batch[0]!.messageId)).size).toBe(1);
    expect(logs).toEqual([]);
  });

  it("waits as long as a 429's Retry-After says", async () => {
    const { queue, clock, server } = setup({ replies: [{ status: 429, retryAfter: "5" }] });
    queue.enqueue(msg());
    await clock.advance(1000);
    await clock.advance(4999);
    expect(server.sent).toHaveLength(1);
    await clock.advance(1);
    expect(server.sent).toHaveLength(2);
  });

  it("does not let an urgent message jump a backoff", async () => {
    const { queue, clock, server } = setup({ replies: [500] });
    queue.enqueue(msg());
    await clock.advance(1000);
    queue.enqueue(msg(), true);
    await queue.flush();
    await clock.advance(100);
    expect(server.sent).toHaveLength(1);
    await clock.advance(400);
    expect(server.sent).toHaveLength(2);
    expect(server.sent[1]!.body.batch).toHaveLength(2);
  });

  it("drops a batch the server refuses with a 4xx, and says so", async () => {
    const { queue, clock, server, storage, logs } = setup({ replies: [401] });
    queue.enqueue(msg());
    queue.enqueue(msg());
    await clock.advance(1000);
    expect(queue.size).toBe(0);
    expect(stored(storage)).toBeNull();
    expect(logs).toHaveLength(1);
    expect(logs[0]).toContain("HTTP 401");
    await clock.advance(60_000);
    expect(server.sent).toHaveLength(1);
  });

  it("halves the batch on 413 and drops only a single message that is still too large", async () => {
    const { queue, clock, server, logs } = setup({ replies: [413, 200, 413, 200] });
    for (let i = 0; i < 4; i++) queue.enqueue(msg());
    await clock.advance(1000);
    expect(server.sent.map((s) => s.body.batch.length)).toEqual([4, 2, 2, 1, 1]);
    expect(queue.size).toBe(0);
    expect(logs).toEqual([]);
    const lone = setup({ replies: [413] });
    lone.queue.enqueue(msg());
    await lone.clock.advance(1000);
    expect(lone.queue.size).toBe(0);
    expect(lone.logs[0]).toContain("HTTP 413");
  });

  it("reports messages the server rejected inside a 200", async () => {
    const { queue, clock, logs } = setup({
      replies: [{ status: 200, body: { success: true, rejected: [{ index: 0, messageId: "x", error: "bad" }] } }],
    });
    queue.enqueue(msg());
    await clock.advance(1000);
    expect(queue.size).toBe(0);
    expect(logs[0]).toContain("rejected 1 message");
  });

  it("keeps at most maxQueued messages, dropping the oldest once with a warning", async () => {
    const { queue, logs } = setup({ maxQueued: 3, flushAt: 100, replies: ["network"] });
    const ms = [msg(), msg(), msg(), msg(), msg()];
    for (const m of ms) queue.enqueue(m);
    expect(queue.pending().map((m) => m.messageId)).toEqual(ms.slice(2).map((m) => m.messageId));
    expect(logs).toHaveLength(1);
  });

  it("keeps working from memory when storage refuses writes", async () => {
    const storage = new MemoryStorage();
    storage.setItem = () => {
      throw new Error("QuotaExceededError");
    };
    const { queue, clock, server, logs } = setup({ storage });
    queue.enqueue(msg());
    queue.enqueue(msg());
    expect(logs).toHaveLength(1);
    await clock.advance(1000);
    expect(server.sent[0]!.body.batch).toHaveLength(2);
  });

  it("forgets the backoff when the network comes back", async () => {
    const { queue, clock, server } = setup({ replies: ["network", "network", "network"] });
    queue.enqueue(msg());
    await clock.advance(1000);
    await clock.advance(500);
    await clock.advance(1000); // 3 failures; next try in 2 s
    expect(server.sent).toHaveLength(3);
    queue.retryNow();
    await clock.advance(0);
    expect(server.sent).toHaveLength(4);
    expect(queue.size).toBe(0);
  });
});

describe("Queue: reloads and other tabs", () => {
  it("a new page sends what a closed page left in storage, and removes the old entry", async () => {
    const storage = new MemoryStorage();
    const clock = new Clock();
    const first = setup({ storage, clock, tabId: "old", replies: ["network"] });
    const kept = [msg(), msg()];
    for (const m of kept) first.queue.enqueue(m);
    await clock.advance(1000); // fails; the page then closes
    first.queue.stop();
    await clock.advance(10_000);
    const second = setup({ storage, clock, tabId: "new" });
    await clock.advance(0);
    expect(second.server.sent).toHaveLength(1);
    expect(second.server.sent[0]!.body.batch.map((m) => m.messageId)).toEqual(kept.map((m) => m.messageId));
    expect(storage.getItem(`${QUEUE_PREFIX}old`)).toBeNull();
    expect(storage.getItem(`${QUEUE_PREFIX}new`)).toBeNull();
  });

  it("waits until another page's entry goes stale before adopting it", async () => {
    const storage = new MemoryStorage();
    const clock = new Clock();
    const entry: StoredQueue = { k: "cwk_test", e: "https://cairn.test/api/v1/batch", t: clock.t, m: [msg()] };
    storage.setItem(`${QUEUE_PREFIX}live`, JSON.stringify(entry));
    const q = setup({ storage, clock, tabId: "me" });
    await clock.advance(4000);
    expect(q.server.sent).toHaveLength(0);
    await clock.advance(1000);
    expect(q.server.sent).toHaveLength(1);
  });

  it("leaves alone entries of another write key or host, and clears unreadable ones", async () => {
    const storage = new MemoryStorage();
    const clock = new Clock();
    const other: StoredQueue = { k: "cwk_other", e: "https://cairn.test/api/v1/batch", t: 0, m: [msg()] };
    storage.setItem(`${QUEUE_PREFIX}other`, JSON.stringify(other));
    storage.setItem(`${QUEUE_PREFIX}junk`, "{not json");
    const q = setup({ storage, clock, tabId: "me" });
    await clock.advance(2000);
    expect(q.server.sent).toHaveLength(0);
    expect(storage.getItem(`${QUEUE_PREFIX}other`)).not.toBeNull();
    expect(storage.getItem(`${QUEUE_PREFIX}junk`)).toBeNull();
  });

  it("does not send a message twice when adopting one it already has", async () => {
    const storage = new MemoryStorage();
    const clock = new Clock();
    const m = msg();
    const q = setup({ storage, clock, tabId: "me", replies: ["network"] });
    q.queue.enqueue(m);
    storage.setItem(
      `${QUEUE_PREFIX}dead`,
      JSON.stringify({ k: "cwk_test", e: "https://cairn.test/api/v1/batch", t: 0, m: [m, msg()] }),
    );
    await clock.advance(1000);
    await clock.advance(500);
    expect(q.server.sent[1]!.body.batch.map((x) => x.messageId)).toEqual([
      q.server.sent[1]!.body.batch[0]!.messageId,
      m.messageId,
    ]);
    expect(q.server.sent[1]!.body.batch).toHaveLength(2);
  });
});

describe("Queue: page hide", () => {
  it("hands everything to sendBeacon as text/plain with the write key, keeps it stored, resends when visible again", async () => {
    const beacons: { url: string; type: string; body: Sent["body"] }[] = [];
    const blobs: Blob[] = [];
    const beacon = (url: string, data: Blob) => {
      blobs.push(data);
      beacons.push({ url, type: data.type, body: { batch: [], writeKey: "", sentAt: "" } });
      return true;
    };
    const { queue, clock, server, storage } = setup({ beacon });
    queue.enqueue(msg());
    queue.enqueue(msg());
    queue.flushBeacon();
    expect(beacons).toHaveLength(1);
    expect(beacons[0]!.url).toBe("https://cairn.test/api/v1/batch");
    expect(beacons[0]!.type).toBe("text/plain;charset=utf-8");
    const body = JSON.parse(await blobs[0]!.text()) as Sent["body"];
    expect(body.writeKey).toBe("cwk_test");
    expect(body.batch).toHaveLength(2);
    expect(stored(storage)?.m).toHaveLength(2);
    // Still hidden: the regular flush leaves beaconed messages alone, but sends new ones.
    queue.enqueue(msg());
    await clock.advance(1000);
    expect(server.sent).toHaveLength(1);
    expect(server.sent[0]!.body.batch).toHaveLength(1);
    // Visible again: the beacon may have been lost, so the rest goes again (the server dedupes).
    queue.resume();
    await clock.advance(0);
    expect(server.sent).toHaveLength(2);
    expect(server.sent[1]!.body.batch.map((m) => m.messageId)).toEqual(body.batch.map((m) => m.messageId));
    expect(queue.size).toBe(0);
  });

  it("splits beacons under the size limit and stops at the first one the browser refuses", () => {
    let calls = 0;
    const { queue } = setup({ maxBeaconBytes: 1500, flushAt: 100, beacon: () => ++calls < 3 });
    for (let i = 0; i < 10; i++) queue.enqueue(msg("e", { properties: { pad: "x".repeat(400) } }));
    queue.flushBeacon();
    expect(calls).toBe(3);
    expect(queue.size).toBe(10);
  });
});

describe("chunk and utf8Length", () => {
  it("counts UTF-8 bytes", () => {
    expect(utf8Length("abc")).toBe(3);
    expect(utf8Length("é")).toBe(2);
    expect(utf8Length("€")).toBe(3);
    expect(utf8Length("😀")).toBe(4);
  });
  it("groups by count and by bytes; an oversized message travels alone", () => {
    const small = [msg(), msg(), msg()];
    expect(chunk(small, 2, 1e6).map((c) => c.length)).toEqual([2, 1]);
    const big = msg("big", { properties: { pad: "x".repeat(5000) } });
    expect(chunk([small[0]!, big, small[1]!], 10, 2000).map((c) => c.length)).toEqual([1, 1, 1]);
    expect(chunk([], 10, 100)).toEqual([]);
  });
});
