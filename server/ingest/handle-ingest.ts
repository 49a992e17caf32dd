import { db as defaultDb, dialectOf, type Db } from "../db";
import type { SqlDialect } from "../sql/dialect";
import { touchApiKey } from "../api-keys/api-keys";
import { AppError } from "../errors";
import { errorResponse, json, parseJsonBody, readBodyText } from "../http/responses";
import { requireKeyOwner } from "../http/write-key";
import { normalizeMessage } from "./normalize-message";
import { parseBatch, parseSingle } from "./parse-payload";
import { MAX_BODY_BYTES, type MessageType } from "./schemas";
import { writeMessages } from "./write-messages";

export type IngestDeps = { db: Db; dialect: SqlDialect };
const defaults: IngestDeps = { db: defaultDb, dialect: dialectOf(defaultDb) };

/** POST /api/v1/batch and /api/v1/{identify,track,page,group}. Order of checks: size, JSON,
 * key, messages, so each failure gets its own status (413, 400, 401, 400). */
export async function handleIngest(request: Request, kind: "batch" | MessageType, deps: IngestDeps = defaults): Promise<Response> {
  const started = performance.now();
  try {
    const body = parseJsonBody(await readBodyText(request, MAX_BODY_BYTES));
    const owner = await requireKeyOwner(deps.db, request, body);
    const authed = performance.now();
    const receivedAt = new Date();
    const parsed = kind === "batch" ? parseBatch(body) : { accepted: [{ index: 0, message: parseSingle(body, kind) }], rejected: [] };

    if (parsed.accepted.length === 0 && parsed.rejected.length > 0) {
      throw new AppError("BAD_REQUEST", `No valid message in the batch (${parsed.rejected.length} rejected).`, parsed.rejected.map((r) => ({ path: `batch.${r.index}`, message: r.error })));
    }
    const normalized = parsed.accepted.map(({ message }) => normalizeMessage(message, receivedAt));
    const validated = performance.now();
    const result = await writeMessages(deps.db, deps.dialect, owner.workspace, normalized, receivedAt);
    const written = performance.now();
    void touchApiKey(deps.db, owner, receivedAt);
    // Server-Timing lets operators (and bench:ingest) see where a request's time goes.
    const timing = `read-auth;dur=${(authed - started).toFixed(1)}, validate;dur=${(validated - authed).toFixed(1)}, write;dur=${(written - validated).toFixed(1)}`;
    return json({
      success: true,
      accepted: parsed.accepted.length,
      stored: result.inserted,
      duplicates: result.duplicates,
      rejected: parsed.rejected,
    }, 200, { "Server-Timing": timing });
  } catch (error) {
    return errorResponse(error);
  }
}
