import { parseJsonBody, readBodyText } from "../http/responses";

/** A POST body as JSON, whatever its Content-Type: the widget sends text/plain so the browser
 * makes no preflight request (and sendBeacon can carry it). 413 over `limit`, 400 if malformed. */
export async function readJson(request: Request, limit: number): Promise<unknown> {
  return parseJsonBody(await readBodyText(request, limit));
}
