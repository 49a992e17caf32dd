// The onboarding funnel of one checklist, computed from rows (queries.ts) by pure functions so
// the arithmetic is unit-tested without a database. Definitions shown in the UI: definitions.ts.
import { median, ratio } from "./stats";
import type { TFunnelReport, TFunnelStep, TReportChecklist, TStall } from "./schemas";

/** How many stalled users a stall lists by name. */
export const STALL_EXAMPLES = 5;

export type FunnelItem = {
  id: string;
  title: string;
  position: number;
  scope: "user" | "account";
  completionEvent: string | null;
  precursorEvent: string | null;
};

/** An exposed user of the cohort who has seen the checklist. */
export type SeenUser = {
  endUserId: string;
  externalId: string;
  /** The user's current account: account-wide items count as done when this account did them. */
  accountId: string | null;
  seenAt: Date;
  dismissedAt: Date | null;
};

/** A ChecklistItemCompletion: subjectKey is "u:<endUserId>" or "a:<accountId>". */
export type CompletionRow = { checklistItemId: string; subjectKey: string; completedAt: Date };

/** The last time a seen user tracked a precursor event. */
export type PrecursorHit = { endUserId: string; event: string; lastAt: Date };

type CompletionIndex = Map<string, Map<string, Date>>;

function indexCompletions(rows: readonly CompletionRow[]): CompletionIndex {
  const byItem: CompletionIndex = new Map();
  for (const row of rows) {
    let bySubject = byItem.get(row.checklistItemId);
    if (!bySubject) byItem.set(row.checklistItemId, (bySubject = new Map()));
    const known = bySubject.get(row.subjectKey);
    if (!known || row.completedAt < known) bySubject.set(row.subjectKey, row.completedAt);
  }
  return byItem;
}

/**
 * When `item` became done for `user`, or null if it is not done.
 * Done = the user's own completion ("u:<endUserId>"), or, for an account-scoped item, a
 * completion by the user's current account ("a:<accountId>"), whichever came first. The user's
 * own key counts in both scopes: ingest writes "u:" keys for an account-scoped item only if the
 * item was user-scoped when it completed, and what the user did then still happened. (A user
 * without an account cannot complete an account-scoped item: docs/decisions/checklist-exposure.md.)
 */
export function itemDoneAt(
  item: FunnelItem,
  user: Pick<SeenUser, "endUserId" | "accountId">,
  completions: CompletionIndex,
): Date | null {
  const bySubject = completions.get(item.id);
  if (!bySubject) return null;
  const own = bySubject.get(`u:${user.endUserId}`) ?? null;
  const account = item.scope === "account" && user.accountId ? (bySubject.get(`a:${user.accountId}`) ?? null) : null;
  if (own && account) return own < account ? own : account;
  return own ?? account;
}

/**
 * The funnel: seen → each item → completed, with shares of seen, dismissals, the median time to
 * complete and where users stall.
 * - seen: exposed users of the cohort with a seenAt (the only users `users` should hold).
 * - step i: seen users with item i done (itemDoneAt); items may be done in any order, so a later
 *   step can exceed an earlier one.
 * - completed: seen users with every item done; a checklist without items has no completers.
 * - dismissed: seen users with a dismissedAt who have not completed.
 * - time to complete (per completer) = max(0, last item's done time − seenAt): an item done
 *   before the user saw the checklist (e.g. by a colleague) counts as done at sight.
 *   medianTimeToCompleteMs = median over completers, null (n/a) without completers.
 * - stalls, per item with a precursorEvent: started = seen users who tracked the precursor at
 *   any time; stalled = those without the item done; rateOfStarted = stalled / started,
 *   rateOfSeen = stalled / seen; examples = up to STALL_EXAMPLES stalled users, most recent
 *   precursor first.
 * Every rate is null when its denominator is 0.
 */
export function buildFunnel(args: {
  checklist: TReportChecklist;
  items: readonly FunnelItem[];
  users: readonly SeenUser[];
  completions: readonly CompletionRow[];
  precursors: readonly PrecursorHit[];
}): TFunnelReport {
  const items = [...args.items].sort((a, b) => a.position - b.position);
  const completions = indexCompletions(args.completions);
  const seen = args.users.length;

  const doneCount = new Map<string, number>(items.map((i) => [i.id, 0]));
  const doneByUser = new Map<string, Set<string>>();
  const durations: number[] = [];
  let completed = 0;
  let dismissed = 0;

  for (const user of args.users) {
    const done = new Set<string>();
    let last: Date | null = null;
    for (const item of items) {
      const at = itemDoneAt(item, user, completions);
      if (!at) continue;
      done.add(item.id);
      doneCount.set(item.id, doneCount.get(item.id)! + 1);
      if (!last || at > last) last = at;
    }
    doneByUser.set(user.endUserId, done);
    const isComplete = items.length > 0 && done.size === items.length;
    if (isComplete) {
      completed += 1;
      durations.push(Math.max(0, last!.getTime() - user.seenAt.getTime()));
    } else if (user.dismissedAt) {
      dismissed += 1;
    }
  }

  const steps: TFunnelStep[] = items.map((item) => ({
    itemId: item.id,
    title: item.title,
    position: item.position,
    scope: item.scope,
    completionEvent: item.completionEvent,
    done: doneCount.get(item.id)!,
    rate: ratio(doneCount.get(item.id)!, seen),
  }));

  return {
    checklist: args.checklist,
    seen,
    steps,
    completed: { count: completed, rate: ratio(completed, seen) },
    dismissed: { count: dismissed, rate: ratio(dismissed, seen) },
    medianTimeToCompleteMs: median(durations),
    stalls: findStalls({ items, users: args.users, doneByUser, precursors: args.precursors }),
  };
}

function findStalls(args: {
  items: readonly FunnelItem[];
  users: readonly SeenUser[];
  doneByUser: Map<string, Set<string>>;
  precursors: readonly PrecursorHit[];
}): TStall[] {
  const seen = args.users.length;
  const userById = new Map(args.users.map((u) => [u.endUserId, u]));
  // Last precursor time per event per seen user; hits of users outside the cohort are ignored.
  const hitsByEvent = new Map<string, Map<string, Date>>();
  for (const hit of args.precursors) {
    if (!userById.has(hit.endUserId)) continue;
    let byUser = hitsByEvent.get(hit.event);
    if (!byUser) hitsByEvent.set(hit.event, (byUser = new Map()));
    const known = byUser.get(hit.endUserId);
    if (!known || hit.lastAt > known) byUser.set(hit.endUserId, hit.lastAt);
  }

  return args.items.flatMap((item): TStall[] => {
    if (!item.precursorEvent) return [];
    const starters = hitsByEvent.get(item.precursorEvent) ?? new Map<string, Date>();
    const stuck = [...starters.entries()]
      .filter(([endUserId]) => !args.doneByUser.get(endUserId)?.has(item.id))
      .map(([endUserId, lastPrecursorAt]) => ({
        endUserId,
        externalId: userById.get(endUserId)!.externalId,
        lastPrecursorAt,
      }))
      .sort(
        (a, b) => b.lastPrecursorAt.getTime() - a.lastPrecursorAt.getTime() || a.externalId.localeCompare(b.externalId),
      );
    return [
      {
        itemId: item.id,
        title: item.title,
        precursorEvent: item.precursorEvent,
        completionEvent: item.completionEvent,
        started: starters.size,
        stalled: stuck.length,
        rateOfStarted: ratio(stuck.length, starters.size),
        rateOfSeen: ratio(stuck.length, seen),
        examples: stuck.slice(0, STALL_EXAMPLES),
      },
    ];
  });
}
