import type { Db } from "../db";
import type { Condition } from "../audience/condition";
import type { PersonaRule } from "../audience/match-persona";
import type { FeatureRule } from "../features/match-feature";
import type { ChecklistRule } from "../onboarding/ingest-rules";
import { ZCompletionRule } from "../onboarding/schemas";

/** The workspace's configuration the ingest stages apply to a batch: personas (reassigned when
 * traits change), features (rolled up per user and day), live checklists (items completed). Read
 * once per request, outside the batch's transaction; the seed reads them once for all batches. */
export type IngestRules = { personas: PersonaRule[]; features: FeatureRule[]; checklists: ChecklistRule[] };

/** Statements loadIngestRules runs: personas, features, live checklists and their items. */
export const LOAD_RULES_STATEMENTS = 4;

/** Live checklists and their items' completion rules. */
export async function loadChecklistRules(db: Db, workspaceId: string): Promise<ChecklistRule[]> {
  const checklists = await db.checklist.findMany({
    where: { workspaceId, status: "live" },
    select: { id: true, holdoutPercent: true, items: { select: { id: true, completion: true, scope: true } } },
  });
  return checklists.map((c) => ({
    id: c.id,
    holdoutPercent: c.holdoutPercent,
    items: c.items.flatMap((item) => {
      const rule = ZCompletionRule.safeParse(item.completion);
      return rule.success
        ? [{ itemId: item.id, event: rule.data.event, where: rule.data.where, scope: item.scope }]
        : [];
    }),
  }));
}

export async function loadIngestRules(db: Db, workspaceId: string): Promise<IngestRules> {
  const [personas, features, checklists] = await Promise.all([
    db.persona.findMany({ where: { workspaceId }, select: { id: true, priority: true, rules: true } }),
    db.feature.findMany({ where: { workspaceId }, select: { id: true, matchers: true } }),
    loadChecklistRules(db, workspaceId),
  ]);
  return {
    personas: personas.map((p) => ({ id: p.id, priority: p.priority, rules: p.rules as Condition[] })),
    features: features.map((f) => ({ id: f.id, matchers: f.matchers as FeatureRule["matchers"] })),
    checklists,
  };
}
