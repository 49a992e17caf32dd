// Airtouch's onboarding history: the role question, the two live checklists of
// airtouch-onboarding.ts, who was exposed or held out, and what the widget reported.
//
// It follows the product's own paths:
// - The checklists go live (createChecklist, setChecklistStatus) before the history is ingested,
//   backdated to their launch, so ingest's checklist hooks record every item completion of the
//   history, as they would have live.
// - Each seeded user targeted by a checklist is "exposed" at their first visit once both the
//   checklist and their persona existed: recordExposures with the group the holdout function
//   (exposureGroup) gives their stored id, as the widget's first fetch does.
// - What the widget then sends goes through the ingest writer like the rest of the history:
//   `$checklist_seen` a few seconds later (and, for a few users, `$checklist_dismissed`), so
//   ingest sets seenAt and dismissedAt.
// - Seeing the checklist helps: some exposed users who had not reached its goal five days after
//   seeing it come back and do the missing steps (BOOST). Holdout users get no such nudge, so the
//   impact report shows a real, modest lift.
//
// Overlay messages are numbered per user and checklist (`seed-<userId>-<checklist>-<n>`) in the
// order they are generated, whatever the cutoff, and depend only on the stored group and exposure
// time and on the (append-only) history before them: a re-run stores nothing twice, a later run
// only appends. The groups are a function of the stored ids (random per database), so the split
// varies between fresh databases within sampling noise; everything else is deterministic.
import { CHECKLIST_EVENTS } from "../../server/contract/widget-protocol";
import type { Db } from "../../server/db";
import type { SqlDialect } from "../../server/sql/dialect";
import { loadChecklistRules } from "../../server/ingest/rules";
import { applyChecklistHooks } from "../../server/ingest/stages/checklists";
import { createChecklist } from "../../server/onboarding/create-checklist";
import { exposureGroup } from "../../server/audience/holdout";
import { computeProgress, subjectKeysOf, type CompletionRow } from "../../server/onboarding/progress";
import { recordExposures } from "../../server/onboarding/progress-sql";
import { updateRoleQuestion } from "../../server/onboarding/role-question";
import { ZChecklistInput } from "../../server/onboarding/schemas";
import { setChecklistStatus } from "../../server/onboarding/set-checklist-status";
import { isTargeted, readTargeting } from "../../server/audience/targeting";
import { AIRTOUCH_CHECKLISTS, AIRTOUCH_ROLE_QUESTION, type AirtouchChecklist } from "./airtouch-onboarding";
import type { History, SeedCall, SeedMessage } from "./generate-history";
import { Rng } from "./prng";

const MS_PER_DAY = 86_400_000;
const MS_PER_HOUR = 3_600_000;
/** Share of exposed users whose widget never rendered it (an ad blocker, a tab closed at once). */
const NEVER_SEEN_SHARE = 0.03;
/** Share of exposed users who hide the checklist right after seeing it. */
const DISMISS_SHARE = 0.07;
/** How long after seeing the checklist a user counts as not having reached its goal on their own. */
const NUDGE_WINDOW_MS = 5 * MS_PER_DAY;
/** Of the exposed users (not dismissed) without the goal by the end of that window, the share the
 * checklist brings back to do the missing steps. */
const BOOST: Record<AirtouchChecklist["key"], number> = { pipeline: 0.16, team: 0.3 };

export type SeededChecklist = {
  def: AirtouchChecklist;
  id: string;
  live: boolean;
  holdoutPercent: number;
  /** The checklist's createdAt (its launch). */
  launchAt: number;
  targeting: ReturnType<typeof readTargeting>;
  items: { id: string; scope: "user" | "account" }[];
};

/** The role question (when none is stored) and the checklists (found by title, else created,
 * live, backdated to their launch). Checklists edited or archived in the app are left as they are. */
