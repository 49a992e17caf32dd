import type { Db } from "../db";
import { AppError } from "../errors";

// A workspace-wide setting kept as one JSON column of Workspace (the feedback button, the role
// question, and the next ones): read defensively through its own reader, written whole.

type SettingColumn = "feedbackButton" | "roleQuestion";

export function workspaceJsonSetting<T>(column: SettingColumn, read: (json: unknown) => T) {
  return {
    async get(args: { db: Db; workspaceId: string }): Promise<T> {
      const ws = (await args.db.workspace.findFirst({
        where: { id: args.workspaceId },
        select: { [column]: true },
      })) as Record<string, unknown> | null;
      if (!ws) throw new AppError("NOT_FOUND", "Workspace not found.");
      return read(ws[column]);
    },
    /** Stores the whole setting (the caller validated it); the widget picks it up on its next state fetch. */
    async update(args: { db: Db; workspaceId: string; input: T }): Promise<T> {
      const ws = (await args.db.workspace.update({
        where: { id: args.workspaceId },
        data: { [column]: args.input as object },
        select: { [column]: true },
      })) as Record<string, unknown>;
      return read(ws[column]);
    },
  };
}
