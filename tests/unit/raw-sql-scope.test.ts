// Raw SQL bypasses the tenant-scoped client. Every raw statement on a tenant table must go through
// server/sql/tenant-sql.ts, which refuses one that does not bind the workspaceId: this file checks
// the helper refuses, and that no code calls the raw methods around it.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { sql } from "../../server/sql/fragments";
import { assertTenantScoped, tenantSql } from "../../server/sql/tenant-sql";
import type { Db } from "../../server/db";

const root = path.resolve(__dirname, "../..");
const RAW_CALL = /\$(queryRaw|executeRaw|queryRawUnsafe|executeRawUnsafe)\b/;
/** Raw SQL on tables that are not a tenant's rows, with the reason. */
const ALLOWED: Record<string, string> = {
  "server/sql/tenant-sql.ts": "the helper itself",
  "server/workspaces/members.ts": "locks the Workspace row itself (its id is the workspace)",
  "server/jobs/claim.ts":
    "claims the next job of any workspace (the queue serves them all; the row's workspaceId then scopes the handler)",
  "server/jobs/lock-rollup.ts": "a table lock, on no tenant's rows",
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (name === "generated" || name === "node_modules") return [];
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(name) ? [full] : [];
  });
}

describe("raw tenant SQL", () => {
  const never = {} as Db; // the helper checks before it touches the client
  const WS = "ws_1";

  it("refuses a statement that does not bind the workspaceId", async () => {
    expect(() => assertTenantScoped(sql`SELECT * FROM "Event" WHERE "day" = ${3}`, WS)).toThrow(/workspaceId/);
    await expect(tenantSql(never, WS).query(sql`SELECT * FROM "Event"`)).rejects.toThrow(/workspaceId/);
    await expect(tenantSql(never, WS).execute(sql`DELETE FROM "UserDay" WHERE "endUserId" = ${"u1"}`)).rejects.toThrow(
      /workspaceId/,
    );
  });

  it("refuses another workspace's id, an inlined id, and a missing workspaceId", () => {
    expect(() => assertTenantScoped(sql`SELECT 1 FROM "Event" WHERE "workspaceId" = ${"ws_2"}`, WS)).toThrow();
    expect(() => assertTenantScoped(sql`SELECT 1 FROM "Event" WHERE "workspaceId" = 'ws_1'`, WS)).toThrow();
    expect(() => tenantSql(never, "")).toThrow(/needs a workspaceId/);
  });

  it("accepts a statement filtered by the bound workspaceId", () => {
    expect(() =>
      assertTenantScoped(sql`SELECT 1 FROM "Event" WHERE "workspaceId" = ${WS} AND "day" = ${3}`, WS),
    ).not.toThrow();
  });

  it("is the only way code under server/ and prisma/ runs raw SQL", () => {
    const offenders = [...sourceFiles(path.join(root, "server")), ...sourceFiles(path.join(root, "prisma"))]
      .map((file) => path.relative(root, file).split(path.sep).join("/"))
      .filter((rel) => !(rel in ALLOWED))
      .filter((rel) => RAW_CALL.test(readFileSync(path.join(root, rel), "utf8")));
    expect(offenders, "call tenantSql(db, workspaceId) instead of $queryRaw / $executeRaw").toEqual([]);
  });
});
