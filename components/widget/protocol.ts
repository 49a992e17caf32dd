// The wire contract between the widget runtime (browser) and Cairn's REST API. Types only: the
// runtime imports this file, and so does the server (server/onboarding/widget-state.ts), so the
// two cannot drift apart.

export type WidgetLocale = "en" | "fr" | "de";

/** GET /api/v1/widget?userId=…&locale=… (write key as X-Write-Key header or ?writeKey=). */
export type WidgetStateQuery = { userId: string; locale?: string };

export type WidgetChecklistItem = {
  id: string;
  title: string;
  body: string;
  ctaUrl: string | null;
  /** The track event that completes the item (lets the runtime tick it the moment it is tracked). */
  completionEvent: string;
  /** Optional property condition on that event, evaluated like server/segments/condition.ts. */
  completionWhere: { key: string; op: "equals" | "in" | "contains" | "exists"; value?: string | string[] } | null;
  scope: "user" | "account";
  done: boolean;
  completedAt: string | null;
};

export type WidgetChecklist = {
  id: string;
  title: string;
  description: string;
  items: WidgetChecklistItem[];
  dismissed: boolean;
  /** All items done. */
  completed: boolean;
};

export type WidgetRoleQuestion = {
  /** The trait the answer sets with an identify call, e.g. "role". */
  trait: string;
  question: string;
  options: { value: string; label: string }[];
};

export type WidgetState = {
  user: { userId: string; persona: string | null; locale: WidgetLocale };
  /** Checklists this user should see (targeted, live, not in the holdout), localized. */
  checklists: WidgetChecklist[];
  /** Asked when the workspace enables it and the user has no value for its trait yet. */
  roleQuestion: WidgetRoleQuestion | null;
  /** How long the runtime waits before fetching the state again (server-side completions). */
  pollAfterMs: number;
};

/**
 * The runtime reports checklist UI actions as ordinary track calls through /api/v1/batch (so they
 * share the queue, retries and messageId dedupe), with these names and `{ checklistId }` as
 * properties. Ingest applies them to ChecklistProgress.
 */
export const CHECKLIST_EVENTS = {
  seen: "$checklist_seen",
  dismissed: "$checklist_dismissed",
  reopened: "$checklist_reopened",
} as const;
