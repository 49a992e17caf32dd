// The rollups' definitions as pure functions (server/jobs/rollup-counts.ts), on hand-counted events.
import { describe, expect, it } from "vitest";
import {
  countDay,
  featureAccountSpans,
  mergeSpans,
  retainedFrom,
  spanAfterErasure,
  widen,
  type RawEvent,
} from "../../server/jobs/rollup-counts";

let n = 0;
function ev(partial: Partial<RawEvent> & Pick<RawEvent, "endUserId">): RawEvent {
  n += 1;
  return {
    type: "track",
    name: "Clicked",
    accountId: null,
    day: 10,
    timestamp: new Date(Date.UTC(2026, 0, 1, 0, n)),
    messageId: `m${String(n).padStart(3, "0")}`,
    properties: {},
    ...partial,
  };
}

const csv = {
  id: "f-csv",
  matchers: [{ event: "Export", where: { key: "format", op: "equals" as const, value: "csv" } }],
};
const runs = { id: "f-run", matchers: [{ event: "Run" }] };

describe("countDay", () => {
  it("counts activity per user, account, name, user and name, feature and user; identify and group do not count", () => {
    const rows = countDay(
      [
        ev({ endUserId: "u1", name: "Run", accountId: "a1" }),
        ev({ endUserId: "u1", name: "Export", properties: { format: "CSV" }, accountId: "a1" }),
        ev({ endUserId: "u1", type: "page", name: "Home" }),
        ev({ endUserId: "u2", type: "screen", name: "Home", accountId: "a2" }),
        ev({ endUserId: "u2", type: "identify", name: "identify", accountId: "a2" }),
        ev({ endUserId: "u3", type: "group", name: "group" }),
        ev({ endUserId: "u2", type: "page", name: "Run" }), // a page named like a feature's event: no use
      ],
      [csv, runs],
    );
    expect(rows.userDays).toEqual([
      { endUserId: "u1", accountId: "a1", eventCount: 3 },
      { endUserId: "u2", accountId: "a2", eventCount: 2 },
    ]);
    expect(rows.accountDays).toEqual([
      { accountId: "a1", eventCount: 2 },
      { accountId: "a2", eventCount: 1 },
    ]);
    expect(rows.eventDays).toEqual([
      { name: "Run", count: 2 },
      { name: "Export", count: 1 },
      { name: "Home", count: 2 },
    ]);
    expect(rows.userEventDays).toHaveLength(5);
    expect(rows.featureUserDays).toEqual([
      { featureId: "f-run", endUserId: "u1", count: 1 },
      { featureId: "f-csv", endUserId: "u1", count: 1 },
    ]);
  });

  it("names the account of the user's latest event that had one (ties: the later messageId)", () => {
    const t = new Date(Date.UTC(2026, 0, 2));
    const rows = countDay(
      [
        ev({ endUserId: "u1", accountId: "a2", timestamp: t, messageId: "b" }),
        ev({ endUserId: "u1", accountId: "a1", timestamp: t, messageId: "a" }),
        ev({ endUserId: "u1", accountId: null, timestamp: new Date(t.getTime() + 1) }),
        ev({ endUserId: "u2" }),
      ],
      [],
    );
    expect(rows.userDays).toEqual([
      { endUserId: "u1", accountId: "a2", eventCount: 3 },
      { endUserId: "u2", accountId: null, eventCount: 1 },
    ]);
    expect(countDay([], [csv]).userDays).toEqual([]);
  });
});

describe("spans", () => {
  it("widen and merge keep the first day, the last day and the uses", () => {
    expect(widen(widen(widen(undefined, 5), 3), 9, 2)).toEqual({ firstDay: 3, lastDay: 9, uses: 4 });
    expect(mergeSpans({ firstDay: 1, lastDay: 2, uses: 3 }, { firstDay: 2, lastDay: 7, uses: 1 })).toEqual({
      firstDay: 1,
      lastDay: 7,
      uses: 4,
    });
    expect(mergeSpans(undefined, undefined)).toBeUndefined();
  });

  it("featureAccountSpans counts track uses per feature and account, none without an account", () => {
    const spans = featureAccountSpans(
      [
        ev({ endUserId: "u1", name: "Run", accountId: "a1", day: 4 }),
        ev({ endUserId: "u2", name: "Run", accountId: "a1", day: 2 }),
        ev({ endUserId: "u3", name: "Run", accountId: null, day: 1 }),
        ev({ endUserId: "u1", name: "Run", accountId: "a1", day: 4, type: "page" }),
      ],
      [runs],
    );
    expect(spans).toEqual(new Map([["f-run|a1", { firstDay: 2, lastDay: 4, uses: 2 }]]));
  });
});

describe("spanAfterErasure", () => {
  const old = { firstDay: 5, lastDay: 20, uses: 10 };
  it("is the remaining events' span when everything is retained or the row has no older history", () => {
    const remaining = { firstDay: 8, lastDay: 12, uses: 4 };
    expect(spanAfterErasure({ old, erased: 6, remaining, keepFrom: null })).toEqual(remaining);
    expect(spanAfterErasure({ old, erased: 6, remaining, keepFrom: 5 })).toEqual(remaining);
    expect(spanAfterErasure({ old, erased: 10, remaining: undefined, keepFrom: null })).toBeUndefined();
    expect(spanAfterErasure({ old: undefined, erased: 1, remaining, keepFrom: 9 })).toEqual(remaining);
  });

  it("keeps the history before the retained window: uses drop by the erased ones, the first day stays", () => {
    expect(
      spanAfterErasure({ old, erased: 3, remaining: { firstDay: 15, lastDay: 18, uses: 2 }, keepFrom: 10 }),
    ).toEqual({ firstDay: 5, lastDay: 18, uses: 7 });
    // Nothing left in the window: the last use before it is not known; the day before it stands in.
    expect(spanAfterErasure({ old, erased: 3, remaining: undefined, keepFrom: 10 })).toEqual({
      firstDay: 5,
      lastDay: 9,
      uses: 7,
    });
    expect(
      spanAfterErasure({ old: { firstDay: 5, lastDay: 7, uses: 4 }, erased: 1, remaining: undefined, keepFrom: 10 }),
    ).toEqual({ firstDay: 5, lastDay: 7, uses: 3 });
    expect(spanAfterErasure({ old, erased: 10, remaining: undefined, keepFrom: 10 })).toBeUndefined();
  });
});

describe("retainedFrom", () => {
  it("is the first day every raw event is still kept, in the workspace's time zone; null without retention", () => {
    const now = new Date("2026-03-10T03:00:00Z"); // still 9 March in Los Angeles
    expect(retainedFrom({ rawEventRetentionDays: null, timeZone: "UTC" }, now)).toBeNull();
    const day = (iso: string) => Date.parse(iso) / 86_400_000;
    expect(retainedFrom({ rawEventRetentionDays: 30, timeZone: "UTC" }, now)).toBe(day("2026-03-10") - 29);
    expect(retainedFrom({ rawEventRetentionDays: 30, timeZone: "America/Los_Angeles" }, now)).toBe(
      day("2026-03-09") - 29,
    );
  });
});
