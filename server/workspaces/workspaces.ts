import type { Db } from "../db";
import { AppError } from "../errors";
import { isValidTimeZone } from "../calendar/day-number";
import type { z } from "zod";
import type { TCreateWorkspaceInput, ZUpdateWorkspaceInput } from "./schemas";
import { uniqueSlug } from "./slug";
import { permissionsOf } from "./permissions";
import type { MemberRole } from "../generated/sqlite/enums";

export const WORKSPACE_SELECT = {
  id: true,
  name: true,
  slug: true,
  timeZone: true,
  recontactDays: true,
  createdAt: true,
} as const;

/** The creator becomes its first admin. */
export async function createWorkspace(args: { db: Db; userId: string; input: TCreateWorkspaceInput }) {
  const slug = await uniqueSlug(
    args.input.name,
    async (s) => (await args.db.workspace.count({ where: { slug: s } })) > 0,
  );
  return args.db.workspace.create({
    data: { name: args.input.name, slug, members: { create: { userId: args.userId, role: "admin" } } },
    select: WORKSPACE_SELECT,
  });
}

export async function listMyWorkspaces(args: { db: Db; userId: string }) {
  const members = await args.db.member.findMany({
    where: { userId: args.userId },
    select: { role: true, workspace: { select: WORKSPACE_SELECT } },
    orderBy: { createdAt: "asc" },
  });
  return members.map((m) => ({ ...m.workspace, role: m.role }));
}

export async function updateWorkspace(args: {
  db: Db;
  workspaceId: string;
  input: z.infer<typeof ZUpdateWorkspaceInput>;
}) {
  if (args.input.timeZone && !isValidTimeZone(args.input.timeZone)) {
    throw new AppError("BAD_REQUEST", `Unknown time zone "${args.input.timeZone}".`);
  }
  return args.db.workspace.update({ where: { id: args.workspaceId }, data: args.input, select: WORKSPACE_SELECT });
}

type MembershipWorkspace = { id: string; name: string; slug: string; timeZone: string };

/** The workspace as its member sees it: the role and what it may do (ROLE_PERMISSIONS), so the
 * client asks `can("checklists.write")` instead of keeping a second table of roles. */
export function membershipOf(workspace: MembershipWorkspace, role: MemberRole) {
  const { id, name, slug, timeZone } = workspace;
  return { id, name, slug, timeZone, role, permissions: permissionsOf(role) };
}

/** Membership by slug, for pages: null when the user is not a member (pages answer 404). */
export async function findMembershipBySlug(args: { db: Db; userId: string; slug: string }) {
  const member = await args.db.member.findFirst({
    where: { userId: args.userId, workspace: { slug: args.slug } },
    select: { role: true, workspace: { select: WORKSPACE_SELECT } },
  });
  return member ? membershipOf(member.workspace, member.role) : null;
}
