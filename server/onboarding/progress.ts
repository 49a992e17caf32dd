import type { CompletionScope } from "./schemas";

// Who an item's completion belongs to: "u:<endUserId>" for user-scoped items, "a:<accountId>"
// for account-scoped ones (done once for the whole account). The same keys are written by ingest
// (ChecklistItemCompletion.subjectKey) and read here.

export type Subject = { endUserId: string; accountId: string | null };

/** null: an account-scoped item for a user without an account, which nobody can complete for them. */
export function subjectKey(scope: CompletionScope, subject: Subject): string | null {
  if (scope === "account") return subject.accountId ? `a:${subject.accountId}` : null;
  return `u:${subject.endUserId}`;
}

/** Both keys a user's completions can be stored under. */
export function subjectKeysOf(subject: Subject): string[] {
  return subject.accountId ? [`u:${subject.endUserId}`, `a:${subject.accountId}`] : [`u:${subject.endUserId}`];
}

export type ProgressItem = { id: string; scope: CompletionScope };
export type CompletionRow = { checklistItemId: string; subjectKey: string; completedAt: Date };

export type ItemProgress = { id: string; done: boolean; completedAt: Date | null };
export type Progress = {
  items: ItemProgress[];
  done: number;
  total: number;
  /** Every item done (a checklist without items is never complete). */
  completed: boolean;
  /** When the last of its items got done, if completed. */
  completedAt: Date | null;
};

/**
 * One user's progress on one checklist. An item is done when a completion exists under the
 * user's key for that item's scope: so an account-scoped item done by any user of the account is
 * done for every user of it, including users who join the account later.
 */
export function computeProgress(
  items: readonly ProgressItem[],
  completions: readonly CompletionRow[],
  subject: Subject,
): Progress {
  const byItemAndKey = new Map<string, Date>();
  for (const c of completions) {
    const key = `${c.checklistItemId}|${c.subjectKey}`;
    const prev = byItemAndKey.get(key);
    if (!prev || c.completedAt < prev) byItemAndKey.set(key, c.completedAt);
  }
  const out: ItemProgress[] = items.map((item) => {
    const key = subjectKey(item.scope, subject);
    const at = key ? (byItemAndKey.get(`${item.id}|${key}`) ?? null) : null;
    return { id: item.id, done: at !== null, completedAt: at };
  });
  const done = out.filter((i) => i.done).length;
  const completed = out.length > 0 && done === out.length;
  const completedAt = completed ? new Date(Math.max(...out.map((i) => i.completedAt!.getTime()))) : null;
  return { items: out, done, total: out.length, completed, completedAt };
}
