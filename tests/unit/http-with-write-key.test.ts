// The REST wrapper (server/http/with-write-key.ts) over an in-memory key store: the order of its
// checks and the status each failure gets, CORS on every reply, and what the handler receives.
import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { KeyOwner } from "../../server/api-keys/api-keys";
import type { Db } from "../../server/db";
import { AppError } from "../../server/errors";
import type { ApiDeps } from "../../server/http/deps";
import { CORS_HEADERS, json, preflight } from "../../server/http/responses";
import { writeKeyWrapper, type KeyedRequest } from "../../server/http/with-write-key";
import type { KeyStore } from "../../server/http/write-key";
import { sqliteDialect } from "../../server/sql/dialect";

const WS = {
  id: "ws_1",
  timeZone: "Europe/Paris",
  identityVerification: "off" as const,
  ingestEventsPerSecond: null,
  newEndUsersPerDay: null,
};
const owners: Record<string, KeyOwner> = {
  cwk_good: { keyId: "k1", kind: "write", workspace: WS, lastUsedAt: null },
  csk_secret: { keyId: "k2", kind: "secret", workspace: WS, lastUsedAt: null },
};
let touched: string[] = [];
const keys: KeyStore = {
  find: async (_db, key) => owners[key] ?? null,
  touch: async (_db, owner) => {
    touched.push(owner.keyId);
  },
};
const withWriteKey = writeKeyWrapper(keys);
const NOW = new Date("2026-05-01T10:00:00Z");
// The wrapper hands deps to the handler; these handlers never touch the database.
const deps: ApiDeps = { db: {} as Db, dialect: sqliteDialect, now: () => NOW };

const ZBody = z.object({
  userId: z.string({ error: "userId is required" }).min(1, "userId is required"),
  n: z.number().optional(),
});
let seen: KeyedRequest<unknown> | null = null;
const echo = withWriteKey(
  { body: ZBody, what: "request", maxBytes: 64, allowSecret: false, headers: { "Cache-Control": "no-store" } },
  async (req) => {
    seen = req as KeyedRequest<unknown>;
    return { ok: true, userId: req.input.userId, workspace: req.workspace.id };
  },
);

const post = (body: string, headers: Record<string, string> = {}) =>
  new Request("http://cairn.test/api/v1/x", {
    method: "POST",
    headers: { "content-type": "text/plain;charset=UTF-8", ...headers },
    body,
  });
const keyed = { "x-write-key": "cwk_good" };

async function reply(response: Response) {
  return {
    status: response.status,
    body: (await response.json()) as { error?: { code: string; message: string; issues?: unknown[] } } & Record<
      string,
      unknown
    >,
    headers: response.headers,
  };
}

function expectCors(headers: Headers) {
  for (const [name, value] of Object.entries(CORS_HEADERS)) expect(headers.get(name), name).toBe(value);
}

afterEach(() => {
  touched = [];
  seen = null;
  vi.restoreAllMocks();
});

