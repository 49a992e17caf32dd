import { describe, expect, it } from "vitest";
import { anonymousIdsOf, resolveAnonymous, stitchesOf, type AnonymousLink } from "../../server/ingest/anonymous-ids";
import type { NormalizedMessage } from "../../server/ingest/normalize-message";

let n = 0;
function message(type: string, userKey: string, anonymousId: string | null, minute: number): NormalizedMessage {
  return {
    messageId: `m-${++n}`,
    type: type as NormalizedMessage["type"],
    userKey,
    anonymousId,
    name: type,
    properties: {},
    traits: null,
    groupId: null,
    groupTraits: null,
    context: null,
    locale: null,
    timestamp: new Date(Date.UTC(2026, 0, 1, 0, minute)),
    originalTimestamp: null,
  };
}
const page = (anonymousId: string, minute = 0) => message("page", `anon:${anonymousId}`, null, minute);
const identify = (userId: string, anonymousId: string | null, minute = 0) =>
  message("identify", userId, anonymousId, minute);
const link = (anonymousId: string, userId: string | null): [string, AnonymousLink] => [
  anonymousId,
  { anonymousId, endUserId: userId ? `id-${userId}` : null, userId },
];

describe("anonymous ids of a batch", () => {
  it("names the anonymous-only messages' ids and the ids identifies and aliases carry, sorted", () => {
    const batch = [
      page("b"),
      identify("ann", "a"),
      message("alias", "ann", "c", 0),
      message("track", "ann", "ignored", 0), // a track naming both ids joins nothing
      identify("ann", null),
    ];
    expect(anonymousIdsOf(batch)).toEqual(["a", "b", "c"]);
  });
});

describe("the joins a batch makes", () => {
  it("joins an anonymousId not joined yet to the user of its earliest identify", () => {
    const batch = [identify("late", "v", 5), identify("early", "v", 1)];
    expect(stitchesOf(batch, new Map([link("v", null)]))).toEqual(new Map([["v", "early"]]));
  });

  it("joins nothing for an anonymousId already joined, to the same user or another", () => {
    const links = new Map([link("v", "ann"), link("w", "ann")]);
    expect(stitchesOf([identify("ann", "v"), identify("bob", "w")], links)).toEqual(new Map());
  });

  it("gives a user one anonymousId per batch", () => {
    const batch = [identify("ann", "v", 1), identify("ann", "w", 2)];
    expect(stitchesOf(batch, new Map())).toEqual(new Map([["v", "ann"]]));
  });
});

describe("anonymous messages resolved", () => {
  it("moves anonymous-only messages to the joined user, or the user this batch joins them to", () => {
    const batch = [page("joined"), page("now"), page("stranger"), identify("bob", "now")];
    const resolved = resolveAnonymous(batch, new Map([link("joined", "ann")]), new Map([["now", "bob"]]));
    expect(resolved.map((m) => m.userKey)).toEqual(["ann", "bob", "anon:stranger", "bob"]);
  });
});
