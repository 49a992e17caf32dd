import type { Db } from "../db";
import { AppError } from "../errors";
import { readFeedbackButton, type FeedbackButtonConfig } from "./button-config";

export async function getFeedbackButton(args: { db: Db; workspaceId: string }): Promise<FeedbackButtonConfig> {
  const ws = await args.db.workspace.findFirst({ where: { id: args.workspaceId }, select: { feedbackButton: true } });
  if (!ws) throw new AppError("NOT_FOUND", "Workspace not found.");
  return readFeedbackButton(ws.feedbackButton);
}

/** Stores the whole setting (validated with ZFeedbackButton); the widget picks it up on its next state fetch. */
export async function updateFeedbackButton(args: { db: Db; workspaceId: string; input: FeedbackButtonConfig }): Promise<FeedbackButtonConfig> {
  const ws = await args.db.workspace.update({ where: { id: args.workspaceId }, data: { feedbackButton: args.input }, select: { feedbackButton: true } });
  return readFeedbackButton(ws.feedbackButton);
}
