import type { FeedbackCategory, WidgetFeedbackList } from "../contract/widget-protocol";
import { FEEDBACK_CATEGORIES } from "../contract/widget-protocol";
import type { Db } from "../db";
import { publicFeedbackStatus } from "./public-status";

export const WIDGET_FEEDBACK_LIMIT = 20;
export const WIDGET_FEEDBACK_TEXT_CHARS = 280;

const ROADMAP = { select: { title: true, status: true, isPublic: true } } as const;

function firstChars(text: string, n: number): string {
  const chars = Array.from(text);
  return chars.length <= n ? text : chars.slice(0, n).join("");
}

function categoryOf(value: string | null): FeedbackCategory | null {
  return (FEEDBACK_CATEGORIES as readonly string[]).includes(value ?? "") ? (value as FeedbackCategory) : null;
}

/**
 * What one end user sees of their own feedback in the widget: the latest 20 they sent through the
 * button or as roadmap ideas (not survey verbatims, which they did not write as feedback), each
 * with its public status (server/voice/public-status.ts). An unknown user has none. Two queries.
 */
export async function listUserFeedback(args: {
  db: Db;
  workspaceId: string;
  userId: string;
}): Promise<WidgetFeedbackList> {
  const { db, workspaceId } = args;
  const user = await db.endUser.findUnique({
    where: { workspaceId_externalId: { workspaceId, externalId: args.userId } },
    select: { id: true },
  });
  if (!user) return { items: [] };
  const rows = await db.feedback.findMany({
    where: { workspaceId, endUserId: user.id, source: { in: ["widget", "roadmap_idea"] } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: WIDGET_FEEDBACK_LIMIT,
    select: {
      id: true,
      text: true,
      category: true,
      status: true,
      createdAt: true,
      roadmapItem: ROADMAP,
      duplicateOf: { select: { status: true, roadmapItem: ROADMAP } },
    },
  });
  return {
    items: rows.map((r) => ({
      id: r.id,
      text: firstChars(r.text, WIDGET_FEEDBACK_TEXT_CHARS),
      category: categoryOf(r.category),
      ...publicFeedbackStatus(r),
      createdAt: r.createdAt.toISOString(),
    })),
  };
}
