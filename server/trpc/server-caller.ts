import { TRPCError } from "@trpc/server";
import { getSessionUser } from "../auth/session";
import { createContextInner } from "./init";
import { createCaller } from "./root";

/** The tRPC procedures for server components, as the signed-in user of this request: pages go
 * through the same input validation, authorization and output schemas as the browser. */
export async function serverCaller() {
  return createCaller(createContextInner({ user: await getSessionUser() }));
}

/** A page addressed by a URL segment (slug, token) answers "not found" for a segment no procedure
 * would accept, rather than failing: the caller's input validation says BAD_REQUEST. */
export async function nullOnBadInput<T>(call: Promise<T>): Promise<T | null> {
  try {
    return await call;
  } catch (error) {
    if (error instanceof TRPCError && error.code === "BAD_REQUEST") return null;
    throw error;
  }
}
