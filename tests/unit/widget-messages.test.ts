import { describe, expect, it } from "vitest";
import {
  buildMessage,
  readPage,
  toBag,
  type Identity,
  type MessageEnv,
} from "../../components/widget/runtime/messages";
import { batchBody } from "../../components/widget/runtime/queue";
import { uuid } from "../../components/widget/runtime/uuid";
import { parseJsonBody, readBodyText } from "../../server/http/responses";
import { presentedKey } from "../../server/http/write-key";
import { normalizeMessage } from "../../server/ingest/normalize-message";
import { parseBatch } from "../../server/ingest/parse-payload";

const page = readPage(
  { href: "https://app.test/flows?x=1", pathname: "/flows", search: "?x=1" },
  { title: "Flows", referrer: "https://app.test/" },
);
const env: MessageEnv = {
  messageId: "m-1",
  now: new Date("2026-11-24T10:00:00.000Z"),
  locale: "fr-FR",
  page,
  version: "0.1.0",
};
const anon: Identity = { userId: null, anonymousId: "a-1", groupId: null };
const known: Identity = { userId: "u-42", anonymousId: "a-1", groupId: "acme" };

describe("buildMessage", () => {
  it("makes a Segment track call with id, ISO timestamp and context", () => {
    expect(buildMessage({ type: "track", event: "workflow_saved", properties: { steps: 3 } }, known, env)).toEqual({
      type: "track",
      messageId: "m-1",
      timestamp: "2026-11-24T10:00:00.000Z",
      anonymousId: "a-1",
      userId: "u-42",
      event: "workflow_saved",
      properties: { steps: 3 },
      context: {
        locale: "fr-FR",
        page: {
          url: "https://app.test/flows?x=1",
          path: "/flows",
          title: "Flows",
          referrer: "https://app.test/",
          search: "?x=1",
        },
        library: { name: "cairn.js", version: "0.1.0" },
        groupId: "acme",
      },
    });
  });
  it("leaves out userId and groupId until known", () => {
    const m = buildMessage({ type: "identify", traits: { plan: "pro" } }, anon, env);
    expect(m.userId).toBeUndefined();
    expect(m.context.groupId).toBeUndefined();
    expect(m.traits).toEqual({ plan: "pro" });
  });
  it("carries the host's userHash with the userId, which the server reads as the message's signature", () => {
    const signed = buildMessage({ type: "track", event: "e", properties: {} }, { ...known, userHash: "ab12" }, env);
    expect(signed.userHash).toBe("ab12");
    expect(parseBatch({ batch: [signed] }).accepted[0]!.message.userHash).toBe("ab12");
    expect(
      buildMessage({ type: "track", event: "e", properties: {} }, { ...anon, userHash: "ab12" }, env).userHash,
    ).toBeUndefined();
    expect(buildMessage({ type: "track", event: "e", properties: {} }, known, env).userHash).toBeUndefined();
  });
  it("gives page calls the page's properties, overridable, and a name", () => {
    const m = buildMessage({ type: "page", name: "Flows", properties: { title: "Custom" } }, known, env);
    expect(m.name).toBe("Flows");
    expect(m.properties).toMatchObject({ url: page.url, path: "/flows", title: "Custom", search: "?x=1" });
  });
  it("puts group's account id at the top level", () => {
    const m = buildMessage({ type: "group", groupId: "acme", traits: { plan: "team" } }, known, env);
    expect(m.groupId).toBe("acme");
    expect(m.traits).toEqual({ plan: "team" });
  });
});

describe("toBag", () => {
  it("copies plain data, turning dates into strings and dropping functions", () => {
    expect(toBag({ at: new Date("2026-01-01T00:00:00Z"), f: () => 1, n: 1 })).toEqual({
      at: "2026-01-01T00:00:00.000Z",
      n: 1,
    });
    expect(toBag(undefined)).toEqual({});
    expect(toBag(null)).toEqual({});
  });
  it("refuses what is not an object or cannot be serialized", () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(toBag(cyclic)).toBeNull();
    expect(toBag("text")).toBeNull();
    expect(toBag([1, 2])).toBeNull();
  });
});

describe("uuid", () => {
  const v4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  it("uses crypto.randomUUID, else getRandomValues, else Math.random", () => {
    expect(uuid({ randomUUID: () => "native" })).toBe("native");
    expect(uuid({ getRandomValues: (a) => a.fill(0xff) })).toBe("ffffffff-ffff-4fff-bfff-ffffffffffff");
    expect(uuid({})).toMatch(v4);
    expect(uuid()).toMatch(v4);
    expect(
      uuid({
        randomUUID: () => {
          throw new Error("insecure context");
        },
      }),
    ).toMatch(v4);
  });
});

describe("what the widget sends is what ingest accepts", () => {
  const messages = [
    buildMessage({ type: "identify", traits: { role: "data engineer" } }, known, env),
    buildMessage({ type: "group", groupId: "acme", traits: {} }, known, { ...env, messageId: "m-2" }),
    buildMessage({ type: "track", event: "connection_created", properties: { source: "pg" } }, known, {
      ...env,
      messageId: "m-3",
    }),
    buildMessage({ type: "page", name: null, properties: {} }, anon, { ...env, messageId: "m-4" }),
  ];

  it("a text/plain body (fetch and sendBeacon) is read as JSON and its writeKey authenticates", async () => {
    const request = new Request("http://cairn.test/api/v1/batch", {
      method: "POST",
      body: new Blob([batchBody(messages, "cwk_widget", env.now)], { type: "text/plain;charset=UTF-8" }),
    });
    expect(request.headers.get("content-type")).toBe("text/plain;charset=utf-8");
    const body = parseJsonBody(await readBodyText(request, 512 * 1024));
    expect(presentedKey(request, body)).toBe("cwk_widget");
    const parsed = parseBatch(body);
    expect(parsed.rejected).toEqual([]);
    expect(parsed.accepted).toHaveLength(4);
  });

  it("ingest reads the user, the account from context.groupId, and the locale", () => {
    const parsed = parseBatch(JSON.parse(batchBody(messages, "k", env.now)));
    const normalized = parsed.accepted.map(({ message }) =>
      normalizeMessage(message, new Date("2026-11-24T10:00:05Z")),
    );
    expect(normalized.map((m) => m.userKey)).toEqual(["u-42", "u-42", "u-42", "anon:a-1"]);
    expect(normalized[2]).toMatchObject({
      name: "connection_created",
      groupId: "acme",
      locale: "fr-FR",
      messageId: "m-3",
    });
    expect(normalized[0]!.traits).toEqual({ role: "data engineer" });
  });
});