export async function upsertOnboarding(
  db: Db,
  workspaceId: string,
  historyStartDay: number,
): Promise<{ checklists: SeededChecklist[]; created: number }> {
  const ws = await db.workspace.findUniqueOrThrow({ where: { id: workspaceId }, select: { roleQuestion: true } });
  if (ws.roleQuestion === null) await updateRoleQuestion({ db, workspaceId, input: AIRTOUCH_ROLE_QUESTION });

  const personas = await db.persona.findMany({ where: { workspaceId }, select: { id: true, name: true } });
  const checklists: SeededChecklist[] = [];
  let created = 0;
  for (const def of AIRTOUCH_CHECKLISTS) {
    let row = await db.checklist.findFirst({
      where: { workspaceId, title: def.input.title },
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        status: true,
        holdoutPercent: true,
        createdAt: true,
        targeting: true,
        items: { select: { id: true, scope: true } },
      },
    });
    if (!row) {
      const personaId = personas.find((p) => p.name === def.persona)?.id;
      if (!personaId) continue; // the persona was deleted in the app: nobody to target
      const input = ZChecklistInput.parse({ ...def.input, targeting: { personaIds: [personaId], conditions: [] } });
      const checklist = await createChecklist({ db, workspaceId, input });
      await setChecklistStatus({ db, workspaceId, id: checklist.id, status: "live" });
      row = await db.checklist.update({
        where: { id: checklist.id },
        data: { createdAt: new Date((historyStartDay + def.launchOffsetDays) * MS_PER_DAY) },
        select: {
          id: true,
          status: true,
          holdoutPercent: true,
          createdAt: true,
          targeting: true,
          items: { select: { id: true, scope: true } },
        },
      });
      created++;
    }
    checklists.push({
      def,
      id: row.id,
      live: row.status === "live",
      holdoutPercent: row.holdoutPercent,
      launchAt: row.createdAt.getTime(),
      targeting: readTargeting(row.targeting),
      items: row.items,
    });
  }
  return { checklists, created };
}

/**
 * For a database whose history was stored before the checklists existed (seeded by an earlier
 * version): replays the stored track events through ingest's checklist hooks, so the items done
 * in that history are recorded as they would have been live.
 */
export async function backfillCompletions(db: Db, dialect: SqlDialect, workspaceId: string): Promise<void> {
  const checklists = await loadChecklistRules(db, workspaceId);
  const names = [...new Set(checklists.flatMap((c) => c.items.map((i) => i.event)))];
  if (names.length === 0) return;
  let cursor: string | undefined;
  for (;;) {
    const rows = await db.event.findMany({
      where: { workspaceId, type: "track", name: { in: names } },
      select: {
        id: true,
        name: true,
        properties: true,
        endUserId: true,
        accountId: true,
        timestamp: true,
        receivedAt: true,
      },
      orderBy: { id: "asc" },
      take: 5000,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    });
    if (rows.length === 0) return;
    cursor = rows[rows.length - 1]!.id;
    const events = rows.map((r) => ({
      name: r.name,
      properties: (r.properties ?? {}) as Record<string, unknown>,
      endUserId: r.endUserId,
      accountId: r.accountId,
      timestamp: r.timestamp,
    }));
    await db.$transaction(
      (tx) => applyChecklistHooks(tx, dialect, workspaceId, events, checklists, rows[rows.length - 1]!.receivedAt),
      { maxWait: 30_000, timeout: 120_000 },
    );
  }
}

type Track = { event: string; at: number; properties: Record<string, unknown> };
type UserTrail = { index: number; browserLocale: string; roleAt: number | null; times: number[]; tracks: Track[] };

/** Per seeded user: when they first had a role (their persona), when they were active, what they tracked. */
function trailsOf(history: History): Map<string, UserTrail> {
  const trails = new Map<string, UserTrail>();
  for (const u of history.users)
    trails.set(u.externalId, { index: u.index, browserLocale: "en-US", roleAt: null, times: [], tracks: [] });
  for (const m of history.messages) {
    const trail = trails.get(m.userId);
    if (!trail) continue;
    if (trail.times.length === 0) trail.browserLocale = m.browserLocale;
    trail.times.push(m.at);
    const c = m.call;
    if (c.type === "identify" && trail.roleAt === null && typeof c.traits.role === "string" && c.traits.role !== "")
      trail.roleAt = m.at;
    if (c.type === "track") trail.tracks.push({ event: c.event, at: m.at, properties: c.properties });
  }
  return trails;
}

