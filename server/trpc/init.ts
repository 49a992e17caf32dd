import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { z, ZodError } from "zod";
import { db as defaultDb, dialectOf, type Db } from "../db";
import type { SqlDialect } from "../sql/dialect";
import type { ReportArgs } from "../sql/report-args";
import { limiter, type LimitName } from "../rate-limit/limits";
import { AppError, fromPrismaError } from "../errors";
import type { SessionUser } from "../auth/session";
import { assertInstanceAdmin } from "../auth/instance-admins";
import { env } from "../env";
import { can, type Permission } from "../workspaces/permissions";
import { scopedDb } from "../tenant";
import type { MemberRole } from "../generated/sqlite/enums";

/** `ip`: the caller's address, for per-address limits (null where there is no request, as in tests
 * that do not set one). `instanceAdmins`: who sees the instance's mail log. */
export type Context = {
  db: Db;
  dialect: SqlDialect;
  user: SessionUser | null;
  ip: string | null;
  instanceAdmins: readonly string[];
};

/** The context without Next: tests build it directly with any session, database, address and list
 * of instance admins (default: CAIRN_INSTANCE_ADMINS); the SQL dialect comes with the client. */
export function createContextInner(opts: {
  user: SessionUser | null;
  db?: Db;
  ip?: string | null;
  instanceAdmins?: readonly string[];
}): Context {
  const db = opts.db ?? defaultDb;
  return {
    db,
    dialect: dialectOf(db),
    user: opts.user,
    ip: opts.ip ?? null,
    instanceAdmins: opts.instanceAdmins ?? env.CAIRN_INSTANCE_ADMINS,
  };
}

const t = initTRPC.context<Context>().create({
  transformer: superjson,
  errorFormatter({ shape, error }) {
    const cause = error.cause;
    return {
      ...shape,
      data: {
        ...shape.data,
        zodError: cause instanceof ZodError ? z.flattenError(cause) : null,
        issues: cause instanceof AppError ? (cause.issues ?? null) : null,
      },
    };
  },
});

export const createCallerFactory = t.createCallerFactory;
export const router = t.router;

// Services throw AppError (and Prisma throws its own codes); map both to tRPC codes in one place.
const mapErrors = t.middleware(async ({ next, path }) => {
  const result = await next();
  if (result.ok) return result;
  const cause = result.error.cause;
  const appError = cause instanceof AppError ? cause : fromPrismaError(cause);
  if (appError) throw new TRPCError({ code: appError.code, message: appError.message, cause: appError });
  if (result.error.code === "INTERNAL_SERVER_ERROR") {
    console.error(`[trpc] ${path}:`, cause ?? result.error);
    throw new TRPCError({ code: "INTERNAL_SERVER_ERROR", message: "Something went wrong on our side." });
  }
  return result;
});

export const publicProcedure = t.procedure.use(mapErrors);

export const protectedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.user) throw new TRPCError({ code: "UNAUTHORIZED", message: "Sign in first." });
  return next({ ctx: { ...ctx, user: ctx.user } });
});

/** The instance's operators (CAIRN_INSTANCE_ADMINS, email verified): the whole instance's mail. */
export const instanceAdminProcedure = protectedProcedure.use(async ({ ctx, next }) => {
  await assertInstanceAdmin({ db: ctx.db, userId: ctx.user.id, instanceAdmins: ctx.instanceAdmins });
  return next();
});

const ZWorkspaceInput = z.object({ workspaceId: z.string().min(1) });

/** Loads the caller's membership of the input's workspace; non-members get NOT_FOUND, so the
 * existence of other workspaces is not revealed. Adds a client scoped to that workspace. */
export const workspaceProcedure = protectedProcedure.input(ZWorkspaceInput).use(async ({ ctx, input, next }) => {
  const member = await ctx.db.member.findUnique({
    where: { workspaceId_userId: { workspaceId: input.workspaceId, userId: ctx.user.id } },
    include: { workspace: { select: { id: true, name: true, slug: true, timeZone: true } } },
  });
  if (!member) throw new TRPCError({ code: "NOT_FOUND", message: "Workspace not found." });
  return next({
    ctx: {
      ...ctx,
      workspace: member.workspace,
      role: member.role as MemberRole,
      wdb: scopedDb(ctx.db, member.workspaceId),
    },
  });
});

export function permissionProcedure(permission: Permission) {
  return workspaceProcedure.use(({ ctx, next }) => {
    if (!can(ctx.role, permission)) {
      throw new TRPCError({ code: "FORBIDDEN", message: `Your role (${ctx.role}) cannot do this (${permission}).` });
    }
    return next();
  });
}

/** A report service's arguments from a workspace procedure's context: the tenant-scoped client,
 * its dialect and the workspace. */
export function reportArgs<TInput>(
  ctx: { wdb: Db; dialect: SqlDialect; workspace: { id: string; timeZone: string } },
  input: TInput,
): ReportArgs<TInput> {
  return {
    db: ctx.wdb,
    dialect: ctx.dialect,
    workspace: { id: ctx.workspace.id, timeZone: ctx.workspace.timeZone },
    input,
  };
}

/** Refuses with TOO_MANY_REQUESTS once the key `keyOf` picks has used its limit (server/rate-limit/limits.ts);
 * no key (e.g. no address known): not limited. */
export function rateLimit<TCtx extends Context>(name: LimitName, keyOf: (ctx: TCtx) => string | null) {
  return t.middleware(async ({ ctx, next }) => {
    const key = keyOf(ctx as TCtx);
    if (key) await limiter(name).consume(key);
    return next();
  });
}
