import { AppError } from "../errors";
import { sdkSource } from "../identity/sources";
import type { ApiDeps } from "../http/deps";
import { errorResponse } from "../http/responses";
import { withWriteKey, type Endpoint, type KeyedRequest } from "../http/with-write-key";
import { limiter } from "../rate-limit/limits";
import { normalizeMessage } from "./normalize-message";
import { parseBatch, parseSingle, rejectWhere, type ParsedPayload, type Rejected } from "./parse-payload";
import { eventTime } from "./clock-skew";
import { MAX_BODY_BYTES, type Message, type MessageType } from "./schemas";
import { timestampProblem } from "./timestamp-window";
import { writeMessagesIsolated } from "./write-messages";
import { recordMilestones, type Milestone } from "../install/milestones";
import type { NormalizedMessage } from "./normalize-message";

/** What a stored batch tells the Install page's live check: a message arrived, an identify
 * carried traits, the widget (cairn.js) sent it. */
function milestonesOf(messages: readonly NormalizedMessage[]): Milestone[] {
  const out: Milestone[] = ["firstEventAt"];
  if (messages.some((m) => m.type === "identify" && Object.keys(m.traits ?? {}).length > 0))
    out.push("firstIdentifyAt");
  if (messages.some((m) => (m.context as { library?: { name?: unknown } } | null)?.library?.name === "cairn.js"))
    out.push("firstWidgetAt");
  return out;
}

const KINDS = ["batch", "identify", "track", "page", "screen", "group", "alias"] as const satisfies readonly (
  "batch" | MessageType
)[];
type Kind = (typeof KINDS)[number];

/** analytics.js posts to `<apiHost>/<first letter of the type>`, and batches to `<apiHost>/b`. */
const SHORT_PATHS = new Map<string, Kind>([
  ["b", "batch"],
  ["i", "identify"],
  ["t", "track"],
  ["p", "page"],
  ["s", "screen"],
  ["g", "group"],
  ["a", "alias"],
]);

/** No message of the request was stored: 401 when any was refused for its identity (the request
 * lacks signatures), else 400. */
function noneValid(rejected: Rejected[], unauthorized: ReadonlySet<number>): AppError {
  return new AppError(
    rejected.some((r) => unauthorized.has(r.index)) ? "UNAUTHORIZED" : "BAD_REQUEST",
    `No valid message (${rejected.length} rejected): ${rejected[0]?.error ?? ""}`,
    rejected.map((r) => ({ path: `batch.${r.index}`, message: r.error })),
  );
}

/** The signature of a message's userId: top-level `userHash`, or `context.cairn.userHash` (where
 * Segment's libraries let extra data through). */
function userHashOf(message: Message): unknown {
  if (message.userHash !== undefined) return message.userHash;
  const cairn = message.context?.cairn;
  return cairn && typeof cairn === "object" ? (cairn as { userHash?: unknown }).userHash : undefined;
}

/** Under "required", a write-key message that names an account (a group call, or context.groupId)
 * must come from a signed userId: an anonymous one could otherwise rewrite any account's traits or
 * attach itself to any account, since the signature covers the userId and nothing else. */
function anonymousAccountClaim(message: Message, identity: KeyedRequest<ParsedPayload>["identity"], kind: string) {
  if (identity.mode !== "required" || kind === "secret" || message.userId) return null;
  const namesAccount = message.type === "group" || (message.context?.groupId ?? null) !== null;
  return namesAccount
    ? "an anonymous message cannot name an account (groupId) when this workspace requires verified identity: send it with the signed userId and its userHash."
    : null;
}

