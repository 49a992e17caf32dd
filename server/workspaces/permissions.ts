import type { MemberRole } from "../generated/sqlite/enums";
import { ZPermission, type Permission } from "./schemas";

export type { Permission };

const VIEWER: Permission[] = ["workspace.read"];
const RUNNING_THE_WORKSPACE: Permission[] = [
  "workspace.manage",
  "members.manage",
  "keys.manage",
  "audit.read",
  "privacy.manage",
];
const ADMIN: Permission[] = [...ZPermission.options];
const PM: Permission[] = ADMIN.filter((p) => !RUNNING_THE_WORKSPACE.includes(p));

/** The one role → permission table. Viewers read; PMs shape the product; admins run the workspace. */
export const ROLE_PERMISSIONS: Record<MemberRole, ReadonlySet<Permission>> = {
  viewer: new Set(VIEWER),
  pm: new Set(PM),
  admin: new Set(ADMIN),
};

export function can(role: MemberRole, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].has(permission);
}

/** A role's permissions as sent to the client, which shows or hides controls by them. */
export function permissionsOf(role: MemberRole): Permission[] {
  return [...ROLE_PERMISSIONS[role]];
}
