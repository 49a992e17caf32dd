import { useMemo, useState } from "react";
import type { z } from "zod";

type MaybeTrpcError = { message: string; data?: unknown } | null | undefined;

/** Field messages by path ("items.0.title") from a zod error: what the editor shows under fields
 * after validating with the same schema the router uses. */
export function issuesByPath(error: z.ZodError | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error?.issues ?? []) {
    const path = issue.path.join(".");
    out[path] ??= issue.message;
  }
  return out;
}

/** Field messages a service sent with an AppError (server/trpc/init.ts puts them in data.issues),
 * e.g. an unknown persona at "targeting.personaIds.1". */
export function serverIssues(error: MaybeTrpcError): Record<string, string> {
  const issues = (error?.data as { issues?: { path: string; message: string }[] | null } | undefined)?.issues ?? [];
  const out: Record<string, string> = {};
  for (const i of issues) out[i.path] ??= i.message;
  return out;
}

/** The first message at `path` or below it ("targeting.personaIds" covers "targeting.personaIds.1"). */
export function errorAt(errors: Record<string, string>, path: string): string | undefined {
  if (errors[path]) return errors[path];
  const prefix = `${path}.`;
  return Object.entries(errors).find(([p]) => p.startsWith(prefix))?.[1];
}

/**
 * An editor's field errors: the server's (from the last failed save) and, once a submit found the
 * draft invalid, the schema's on every edit until it is valid again — the same schema the router
 * validates with. `check()` is called on submit. `input` should be memoized on the draft.
 */
export function useFormErrors(schema: z.ZodType, input: unknown, serverError: MaybeTrpcError) {
  const [checking, setChecking] = useState(false);
  const clientErrors = useMemo(
    () => (checking ? issuesByPath(schema.safeParse(input).error) : {}),
    [checking, schema, input],
  );
  const errors = useMemo(() => ({ ...serverIssues(serverError), ...clientErrors }), [serverError, clientErrors]);
  const check = (): boolean => {
    const ok = schema.safeParse(input).success;
    setChecking(!ok);
    return ok;
  };
  /** A submit found the draft invalid and it still is: time for "Fix the highlighted fields". */
  const invalid = Object.keys(clientErrors).length > 0;
  return { errors, invalid, check };
}
