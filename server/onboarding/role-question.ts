import type { Db } from "../db";
import { AppError } from "../errors";
import { DEFAULT_ROLE_QUESTION, ZRoleQuestion, type RoleQuestion } from "./schemas";

// The widget's first-run question ("What best describes your role?"). The widget answers with
// an identify call setting the trait; ingest's persona assignment then gives the user a persona,
// and the next widget fetch returns the checklists targeted at it.

/** The stored setting, or the default (off) when none was saved or it no longer parses. */
export function readRoleQuestion(json: unknown): RoleQuestion {
  const parsed = ZRoleQuestion.safeParse(json ?? undefined);
  return parsed.success ? parsed.data : DEFAULT_ROLE_QUESTION;
}

export async function getRoleQuestion(args: { db: Db; workspaceId: string }): Promise<RoleQuestion> {
  const ws = await args.db.workspace.findFirst({ where: { id: args.workspaceId }, select: { roleQuestion: true } });
  if (!ws) throw new AppError("NOT_FOUND", "Workspace not found.");
  return readRoleQuestion(ws.roleQuestion);
}

export async function updateRoleQuestion(args: { db: Db; workspaceId: string; input: RoleQuestion }): Promise<RoleQuestion> {
  const ws = await args.db.workspace.update({ where: { id: args.workspaceId }, data: { roleQuestion: args.input }, select: { roleQuestion: true } });
  return readRoleQuestion(ws.roleQuestion);
}
