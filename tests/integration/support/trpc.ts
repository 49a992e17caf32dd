import { TRPCError } from "@trpc/server";
import { expect } from "vitest";

export type TrpcCode = TRPCError["code"];

/** Awaits a call that must fail with this tRPC code; returns the error. */
export async function expectTrpcError(
  call: Promise<unknown> | (() => Promise<unknown>),
  code: TrpcCode,
): Promise<TRPCError> {
  try {
    await (typeof call === "function" ? call() : call);
  } catch (error) {
    expect(error).toBeInstanceOf(TRPCError);
    expect((error as TRPCError).code, (error as Error).message).toBe(code);
    return error as TRPCError;
  }
  throw new Error(`expected ${code}, but the call succeeded`);
}

export async function trpcCodeOf(call: () => Promise<unknown>): Promise<TrpcCode | "OK"> {
  try {
    await call();
    return "OK";
  } catch (error) {
    if (error instanceof TRPCError) return error.code;
    throw error;
  }
}