/** The first visit at which the user both had their persona and could get the checklist. */
function exposureTime(trail: UserTrail, launchAt: number): number | null {
  if (trail.roleAt === null) return null;
  const from = Math.max(trail.roleAt, launchAt);
  return trail.times.find((t) => t >= from) ?? null;
}

/** Records the exposure group of every seeded user targeted by a live checklist who has none yet. */
async function recordSeededExposures(
  db: Db,
  dialect: SqlDialect,
  workspaceId: string,
  checklists: SeededChecklist[],
  trails: Map<string, UserTrail>,
): Promise<void> {
  const users = await db.endUser.findMany({
    where: { workspaceId, externalId: { in: [...trails.keys()] } },
    select: { id: true, externalId: true, personaId: true, accountId: true, traits: true },
  });
  for (const c of checklists.filter((x) => x.live)) {
    const have = new Set(
      (
        await db.checklistProgress.findMany({ where: { workspaceId, checklistId: c.id }, select: { endUserId: true } })
      ).map((r) => r.endUserId),
    );
    const pending = users.flatMap((u) => {
      if (have.has(u.id)) return [];
      if (!isTargeted({ personaId: u.personaId, traits: (u.traits ?? {}) as Record<string, unknown> }, c.targeting))
        return [];
      const at = exposureTime(trails.get(u.externalId)!, c.launchAt);
      return at === null ? [] : [{ user: u, at }];
    });
    if (pending.length === 0) continue;
    const completions: CompletionRow[] = await db.checklistItemCompletion.findMany({
      where: { workspaceId, checklistItemId: { in: c.items.map((i) => i.id) } },
      select: { checklistItemId: true, subjectKey: true, completedAt: true },
    });
    const bySubject = new Map<string, CompletionRow[]>();
    for (const row of completions) bySubject.set(row.subjectKey, [...(bySubject.get(row.subjectKey) ?? []), row]);
    await db.$transaction(
      async (tx) => {
        for (const { user, at } of pending) {
          const subject = { endUserId: user.id, accountId: user.accountId };
          const progress = computeProgress(
            c.items,
            subjectKeysOf(subject).flatMap((k) => bySubject.get(k) ?? []),
            subject,
          );
          // The widget's first fetch happens a moment after the page's identify.
          await recordExposures(
            tx,
            dialect,
            workspaceId,
            user.id,
            [
              {
                checklistId: c.id,
                group: exposureGroup(c.id, user.id, c.holdoutPercent),
                completedAt: progress.completedAt,
              },
            ],
            new Date(at + 1_000),
          );
        }
      },
      { maxWait: 30_000, timeout: 120_000 },
    );
  }
}

/** The steps an exposed user does when the checklist brings them back, given what they had done. */
function missingSteps(
  key: AirtouchChecklist["key"],
  done: (event: string, ok?: (t: Track) => boolean) => boolean,
  workflowId: string,
): SeedCall[] {
  const track = (event: string, properties: Record<string, unknown>): SeedCall => ({
    type: "track",
    event,
    properties,
  });
  if (key === "pipeline") {
    if (done("workflow_run", (t) => t.properties.status === "success")) return [];
    return [
      ...(done("connection_created")
        ? []
        : [track("connection_created", { connector: "postgres", direction: "source" })]),
      ...(done("workflow_saved")
        ? []
        : [
            track("workflow_started", { workflow_id: workflowId, template: "blank" }),
            track("workflow_saved", { workflow_id: workflowId, steps: 3 }),
          ]),
      track("workflow_run", { workflow_id: workflowId, status: "success", rows: 12_840, duration_ms: 41_000 }),
    ];
  }
  if (done("colleague_invited")) return [];
  return [
    ...(done("docs_opened") ? [] : [track("docs_opened", { article: "invite-your-team" })]),
    track("colleague_invited", { invitee_role: "data engineer", method: "email" }),
  ];
}

