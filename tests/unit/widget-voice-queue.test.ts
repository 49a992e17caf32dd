import { describe, expect, it } from "vitest";
import { FakeClock } from "./support/fake-clock";
import type { VoiceMessage } from "../../server/contract/widget-protocol";
import type { Message } from "../../components/widget/runtime/messages";
import {
  Queue,
  QUEUE_PREFIX,
  type FetchLike,
  type Queued,
  type StoredQueue,
} from "../../components/widget/runtime/queue";
import { MemoryStorage } from "../../components/widget/runtime/storage";

// The same Queue class carries survey answers and feedback to POST /api/v1/responses: a second
// instance beside the event queue, with its own storage entry that the event queue never adopts.

const HOST = "https://cairn.test";
const VOICE = `${HOST}/api/v1/responses`;
const EVENTS = `${HOST}/api/v1/batch`;

type Sent = { url: string; body: { batch: VoiceMessage[]; writeKey: string; sentAt: string } };

function fakeServer(replies: (number | "network")[] = []) {
  const sent: Sent[] = [];
  const fetch: FetchLike = async (url, init) => {
    sent.push({ url, body: JSON.parse(init.body) });
    const r = replies.shift() ?? 200;
    if (r === "network") throw new TypeError("Failed to fetch");
    return {
      status: r,
      headers: { get: () => null },
      json: async () =>
        r === 200 ? { success: true, rejected: [] } : { error: { code: "X", message: `status ${r}` } },
    };
  };
  return { sent, fetch };
}

function queueOf<M extends Queued>(
  endpoint: string,
  o: { storage: MemoryStorage; clock: FakeClock; tabId: string; replies?: (number | "network")[] },
) {
  const server = fakeServer(o.replies);
  const logs: string[] = [];
  const queue = new Queue<M>({
    endpoint,
    writeKey: "cwk_test",
    storage: o.storage,
    fetch: server.fetch,
    sendBeacon: null,
    now: o.clock.now,
    random: () => 0,
    setTimer: o.clock.setTimer,
    clearTimer: o.clock.clearTimer,
    log: (m) => logs.push(m),
    tabId: o.tabId,
  });
  return { queue, server, logs };
}

let n = 0;
function answer(extra: Partial<Extract<VoiceMessage, { type: "survey_response" }>> = {}): VoiceMessage {
  n++;
  return {
    type: "survey_response",
    messageId: `v-${n}`,
    userId: "u1",
    timestamp: "2026-11-24T10:00:00.000Z",
    surveyId: "s1",
    displayId: `d-${n}`,
    score: 9,
    comment: "Fast syncs",
    locale: "en",
    ...extra,
  };
}
const feedback = (): VoiceMessage => ({
  type: "feedback",
  messageId: `f-${++n}`,
  userId: "u1",
  timestamp: "2026-11-24T10:00:00.000Z",
  text: "Dark mode please",
  category: "idea",
  pageUrl: "https://app.test/",
  locale: "en",
});

const stored = (s: MemoryStorage, tab: string) =>
  JSON.parse(s.getItem(QUEUE_PREFIX + tab) ?? "null") as StoredQueue<VoiceMessage> | null;

