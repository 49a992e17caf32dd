import { derivedClient, type Db } from "./db";

// Models whose rows belong to one workspace. Every query on them through a scoped client gets
// `workspaceId` added to its filter (and to the data it creates), so a service cannot forget it:
// another tenant's id is simply not found.
export const TENANT_MODELS: ReadonlySet<string> = new Set([
  "Member",
  "Invite",
  "ApiKey",
  "EndUser",
  "AnonymousId",
  "Account",
  "Persona",
  "Event",
  "Feature",
  "UserDay",
  "FeatureUserDay",
  "EventDay",
  "AccountDay",
  "UserEventDay",
  "EngagementSettings",
  "EngagementDay",
  "EngagementUserDay",
  "EngagementAccountDay",
  "NorthStar",
  "Funnel",
  "FeatureUser",
  "FeatureAccount",
  "Job",
  "Checklist",
  "ChecklistItem",
  "ChecklistProgress",
  "ChecklistItemCompletion",
  "Survey",
  "SurveyDisplay",
  "SurveyResponse",
  "Feedback",
  "FeedbackTag",
  "RoadmapItem",
  "RoadmapStatusOption",
  "RoadmapStatusChange",
  "RoadmapComment",
  "RoadmapMerge",
  "Vote",
  "Notification",
  "OutboxEmail",
  "IdentitySecret",
  "IdentityDay",
  "AuditEntry",
]);

const FILTERED = new Set([
  "findFirst",
  "findFirstOrThrow",
  "findMany",
  "findUnique",
  "findUniqueOrThrow",
  "count",
  "aggregate",
  "groupBy",
  "update",
  "updateMany",
  "updateManyAndReturn",
  "delete",
  "deleteMany",
  "upsert",
]);

type Args = { where?: Record<string, unknown>; data?: unknown; create?: Record<string, unknown> };

export function scopeArgs(model: string, operation: string, args: Args, workspaceId: string): Args {
  const field = model === "Workspace" ? "id" : "workspaceId";
  if (model !== "Workspace" && !TENANT_MODELS.has(model)) return args;
  const next: Args = { ...args };
  if (FILTERED.has(operation)) next.where = { ...(args.where ?? {}), [field]: workspaceId };
  if (model === "Workspace") return next;
  if (operation === "create") next.data = { ...(args.data as object), workspaceId };
  if (operation === "createMany" || operation === "createManyAndReturn") {
    const rows = Array.isArray(args.data) ? args.data : [args.data];
    next.data = rows.map((row) => ({ ...(row as object), workspaceId }));
  }
  if (operation === "upsert") next.create = { ...(args.create ?? {}), workspaceId };
  return next;
}

/** A client whose every model query is confined to one workspace. Raw SQL is not covered: raw
 * statements on tenant tables go through server/sql/tenant-sql.ts, which refuses one without the
 * workspaceId. */
export function scopedDb(db: Db, workspaceId: string): Db {
  return derivedClient(
    db,
    db.$extends({
      query: {
        $allModels: {
          $allOperations({ model, operation, args, query }) {
            return query(scopeArgs(model, operation, args as Args, workspaceId) as typeof args);
          },
        },
      },
    }) as unknown as Db,
  );
}
