import { workspaceJsonSetting } from "../workspaces/json-setting";
import { DEFAULT_ROLE_QUESTION, ZRoleQuestion, type RoleQuestion } from "./schemas";

// The widget's first-run question ("What best describes your role?"). The widget answers with
// an identify call setting the trait; ingest's persona assignment then gives the user a persona,
// and the next widget fetch returns the checklists targeted at it.

/** The stored setting, or the default (off) when none was saved or it no longer parses. */
export function readRoleQuestion(json: unknown): RoleQuestion {
  const parsed = ZRoleQuestion.safeParse(json ?? undefined);
  return parsed.success ? parsed.data : DEFAULT_ROLE_QUESTION;
}

const setting = workspaceJsonSetting("roleQuestion", readRoleQuestion);

export const getRoleQuestion = setting.get;
export const updateRoleQuestion = setting.update;
