import type { Db } from "../../server/db";
import type { MemberRole } from "../../server/generated/sqlite/enums";
import { slugify } from "../../server/workspaces/slug";
import { createUser, type TestUser } from "./users";
import { unique } from "./unique";

export type TestMember = { user: TestUser; memberId: string; role: MemberRole };
export type TestWorkspace = {
  workspace: { id: string; name: string; slug: string; timeZone: string };
  /** In the order of `roles`. */
  members: TestMember[];
  /** The first member of each role present. */
  users: Partial<Record<MemberRole, TestUser>>;
  memberIds: Partial<Record<MemberRole, string>>;
  /** The first member of `role`, or a failure when the workspace was made without one. */
  user(role: MemberRole): TestUser;
  memberId(role: MemberRole): string;
};

/** A workspace with one new user per entry of `roles` (default: one admin). */
export async function createWorkspace(
  db: Db,
  opts: { roles?: MemberRole[]; name?: string; timeZone?: string; users?: TestUser[] } = {},
): Promise<TestWorkspace> {
  const roles = opts.roles ?? ["admin"];
  const name = opts.name ?? `Workspace ${unique()}`;
  const workspace = await db.workspace.create({
    data: { name, slug: `${slugify(name)}-${unique()}`, timeZone: opts.timeZone ?? "UTC" },
    select: { id: true, name: true, slug: true, timeZone: true },
  });
  const members: TestMember[] = [];
  for (const [i, role] of roles.entries()) {
    const user = opts.users?.[i] ?? (await createUser(db));
    const member = await db.member.create({
      data: { workspaceId: workspace.id, userId: user.id, role },
      select: { id: true },
    });
    members.push({ user, memberId: member.id, role });
  }
  const users: Partial<Record<MemberRole, TestUser>> = {};
  const memberIds: Partial<Record<MemberRole, string>> = {};
  for (const m of members) {
    users[m.role] ??= m.user;
    memberIds[m.role] ??= m.memberId;
  }
  return {
    workspace,
    members,
    users,
    memberIds,
    user(role) {
      const u = users[role];
      if (!u) throw new Error(`workspace was created without a ${role}`);
      return u;
    },
    memberId(role) {
      const id = memberIds[role];
      if (!id) throw new Error(`workspace was created without a ${role}`);
      return id;
    },
  };
}

/** Adds an existing user to a workspace. */
export async function addMember(db: Db, workspaceId: string, user: TestUser, role: MemberRole): Promise<TestMember> {
  const member = await db.member.create({ data: { workspaceId, userId: user.id, role }, select: { id: true } });
  return { user, memberId: member.id, role };
}
