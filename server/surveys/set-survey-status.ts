import type { Db } from "../db";
import { AppError } from "../errors";
import type { SurveyStatusValue } from "./schemas";

/**
 * draft → active shows it to eligible users from their next trigger; paused stops asking and keeps
 * everything (active again resumes); ended closes it for good in spirit, though it may be
 * reactivated. Activating a survey whose end date has passed is refused: it would show to nobody.
 */
export async function setSurveyStatus(args: {
  db: Db;
  workspaceId: string;
  id: string;
  status: SurveyStatusValue;
  now?: Date;
}) {
  const { db, workspaceId, id, status } = args;
  const now = args.now ?? new Date();
  const found = await db.survey.findFirst({ where: { id, workspaceId }, select: { endsAt: true } });
  if (!found) throw new AppError("NOT_FOUND", "Survey not found.");
  if (status === "active" && found.endsAt && found.endsAt.getTime() <= now.getTime()) {
    throw new AppError(
      "BAD_REQUEST",
      `This survey ended on ${found.endsAt.toISOString().slice(0, 16).replace("T", " ")} UTC: move its end date later (or clear it) before activating it.`,
      [{ path: "endsAt", message: "In the past" }],
    );
  }
  await db.survey.updateMany({ where: { id, workspaceId }, data: { status } });
  return { id, status };
}