describe("withWriteKey: POST with a JSON body", () => {
  it("hands the handler the parsed body, the key's workspace and owner, the request and deps.now(); 200 with the given headers", async () => {
    const r = await reply(await echo(post('{"userId":"ana","n":2}', keyed), deps));
    expect(r).toMatchObject({ status: 200, body: { ok: true, userId: "ana", workspace: "ws_1" } });
    expect(r.headers.get("cache-control")).toBe("no-store");
    expect(r.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expectCors(r.headers);
    expect(seen).toMatchObject({
      input: { userId: "ana", n: 2 },
      workspace: WS,
      owner: { keyId: "k1", kind: "write" },
      receivedAt: NOW,
      deps,
    });
    expect(seen!.request.url).toBe("http://cairn.test/api/v1/x");
    expect(touched).toEqual(["k1"]);
  });

  it("reads JSON whatever the Content-Type, and the key from the body as sendBeacon sends it", async () => {
    const r = await echo(
      new Request("http://cairn.test/x", { method: "POST", body: '{"userId":"ana","writeKey":"cwk_good"}' }),
      deps,
    );
    expect(r.status).toBe(200);
  });

  it("refuses a body past maxBytes with 413 before reading the key", async () => {
    const r = await reply(await echo(post(JSON.stringify({ userId: "x".repeat(80) }), keyed), deps));
    expect(r).toMatchObject({
      status: 413,
      body: { error: { code: "PAYLOAD_TOO_LARGE", message: "Request body is larger than 0.0625 KB." } },
    });
    expectCors(r.headers);
    expect(r.headers.get("cache-control")).toBeNull();
  });

  it("refuses empty and malformed JSON with 400", async () => {
    const empty = await reply(await echo(post("  ", keyed), deps));
    expect(empty).toMatchObject({
      status: 400,
      body: { error: { code: "BAD_REQUEST", message: "Request body is empty; send a JSON object." } },
    });
    const bad = await reply(await echo(post("{oops", keyed), deps));
    expect(bad.status).toBe(400);
    expect(bad.body.error?.message).toMatch(/^Malformed JSON: /);
    expectCors(bad.headers);
  });

  it("401 for a missing or unknown key, before the body is validated", async () => {
    const missing = await reply(await echo(post('{"nope":1}'), deps));
    expect(missing).toMatchObject({
      status: 401,
      body: {
        error: {
          code: "UNAUTHORIZED",
          message: "Missing write key: send it as Basic auth user name, an X-Write-Key header or a writeKey field.",
        },
      },
    });
    const unknown = await reply(await echo(post('{"nope":1}', { "x-write-key": "cwk_revoked" }), deps));
    expect(unknown).toMatchObject({
      status: 401,
      body: { error: { code: "UNAUTHORIZED", message: "Unknown or revoked write key." } },
    });
    expectCors(unknown.headers);
    expect(touched).toEqual([]);
  });

  it("takes a secret key only where allowSecret says so (403 otherwise)", async () => {
    const refused = await reply(await echo(post('{"userId":"ana"}', { "x-write-key": "csk_secret" }), deps));
    expect(refused).toMatchObject({ status: 403, body: { error: { code: "FORBIDDEN" } } });
    const open = withWriteKey({ body: ZBody, maxBytes: 64, allowSecret: true }, async ({ owner }) => ({
      kind: owner.kind,
    }));
    expect(await (await open(post('{"userId":"ana"}', { "x-write-key": "csk_secret" }), deps)).json()).toEqual({
      kind: "secret",
    });
  });

  it('takes the secret key alone where allowSecret is "only": the write key gets 403 saying so', async () => {
    const secretOnly = withWriteKey({ body: ZBody, maxBytes: 64, allowSecret: "only" }, async ({ owner }) => ({
      kind: owner.kind,
    }));
    const refused = await reply(await secretOnly(post('{"userId":"ana"}', keyed), deps));
    expect(refused).toMatchObject({ status: 403, body: { error: { code: "FORBIDDEN" } } });
    expect(refused.body.error?.message).toMatch(/needs the workspace's secret key/);
    expect(await (await secretOnly(post('{"userId":"ana"}', { "x-write-key": "csk_secret" }), deps)).json()).toEqual({
      kind: "secret",
    });
  });

  it("400 with the zod issues, named after `what`; a body that is not an object is refused first", async () => {
    const r = await reply(await echo(post('{"n":"two"}', keyed), deps));
    expect(r.status).toBe(400);
    expect(r.body.error?.message).toMatch(/^Invalid request: userId is required; n: /);
    expect(r.body.error?.issues).toEqual([
      { path: "userId", message: "userId is required" },
      { path: "n", message: expect.any(String) },
    ]);
    expectCors(r.headers);
    const array = await reply(await echo(post("[1]", keyed), deps));
    expect(array).toMatchObject({
      status: 400,
      body: { error: { code: "BAD_REQUEST", message: "The body must be a JSON object." } },
    });
    expect(touched).toEqual([]);
  });

  it("a parse function checks the input its own way: its AppError is the reply", async () => {
    const batch = withWriteKey(
      {
        body: (raw: unknown) => {
          if (!Array.isArray((raw as { batch?: unknown }).batch)) throw new AppError("BAD_REQUEST", "Send a batch.");
          return (raw as { batch: unknown[] }).batch;
        },
        maxBytes: 64,
        allowSecret: true,
      },
      async ({ input }) => ({ n: input.length }),
    );
    expect(await (await batch(post('{"batch":[1,2]}', keyed), deps)).json()).toEqual({ n: 2 });
    expect(await reply(await batch(post("[]", keyed), deps))).toMatchObject({
      status: 400,
      body: { error: { message: "Send a batch." } },
    });
  });
});

describe("withWriteKey: the handler's outcome", () => {
  const failing = (error: unknown) =>
    withWriteKey({ body: ZBody, maxBytes: 64, allowSecret: true }, async () => Promise.reject(error));

  it("an AppError keeps its status, message and issues; the key is not recorded as used", async () => {
    const r = await reply(
      await failing(new AppError("NOT_FOUND", "Survey not found.", [{ path: "surveyId", message: "unknown" }]))(
        post('{"userId":"a"}', keyed),
        deps,
      ),
    );
    expect(r).toMatchObject({
      status: 404,
      body: {
        error: { code: "NOT_FOUND", message: "Survey not found.", issues: [{ path: "surveyId", message: "unknown" }] },
      },
    });
    expectCors(r.headers);
    expect(touched).toEqual([]);
  });

  it("anything else is a logged 500 with a generic message", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const r = await reply(await failing(new Error("connection refused"))(post('{"userId":"a"}', keyed), deps));
    expect(r).toMatchObject({
      status: 500,
      body: { error: { code: "INTERNAL_SERVER_ERROR", message: "Something went wrong on our side." } },
    });
    expect(JSON.stringify(r.body)).not.toContain("connection refused");
    expect(log).toHaveBeenCalledOnce();
    expectCors(r.headers);
  });

  it("a Response of the handler's own is sent as is, with CORS, and still counts as a use of the key", async () => {
    const own = withWriteKey(
      { body: ZBody, maxBytes: 64, allowSecret: true },
      async () => new Response("{}", { status: 409 }),
    );
    const r = await own(post('{"userId":"a"}', keyed), deps);
    expect(r.status).toBe(409);
    expectCors(r.headers);
    expect(touched).toEqual(["k1"]);
    const built = withWriteKey({ body: ZBody, maxBytes: 64, allowSecret: true }, async () => json({ error: "x" }, 422));
    expect((await built(post('{"userId":"a"}', keyed), deps)).status).toBe(422);
  });

  it("Server-Timing, when asked for: read-auth, then the handler's phases", async () => {
    const timed = withWriteKey(
      { body: ZBody, maxBytes: 64, allowSecret: true, serverTiming: true },
      async ({ timing }) => {
        timing.mark("validate");
        timing.mark("write");
        return {};
      },
    );
    const header = (await timed(post('{"userId":"a"}', keyed), deps)).headers.get("server-timing");
    expect(header).toMatch(/^read-auth;dur=\d+\.\d, validate;dur=\d+\.\d, write;dur=\d+\.\d$/);
    expect((await echo(post('{"userId":"a"}', keyed), deps)).headers.get("server-timing")).toBeNull();
  });
});

describe("withWriteKey: GET with query parameters", () => {
  const ZQuery = z.object({
    userId: z.string({ error: "userId is required" }).min(1, "userId is required"),
    writeKey: z.string().optional(),
  });
  const state = withWriteKey({ query: ZQuery, allowSecret: true }, async ({ input }) => ({ userId: input.userId }));
  const get = (query: string, headers: Record<string, string> = {}) =>
    new Request(`http://cairn.test/api/v1/widget?${query}`, { headers });

  it("validates the query and takes the key from a header or ?writeKey= (the first one)", async () => {
    expect(await (await state(get("userId=ana", keyed), deps)).json()).toEqual({ userId: "ana" });
    expect((await state(get("userId=ana&writeKey=cwk_good&writeKey=cwk_other"), deps)).status).toBe(200);
    expect((await state(get("userId=ana&writeKey=cwk_other&writeKey=cwk_good"), deps)).status).toBe(401);
  });

  it("key first (401), then the query (400, named query)", async () => {
    expect((await state(get(""), deps)).status).toBe(401);
    const r = await reply(await state(get("", keyed), deps));
    expect(r).toMatchObject({
      status: 400,
      body: { error: { code: "BAD_REQUEST", message: "Invalid query: userId is required." } },
    });
    expectCors(r.headers);
  });
});

describe("preflight", () => {
  it("answers OPTIONS with 204 and the CORS headers", () => {
    const r = preflight();
    expect(r.status).toBe(204);
    expectCors(r.headers);
  });
});
