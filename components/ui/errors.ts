type MaybeTrpcError = { message: string; data?: unknown } | null | undefined;

/** Field messages from a tRPC error's flattened zod error, or an AppError's issues (see
 * server/trpc/init.ts). */
export function fieldErrors(error: MaybeTrpcError): Record<string, string> {
  const data = error?.data as
    | {
        zodError?: { fieldErrors?: Record<string, string[] | undefined> } | null;
        issues?: { path: string; message: string }[] | null;
      }
    | undefined;
  const fields = data?.zodError?.fieldErrors ?? {};
  const out: Record<string, string> = {};
  for (const [key, messages] of Object.entries(fields)) if (messages?.[0]) out[key] = messages[0];
  for (const issue of data?.issues ?? []) if (issue.path && !out[issue.path]) out[issue.path] = issue.message;
  return out;
}

/** One line for a toast or an inline error. */
export function errorMessage(error: MaybeTrpcError): string | null {
  if (!error) return null;
  const fields = Object.entries(fieldErrors(error));
  if (fields.length > 0) return fields.map(([k, m]) => `${k}: ${m}`).join("; ");
  return error.message;
}
