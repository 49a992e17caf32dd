// The role → permission table (server/workspaces/permissions.ts) for the permissions that run the
// workspace: admins only.
import { describe, expect, it } from "vitest";
import { can, permissionsOf } from "../../server/workspaces/permissions";

describe("running the workspace", () => {
  it.each(["workspace.manage", "members.manage", "keys.manage", "audit.read"] as const)(
    "%s: admins only",
    (permission) => {
      expect(can("admin", permission)).toBe(true);
      expect(can("pm", permission)).toBe(false);
      expect(can("viewer", permission)).toBe(false);
    },
  );

  it("sends the audit log's permission to admins' pages only", () => {
    expect(permissionsOf("admin")).toContain("audit.read");
    expect(permissionsOf("pm")).not.toContain("audit.read");
    expect(permissionsOf("viewer")).toEqual(["workspace.read"]);
  });
});

describe("seeing the write keys in clear (Install page)", () => {
  it("is for the members who install: admins and PMs, not viewers", () => {
    expect(can("admin", "keys.read")).toBe(true);
    expect(can("pm", "keys.read")).toBe(true);
    expect(can("viewer", "keys.read")).toBe(false);
  });
});
