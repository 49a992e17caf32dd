import { describe, expect, it } from "vitest";
import { FakeClock } from "./support/fake-clock";
import type { WidgetState } from "../../server/contract/widget-protocol";
import {
  DEFAULT_POLL_MS,
  MIN_POLL_MS,
  pollDelay,
  StateClient,
  widgetUrl,
  type StateFetch,
} from "../../components/widget/runtime/state-client";

class Clock extends FakeClock {
  constructor() {
    super(0);
  }
}

const stateFor = (userId: string, pollAfterMs = 30_000): WidgetState => ({
  user: { userId, persona: null, locale: "de" },
  checklists: [],
  roleQuestion: null,
  pollAfterMs,
  feedback: null,
  surveyEvents: [],
});

function setup(replies: (number | "network")[] = []) {
  const clock = new Clock();
  const requests: { url: string; key: string | undefined }[] = [];
  const states: WidgetState[] = [];
  const logs: string[] = [];
  let hidden = false;
  const fetch: StateFetch = async (url, init) => {
    requests.push({ url, key: init.headers["X-Write-Key"] });
    const r = replies.shift() ?? 200;
    if (r === "network") throw new TypeError("Failed to fetch");
    const userId = new URL(url).searchParams.get("userId")!;
    return {
      status: r,
      json: async () =>
        r === 200 ? stateFor(userId) : { error: { code: "UNAUTHORIZED", message: "Unknown or revoked write key." } },
    };
  };
  const client = new StateClient({
    host: "https://cairn.test",
    writeKey: "cwk_w",
    fetch,
    onState: (s) => states.push(s),
    isHidden: () => hidden,
    now: clock.now,
    random: () => 0,
    setTimer: clock.setTimer,
    clearTimer: clock.clearTimer,
    log: (m) => logs.push(m),
  });
  return { client, clock, requests, states, logs, hide: (h: boolean) => (hidden = h) };
}

describe("widgetUrl and pollDelay", () => {
  it("encodes the user and locale", () => {
    expect(widgetUrl("https://c.test", "a b&c", "fr-FR")).toBe(
      "https://c.test/api/v1/widget?userId=a%20b%26c&locale=fr-FR",
    );
  });
  it("adds the host's userHash when there is one", () => {
    expect(widgetUrl("https://c.test", "u", "en", "ab12")).toBe(
      "https://c.test/api/v1/widget?userId=u&locale=en&userHash=ab12",
    );
    expect(widgetUrl("https://c.test", "u", "en", null)).toBe("https://c.test/api/v1/widget?userId=u&locale=en");
  });
  it("keeps the server's poll interval within bounds", () => {
    expect(pollDelay(30_000)).toBe(30_000);
    expect(pollDelay(0)).toBe(MIN_POLL_MS);
    expect(pollDelay("x")).toBe(DEFAULT_POLL_MS);
    expect(pollDelay(1e12)).toBe(24 * 3_600_000);
  });
});

describe("StateClient", () => {
  it("fetches for the identified user with the write key header, then every pollAfterMs", async () => {
    const { client, clock, requests, states } = setup();
    client.setUser("u1", "de-DE");
    await clock.advance(0);
    expect(requests).toEqual([{ url: "https://cairn.test/api/v1/widget?userId=u1&locale=de-DE", key: "cwk_w" }]);
    expect(states).toHaveLength(1);
    await clock.advance(29_999);
    expect(requests).toHaveLength(1);
    await clock.advance(1);
    expect(requests).toHaveLength(2);
  });

  it("a refresh comes sooner than the next poll, not later", async () => {
    const { client, clock, requests } = setup();
    client.setUser("u1", "en");
    await clock.advance(0);
    client.refresh(500);
    await clock.advance(500);
    expect(requests).toHaveLength(2);
    client.refresh(10);
    client.refresh(5_000);
    await clock.advance(10);
    expect(requests).toHaveLength(3);
  });

  it("does not poll while the page is hidden, and catches up when it is back", async () => {
    const { client, clock, requests, hide } = setup();
    client.setUser("u1", "en");
    await clock.advance(0);
    hide(true);
    await clock.advance(120_000);
    expect(requests).toHaveLength(1);
    hide(false);
    client.resume();
    await clock.advance(0);
    expect(requests).toHaveLength(2);
  });

  it("retries network errors and 5xx with backoff", async () => {
    const { client, clock, requests, states, logs } = setup(["network", 503]);
    client.setUser("u1", "en");
    await clock.advance(0);
    await clock.advance(999); // first retry after 1 s (2 s step, random 0)
    expect(requests).toHaveLength(1);
    await clock.advance(1);
    expect(requests).toHaveLength(2);
    await clock.advance(2000);
    expect(requests).toHaveLength(3);
    expect(states).toHaveLength(1);
    expect(logs).toEqual([]);
  });

  it("stops and says so once on a 4xx, until the next user is set", async () => {
    const { client, clock, requests, logs } = setup([401]);
    client.setUser("u1", "en");
    await clock.advance(600_000);
    expect(requests).toHaveLength(1);
    expect(logs).toEqual(["[cairn] could not load the widget (HTTP 401): Unknown or revoked write key."]);
    client.setUser("u1", "en");
    await clock.advance(0);
    expect(requests).toHaveLength(2);
  });

  it("drops an answer for a user who is no longer the current one", async () => {
    const { client, clock, states } = setup();
    client.setUser("u1", "en");
    client.setUser("u2", "en");
    await clock.advance(0);
    expect(states.map((s) => s.user.userId)).toEqual(["u2"]);
  });
});
