import type { ZodError } from "zod";
import { AppError, zodIssues } from "../errors";

/** A 400 whose message lists what is wrong, field by field ("userId is required; …"). */
export function invalidInput(what: string, error: ZodError): AppError {
  const issues = zodIssues(error);
  const list = issues.map((i) => (i.path && !i.message.startsWith(i.path) ? `${i.path}: ${i.message}` : i.message)).join("; ");
  return new AppError("BAD_REQUEST", `Invalid ${what}: ${list}.`, issues);
}