/** What the widget (and, for nudged users, the app) sent after an exposure, in time order. */
function overlayFor(
  c: SeededChecklist,
  userId: string,
  trail: UserTrail,
  exposedAt: number,
  cutoffMs: number,
): SeedMessage[] {
  const out: SeedMessage[] = [];
  let n = 0;
  let t = exposedAt;
  const emit = (call: SeedCall) => {
    const messageId = `seed-${userId}-${c.def.key}-${n++}`;
    if (t < cutoffMs) out.push({ messageId, userId, at: t, browserLocale: trail.browserLocale, call });
  };
  const rng = new Rng(`onboarding:${c.def.key}:${userId}`);
  const ui = (event: string): SeedCall => ({ type: "track", event, properties: { checklistId: c.id } });

  if (rng.chance(NEVER_SEEN_SHARE)) return out;
  t += rng.int(1_500, 6_000);
  emit(ui(CHECKLIST_EVENTS.seen));
  const dismisses = rng.chance(DISMISS_SHARE);
  const nudged = rng.chance(BOOST[c.def.key]);
  if (dismisses) {
    t += rng.int(20_000, 900_000);
    emit(ui(CHECKLIST_EVENTS.dismissed));
    return out;
  }
  if (!nudged) return out;
  const windowEnd = exposedAt + NUDGE_WINDOW_MS;
  const done = (event: string, ok: (t: Track) => boolean = () => true) =>
    trail.tracks.some((x) => x.at < windowEnd && x.event === event && ok(x));
  const steps = missingSteps(c.def.key, done, `wf_${trail.index + 1}_nudged`);
  t = windowEnd + rng.int(0, 36 * MS_PER_HOUR);
  for (const call of steps) {
    t += rng.int(30_000, 300_000);
    emit(call);
  }
  return out;
}

/**
 * After the history is stored: exposure groups for seeded users, then the widget's messages
 * (and nudged users' steps) to ingest like the rest of the history.
 */
export async function onboardingHistory(args: {
  db: Db;
  dialect: SqlDialect;
  workspaceId: string;
  history: History;
  checklists: SeededChecklist[];
  cutoffMs: number;
}): Promise<SeedMessage[]> {
  const { db, dialect, workspaceId, history, checklists, cutoffMs } = args;
  const trails = trailsOf(history);
  await recordSeededExposures(db, dialect, workspaceId, checklists, trails);

  const ids = new Map(
    (
      await db.endUser.findMany({
        where: { workspaceId, externalId: { in: [...trails.keys()] } },
        select: { id: true, externalId: true },
      })
    ).map((u) => [u.id, u.externalId]),
  );
  const messages: SeedMessage[] = [];
  for (const c of checklists.filter((x) => x.live)) {
    const rows = await db.checklistProgress.findMany({
      where: { workspaceId, checklistId: c.id, group: "exposed" },
      select: { endUserId: true, createdAt: true },
    });
    for (const row of rows) {
      const userId = ids.get(row.endUserId);
      // Users of live traffic (the /demo picker) have a real widget.
      if (!userId) continue;
      messages.push(...overlayFor(c, userId, trails.get(userId)!, row.createdAt.getTime() - 1_000, cutoffMs));
    }
  }
  return messages.sort((a, b) => a.at - b.at || (a.messageId < b.messageId ? -1 : a.messageId > b.messageId ? 1 : 0));
}

export type OnboardingCounts = {
  title: string;
  exposed: number;
  holdout: number;
  seen: number;
  dismissed: number;
  completed: number;
};

/** Per seeded checklist: users per group, and of the exposed, how many saw, dismissed and completed it. */
export async function countOnboarding(
  db: Db,
  workspaceId: string,
  checklists: SeededChecklist[],
): Promise<OnboardingCounts[]> {
  return Promise.all(
    checklists.map(async (c) => {
      const where = { workspaceId, checklistId: c.id };
      const [exposed, holdout, seen, dismissed, completed] = await Promise.all([
        db.checklistProgress.count({ where: { ...where, group: "exposed" } }),
        db.checklistProgress.count({ where: { ...where, group: "holdout" } }),
        db.checklistProgress.count({ where: { ...where, group: "exposed", seenAt: { not: null } } }),
        db.checklistProgress.count({ where: { ...where, group: "exposed", dismissedAt: { not: null } } }),
        db.checklistProgress.count({ where: { ...where, group: "exposed", completedAt: { not: null } } }),
      ]);
      return { title: c.def.input.title, exposed, holdout, seen, dismissed, completed };
    }),
  );
}
