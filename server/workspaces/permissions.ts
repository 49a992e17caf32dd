import type { MemberRole } from "../generated/sqlite/enums";

export type Permission =
  | "workspace.read"
  | "workspace.manage"
  | "members.manage"
  | "keys.manage"
  | "personas.write"
  | "features.write"
  | "checklists.write"
  | "surveys.write"
  | "feedback.write"
  | "roadmap.write";

const VIEWER: Permission[] = ["workspace.read"];
const PM: Permission[] = [
  ...VIEWER,
  "personas.write",
  "features.write",
  "checklists.write",
  "surveys.write",
  "feedback.write",
  "roadmap.write",
];
const ADMIN: Permission[] = [...PM, "workspace.manage", "members.manage", "keys.manage"];

/** The one role → permission table. Viewers read; PMs shape the product; admins run the workspace. */
export const ROLE_PERMISSIONS: Record<MemberRole, ReadonlySet<Permission>> = {
  viewer: new Set(VIEWER),
  pm: new Set(PM),
  admin: new Set(ADMIN),
};

export function can(role: MemberRole, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].has(permission);
}
