import { AppError, invalidInput } from "../errors";
import { ZEndUserId } from "./schemas";

/** The userId of /api/v1/users/{userId}[/export], read from the URL as sent: percent-encoded, so
 * a userId with a slash (%2F), a space or any Unicode letter arrives whole. */
export function userIdFromPath(request: Request): string {
  const match = /\/api\/v1\/users\/([^/]+)(?:\/export)?\/?$/.exec(new URL(request.url).pathname);
  if (!match)
    throw new AppError("NOT_FOUND", "Unknown path: use /api/v1/users/{userId} or /api/v1/users/{userId}/export.");
  let decoded: string;
  try {
    decoded = decodeURIComponent(match[1]!);
  } catch {
    throw new AppError(
      "BAD_REQUEST",
      "The userId in the path is not valid percent-encoding (encode it with encodeURIComponent).",
    );
  }
  const parsed = ZEndUserId.safeParse(decoded);
  if (!parsed.success) throw invalidInput("userId", parsed.error);
  return parsed.data;
}
