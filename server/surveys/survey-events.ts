import type { Db } from "../db";
import { ZSurveyTrigger } from "./eligibility";

/**
 * The event names that trigger an active survey now (WidgetState.surveyEvents): the widget asks
 * for a survey when one of them is tracked. Names only — targeting and throttling stay on the
 * server (POST /api/v1/surveys/next decides).
 */
export async function activeSurveyEvents(db: Db, workspaceId: string, now: Date): Promise<string[]> {
  const rows = await db.survey.findMany({
    where: { workspaceId, status: "active", OR: [{ endsAt: null }, { endsAt: { gt: now } }] },
    select: { trigger: true },
  });
  const names = new Set<string>();
  for (const r of rows) {
    const t = ZSurveyTrigger.safeParse(r.trigger);
    if (t.success && t.data.type === "event") names.add(t.data.event);
  }
  return [...names].sort();
}
