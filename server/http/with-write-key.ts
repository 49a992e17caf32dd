// The one wrapper of the SDK's REST endpoints (/api/v1/…): read the input (a query, or a JSON
// body under a size cap), find the key's workspace, validate the input, run the handler, record
// the key's use, and answer in JSON with CORS headers, errors included. The checks run in one
// order, so each failure has its own status: size (413), JSON (400), key (401, 403), input (400).
import type { ZodType } from "zod";
import type { KeyOwner } from "../api-keys/api-keys";
import { AppError, invalidInput } from "../errors";
import { identityCheck, type IdentityCheck } from "../identity/check-identity";
import type { ApiDeps } from "./deps";
import { CORS_HEADERS, errorResponse, json, parseJsonBody, readBodyText } from "./responses";
import { startServerTiming, type ServerTiming } from "./server-timing";
import { findUnstorableText, unstorableReason } from "./storable-text";
import { apiKeyStore, presentedKey, type KeyStore } from "./write-key";
import { limiter } from "../rate-limit/limits";
import { requestIp } from "./request-ip";

/** How the input is checked once the key is known: a zod schema (a 400 listing the issues), or a
 * function that returns the input or throws an AppError. */
export type InputParser<T> = ZodType<T> | ((raw: unknown) => T);

type Source<T> =
  /** GET: the URL's query parameters (the browser's GET carries no body: the key may come as ?writeKey=). */
  | { query: InputParser<T>; body?: never; maxBytes?: never }
  /** POST: a JSON body whatever its Content-Type (the widget sends text/plain so the browser makes
   * no preflight request, and sendBeacon can carry it), refused past `maxBytes`. A zod-checked body
   * must be a JSON object. */
  | { body: InputParser<T>; maxBytes: number; query?: never };

export type WriteKeyOptions<T> = Source<T> & {
  /** What a zod failure calls the input: "Invalid <what>: …". Default "query" or "body". */
  what?: string;
  /** Whether the workspace's secret key is accepted as well as its write key; "only": the secret
   * key alone (server-to-server endpoints that read or erase any user's data). */
  allowSecret: boolean | "only";
  /** Headers of a successful reply (e.g. Cache-Control: no-store). */
  headers?: Record<string, string>;
  /** Adds Server-Timing to a successful reply: read-auth, then the phases the handler marks. */
  serverTiming?: boolean;
};

export type KeyedRequest<T> = {
  deps: ApiDeps;
  /** The key's owner: its workspace and kind (write or secret). */
  owner: KeyOwner;
  workspace: KeyOwner["workspace"];
  input: T;
  request: Request;
  /** deps.now(), read once the key was accepted. */
  receivedAt: Date;
  timing: ServerTiming;
  /** Whether the caller may act as a userId: a write key's calls need a valid userHash when the
   * workspace requires verified identity (server/identity/check-identity.ts). */
  identity: IdentityCheck;
};

/** Returns the JSON body of a 200 reply, or a Response of its own (another status, still a use of
 * the key). Throws an AppError for a refusal; anything else is a logged 500 with a generic message. */
export type KeyedHandler<T> = (request: KeyedRequest<T>) => Promise<unknown>;

export type Endpoint = (request: Request, deps: ApiDeps) => Promise<Response>;

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Queries, and bodies checked by a zod schema, are refused whole when any text in them cannot be
 * stored; a parser function judges messages one by one and checks each itself (parseBatch, the
 * voice batch). */
function parseInput<T>(options: WriteKeyOptions<T>, raw: unknown): T {
  const parser = (options.query ?? options.body) as InputParser<T>;
  const what = options.what ?? (options.query ? "query" : "body");
  if (options.query !== undefined || typeof parser !== "function") {
    const unstorable = findUnstorableText(raw);
    if (unstorable !== null) {
      const reason = unstorableReason(unstorable);
      throw new AppError("BAD_REQUEST", `Invalid ${what}: ${reason}.`, [{ path: unstorable, message: reason }]);
    }
  }
  if (typeof parser === "function") return parser(raw);
  if (options.body !== undefined && !isObject(raw))
    throw new AppError("BAD_REQUEST", "The body must be a JSON object.");
  const parsed = parser.safeParse(raw);
  if (!parsed.success) throw invalidInput(what, parsed.error);
  return parsed.data;
}

async function keyOwner(
  keys: KeyStore,
  deps: ApiDeps,
  request: Request,
  carrier: unknown,
  allowSecret: boolean | "only",
): Promise<KeyOwner> {
  const key = presentedKey(request, carrier);
  if (!key)
    throw new AppError(
      "UNAUTHORIZED",
      "Missing write key: send it as Basic auth user name, an X-Write-Key header or a writeKey field.",
    );
  const owner = await keys.find(deps.db, key);
  if (!owner) throw new AppError("UNAUTHORIZED", "Unknown or revoked write key.");
  if (owner.kind === "secret" && !allowSecret)
    throw new AppError("FORBIDDEN", "This endpoint takes the workspace's write key, not its secret key.");
  if (owner.kind !== "secret" && allowSecret === "only")
    throw new AppError(
      "FORBIDDEN",
      "This endpoint needs the workspace's secret key (Settings → API keys); the public write key cannot use it.",
    );
  return owner;
}

function withCors(response: Response): Response {
  for (const [name, value] of Object.entries(CORS_HEADERS))
    if (!response.headers.has(name)) response.headers.set(name, value);
  return response;
}

/** The wrapper over a key store: `withWriteKey` below uses the ApiKey table. */
export function writeKeyWrapper(keys: KeyStore) {
  return function withWriteKey<T>(options: WriteKeyOptions<T>, handler: KeyedHandler<T>): Endpoint {
    return async (request, deps) => {
      const timing = startServerTiming();
      try {
        await limiter("apiPerIp").consume(requestIp(request), 1, "Too many requests from this address.");
        let raw: unknown;
        let carrier: unknown;
        if (options.query !== undefined) {
          const params = new URL(request.url).searchParams;
          raw = Object.fromEntries(params);
          carrier = { writeKey: params.get("writeKey") ?? undefined };
        } else {
          raw = carrier = parseJsonBody(await readBodyText(request, options.maxBytes));
        }
        const owner = await keyOwner(keys, deps, request, carrier, options.allowSecret);
        timing.mark("read-auth");
        const receivedAt = deps.now();
        const input = parseInput(options, raw);
        const result = await handler({
          deps,
          owner,
          workspace: owner.workspace,
          input,
          request,
          receivedAt,
          timing,
          identity: identityCheck({ db: deps.db, owner, now: () => receivedAt }),
        });
        void keys.touch(deps.db, owner).catch(() => undefined);
        if (result instanceof Response) return withCors(result);
        return json(result, 200, { ...options.headers, ...(options.serverTiming ? timing.header() : {}) });
      } catch (error) {
        return errorResponse(error);
      }
    };
  };
}

export const withWriteKey = writeKeyWrapper(apiKeyStore);