describe("Queue<VoiceMessage>", () => {
  it("persists answers until /api/v1/responses takes them, as the same { batch, writeKey, sentAt } body", async () => {
    const storage = new MemoryStorage();
    const clock = new FakeClock(Date.parse("2026-11-24T10:00:00Z"));
    const { queue, server } = queueOf<VoiceMessage>(VOICE, { storage, clock, tabId: "t-v" });
    const a = answer();
    const f = feedback();
    queue.enqueue(a, true);
    queue.enqueue(f);
    expect(stored(storage, "t-v")).toMatchObject({ k: "cwk_test", e: VOICE, m: [a, f] });
    await clock.advance(0);
    expect(server.sent).toHaveLength(1);
    expect(server.sent[0]!.url).toBe(VOICE);
    expect(server.sent[0]!.body.writeKey).toBe("cwk_test");
    expect(server.sent[0]!.body.batch).toEqual([a, f]);
    expect(stored(storage, "t-v")).toBeNull();
  });

  it("retries with backoff while the endpoint is unreachable, with the same messageIds, and delivers once", async () => {
    const storage = new MemoryStorage();
    const clock = new FakeClock(0);
    const { queue, server } = queueOf<VoiceMessage>(VOICE, {
      storage,
      clock,
      tabId: "t-v",
      replies: ["network", 503, "network"],
    });
    const a = answer();
    queue.enqueue(a, true);
    await clock.advance(0);
    await clock.advance(500);
    await clock.advance(1000);
    expect(server.sent).toHaveLength(3);
    expect(stored(storage, "t-v")?.m).toEqual([a]);
    await clock.advance(2000);
    expect(server.sent).toHaveLength(4);
    expect(new Set(server.sent.map((s) => s.body.batch[0]!.messageId))).toEqual(new Set([a.messageId]));
    expect(queue.size).toBe(0);
    await clock.advance(60_000);
    expect(server.sent).toHaveLength(4);
  });

  it("takes over the answers a closed page left, sending each once even when it holds one of them already", async () => {
    const storage = new MemoryStorage();
    const clock = new FakeClock(60_000);
    const a = answer();
    const b = answer();
    const { queue, server } = queueOf<VoiceMessage>(VOICE, { storage, clock, tabId: "new-v", replies: ["network"] });
    queue.enqueue(a, true);
    await clock.advance(0); // fails
    // A page that closed earlier had `a` (e.g. restored from the same storage) and `b`.
    storage.setItem(
      `${QUEUE_PREFIX}dead-v`,
      JSON.stringify({ k: "cwk_test", e: VOICE, t: 0, m: [a, b] } satisfies StoredQueue<VoiceMessage>),
    );
    await clock.advance(500);
    expect(server.sent[1]!.body.batch.map((m) => m.messageId).sort()).toEqual([a.messageId, b.messageId].sort());
    expect(storage.getItem(`${QUEUE_PREFIX}dead-v`)).toBeNull();
    expect(queue.size).toBe(0);
  });

  it("the event queue and the voice queue never adopt each other's entries", async () => {
    const storage = new MemoryStorage();
    const clock = new FakeClock(0);
    const voiceLeft: StoredQueue<VoiceMessage> = { k: "cwk_test", e: VOICE, t: 0, m: [answer()] };
    const event: Message = {
      type: "track",
      messageId: "e-1",
      timestamp: "2026-11-24T10:00:00.000Z",
      anonymousId: "a",
      userId: "u1",
      event: "workflow_run",
      properties: {},
      context: {
        locale: "en",
        page: { url: "", path: "/", title: "", referrer: "", search: "" },
        library: { name: "cairn.js", version: "t" },
      },
    };
    const eventsLeft: StoredQueue = { k: "cwk_test", e: EVENTS, t: 0, m: [event] };
    storage.setItem(`${QUEUE_PREFIX}old-v`, JSON.stringify(voiceLeft));
    storage.setItem(`${QUEUE_PREFIX}old`, JSON.stringify(eventsLeft));
    await clock.advance(10_000);
    const events = queueOf<Message>(EVENTS, { storage, clock, tabId: "new", replies: ["network"] });
    await clock.advance(0);
    expect(events.server.sent.flatMap((s) => s.body.batch.map((m) => m.messageId))).toEqual(["e-1"]);
    expect(storage.getItem(`${QUEUE_PREFIX}old-v`)).not.toBeNull();
    const voice = queueOf<VoiceMessage>(VOICE, { storage, clock, tabId: "new-v" });
    await clock.advance(0);
    expect(voice.server.sent.flatMap((s) => s.body.batch.map((m) => m.messageId))).toEqual([voiceLeft.m[0]!.messageId]);
    expect(voice.server.sent.every((s) => s.url === VOICE)).toBe(true);
    expect(storage.getItem(`${QUEUE_PREFIX}old-v`)).toBeNull();
    // The event queue's own entry (still failing) is untouched by the voice queue.
    expect(stored(storage, "new")?.e).toBe(EVENTS);
  });

  it("drops an answer the server refuses (409: the display was already answered) instead of retrying it", async () => {
    const storage = new MemoryStorage();
    const clock = new FakeClock(0);
    const { queue, server, logs } = queueOf<VoiceMessage>(VOICE, { storage, clock, tabId: "t-v", replies: [409] });
    queue.enqueue(answer(), true);
    await clock.advance(0);
    await clock.advance(60_000);
    expect(server.sent).toHaveLength(1);
    expect(queue.size).toBe(0);
    expect(logs[0]).toContain("HTTP 409");
  });
});
