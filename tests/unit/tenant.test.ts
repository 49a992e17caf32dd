import { describe, expect, it } from "vitest";
import { scopeArgs } from "../../server/tenant";

const WS = "ws-a";

describe("scopeArgs", () => {
  it("adds workspaceId to the filter of reads, counts and writes", () => {
    for (const op of [
      "findFirst",
      "findFirstOrThrow",
      "findMany",
      "findUnique",
      "findUniqueOrThrow",
      "count",
      "aggregate",
      "groupBy",
      "update",
      "updateMany",
      "delete",
      "deleteMany",
    ]) {
      expect(scopeArgs("Persona", op, { where: { id: "p1" } }, WS).where, op).toEqual({ id: "p1", workspaceId: WS });
    }
  });

  it("adds a filter when the query has none", () => {
    expect(scopeArgs("ApiKey", "findMany", {}, WS).where).toEqual({ workspaceId: WS });
  });

  it("overrides a workspaceId the caller passed (another tenant's)", () => {
    expect(scopeArgs("Feature", "findMany", { where: { workspaceId: "ws-b" } }, WS).where).toEqual({ workspaceId: WS });
    expect(scopeArgs("Feature", "create", { data: { name: "x", workspaceId: "ws-b" } }, WS).data).toEqual({
      name: "x",
      workspaceId: WS,
    });
  });

  it("stamps created rows", () => {
    expect(scopeArgs("Persona", "create", { data: { name: "x" } }, WS).data).toEqual({ name: "x", workspaceId: WS });
    expect(scopeArgs("Event", "createMany", { data: [{ a: 1 }, { a: 2 }] }, WS).data).toEqual([
      { a: 1, workspaceId: WS },
      { a: 2, workspaceId: WS },
    ]);
    expect(scopeArgs("Event", "createMany", { data: { a: 1 } }, WS).data).toEqual([{ a: 1, workspaceId: WS }]);
    expect(scopeArgs("Event", "createManyAndReturn", { data: [{ a: 1 }] }, WS).data).toEqual([
      { a: 1, workspaceId: WS },
    ]);
  });

  it("scopes an upsert's filter and its create, not its update", () => {
    const args = scopeArgs(
      "Persona",
      "upsert",
      { where: { id: "p1" }, create: { name: "x" }, update: { name: "y" } } as never,
      WS,
    );
    expect(args.where).toEqual({ id: "p1", workspaceId: WS });
    expect(args.create).toEqual({ name: "x", workspaceId: WS });
    expect((args as { update?: unknown }).update).toEqual({ name: "y" });
  });

  it("scopes updateManyAndReturn like updateMany", () => {
    expect(
      scopeArgs("Member", "updateManyAndReturn", { where: { role: "pm" }, data: { role: "viewer" } }, WS).where,
    ).toEqual({ role: "pm", workspaceId: WS });
  });

  it("confines Workspace queries to the workspace's own id", () => {
    expect(scopeArgs("Workspace", "findUnique", { where: { id: "ws-b" } }, WS).where).toEqual({ id: WS });
    expect(scopeArgs("Workspace", "update", { where: { id: "ws-b" }, data: { name: "x" } }, WS)).toEqual({
      where: { id: WS },
      data: { name: "x" },
    });
    expect(scopeArgs("Workspace", "create", { data: { name: "x" } }, WS)).toEqual({ data: { name: "x" } });
  });

  it("leaves models that belong to no workspace alone", () => {
    const args = { where: { email: "a@b.c" } };
    expect(scopeArgs("User", "findUnique", args, WS)).toBe(args);
  });

  it("does not mutate the caller's arguments", () => {
    const args = { where: { id: "p1" }, data: { name: "x" } };
    scopeArgs("Persona", "update", args, WS);
    expect(args).toEqual({ where: { id: "p1" }, data: { name: "x" } });
  });
});
