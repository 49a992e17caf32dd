import type { DbOrTx } from "../db";
import type { Sql } from "./fragments";

// Raw SQL bypasses the tenant-scoped client (server/tenant.ts), so every raw statement on a
// tenant table goes through here: the helper cannot be called without a workspaceId, and refuses
// a statement that does not bind that workspaceId against a "workspaceId" column. A test
// (tests/unit/raw-sql-scope.test.ts) fails when a raw query anywhere else skips it.

export type TenantSql = {
  readonly workspaceId: string;
  query<T>(statement: Sql): Promise<T>;
  execute(statement: Sql): Promise<number>;
};

/** Throws unless `statement` binds `workspaceId` and names a "workspaceId" column. */
export function assertTenantScoped(statement: Sql, workspaceId: string): void {
  if (typeof workspaceId !== "string" || workspaceId === "") throw new Error("Raw tenant SQL needs a workspaceId.");
  if (!statement.values.includes(workspaceId) || !statement.sql.includes('"workspaceId"')) {
    throw new Error(
      `Raw tenant SQL must filter by "workspaceId" = the workspace's id (bound, not inlined): ${statement.sql.replace(/\s+/g, " ").slice(0, 160)}`,
    );
  }
}

export function tenantSql(db: DbOrTx, workspaceId: string): TenantSql {
  if (typeof workspaceId !== "string" || workspaceId === "") throw new Error("Raw tenant SQL needs a workspaceId.");
  return {
    workspaceId,
    async query<T>(statement: Sql): Promise<T> {
      assertTenantScoped(statement, workspaceId);
      return db.$queryRaw<T>(statement);
    },
    async execute(statement: Sql): Promise<number> {
      assertTenantScoped(statement, workspaceId);
      return db.$executeRaw(statement);
    },
  };
}