async function storeMessages(request: KeyedRequest<ParsedPayload>) {
  const { deps, owner, workspace, input, receivedAt, timing, identity } = request;
  // The window judges the time the event is stored at: after the clock-skew correction.
  const inWindow = rejectWhere(input, (m) => {
    const time = eventTime(m, receivedAt);
    return time.originalTimestamp ? timestampProblem(time.timestamp, receivedAt, owner.kind) : null;
  });
  const verdicts = await Promise.all(
    inWindow.accepted.map(({ message }) => {
      const claim = anonymousAccountClaim(message, identity, owner.kind);
      return claim ? { ok: false as const, reason: claim } : identity.check(message.userId, userHashOf(message));
    }),
  );
  const unauthorized = new Set(inWindow.accepted.filter((_, i) => !verdicts[i]!.ok).map((a) => a.index));
  const screened = rejectWhere(inWindow, (_, i) => {
    const verdict = verdicts[i]!;
    return verdict.ok ? null : verdict.reason;
  });
  if (screened.accepted.length === 0 && screened.rejected.length > 0) throw noneValid(screened.rejected, unauthorized);
  await limiter("ingestEventsPerKey", workspace.ingestEventsPerSecond).consume(
    owner.keyId,
    screened.accepted.length,
    "This key sent more messages per second than its quota.",
  );
  const verifiedAt = new Map(inWindow.accepted.map((a, i) => [a.index, verdicts[i]!.ok && verdicts[i]!.verified]));
  const normalized = screened.accepted.map(({ index, message }) => {
    const m = normalizeMessage(message, receivedAt);
    if (message.userId)
      m.identity = { source: sdkSource(message.context, owner.kind), verified: verifiedAt.get(index) === true };
    return m;
  });
  timing.mark("validate");
  const result = await writeMessagesIsolated(deps.db, deps.dialect, workspace, normalized, receivedAt);
  timing.mark("write");
  if (result.inserted > 0)
    await recordMilestones(deps.db, workspace.id, workspace, milestonesOf(normalized), receivedAt);
  const failedIds = new Map(result.failed.map((f) => [f.messageId, f.error]));
  const rejected = [...screened.rejected];
  screened.accepted.forEach(({ index }, i) => {
    const error = failedIds.get(normalized[i]!.messageId);
    if (error !== undefined)
      rejected.push({ index, messageId: normalized[i]!.messageId, error, issues: [{ path: "", message: error }] });
  });
  rejected.sort((a, b) => a.index - b.index);
  if (result.inserted + result.duplicates === 0 && rejected.length > 0) throw noneValid(rejected, unauthorized);
  return {
    success: true,
    accepted: screened.accepted.length - result.failed.length,
    stored: result.inserted,
    duplicates: result.duplicates,
    rejected,
  };
}

const single =
  (kind: MessageType) =>
  (body: unknown): ParsedPayload => ({ accepted: [{ index: 0, message: parseSingle(body, kind) }], rejected: [] });

const endpoints = new Map<Kind, Endpoint>(
  KINDS.map((kind) => [
    kind,
    withWriteKey(
      {
        body: kind === "batch" ? parseBatch : single(kind),
        maxBytes: MAX_BODY_BYTES,
        allowSecret: true,
        serverTiming: true,
      },
      storeMessages,
    ),
  ]),
);

/** POST /api/v1/batch and /api/v1/{identify,track,page,screen,group,alias}, and analytics.js's
 * /api/v1/{b,i,t,p,s,g,a}. Order of checks: size, JSON, key, messages, so each failure gets its
 * own status (413, 400, 401, 400). Then each message on its own: its timestamp, corrected for the
 * sender's clock (sentAt), within the key's window; its userId signed when the workspace requires
 * it (401 when no message is left for lack of signatures). */
export function handleIngest(request: Request, path: string, deps: ApiDeps): Promise<Response> {
  const kind = SHORT_PATHS.get(path) ?? KINDS.find((k) => k === path);
  const endpoint = kind && endpoints.get(kind);
  if (!endpoint)
    return Promise.resolve(
      errorResponse(new AppError("NOT_FOUND", `Unknown endpoint /api/v1/${path}; use one of ${KINDS.join(", ")}.`)),
    );
  return endpoint(request, deps);
}
