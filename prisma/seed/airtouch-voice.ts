// Airtouch's voice of customer: the surveys, the public roadmap and 12 weeks of displays,
// answers, comments, button feedback, triage and votes, on top of the stored history (run after
// seedAirtouch). The history's shape is explained in airtouch-voice-history.ts (surveys) and
// airtouch-voice-feedback.ts (inbox); this file loads what they need and stores what they make.
//
// Idempotent: surveys and roadmap items are found by name / title (and left as they are when a
// PM edited them), every generated row has a deterministic messageId (displays, answers, button
// feedback) and only the missing ones are stored, so a second run stores nothing and a run on a
// later day adds the new days (surveys from the day after the last stored display, on top of the
// stored ones). Survey comments become Feedback rows with their answer, votes come
// with the roadmap item they are for. Everything new is written in one transaction, in bulk.
import { randomUUID } from "node:crypto";
import type { FeedbackCategory } from "../../server/contract/widget-protocol";
import type { Db, Tx } from "../../server/db";
import { feedbackSearchText } from "../../server/feedback/search-text";
import { SYSTEM_EVENT } from "../../server/ingest/normalize-message";
import { resolveLocale } from "../../server/audience/locale";
import { ZSurveyTargeting, ZSurveyTrigger, type SurveyTrigger } from "../../server/surveys/eligibility";
import { accountNps, ces, csat, userNps } from "../../server/surveys/metrics";
import { ZSurveyTexts } from "../../server/surveys/texts";
import { DEMO_USERS } from "./demo-credentials";
import {
  buttonFeedback,
  roadmapTimes,
  roadmapVotes,
  triage,
  type Assignee,
  type FeedbackStatus,
  type Triage,
  type Visit,
} from "./airtouch-voice-feedback";
import {
  MS_PER_DAY,
  scoreResponses,
  simulateDisplays,
  type Occurrence,
  type PersonaKey,
  type PriorDisplay,
  type SimSurvey,
  type VoiceUser,
} from "./airtouch-voice-history";
import {
  AIRTOUCH_FEEDBACK_BUTTON,
  AIRTOUCH_RECONTACT_DAYS,
  AIRTOUCH_ROADMAP,
  AIRTOUCH_SURVEYS,
  surveyTargeting,
  type AirtouchSurvey,
  type RoadmapKey,
} from "./airtouch-voice-setup";
import type { Verbatim } from "./airtouch-voice-verbatims";

const CHUNK = 500;
const TRIGGER_EVENTS = [
  ...new Set(AIRTOUCH_SURVEYS.flatMap((s) => (s.trigger.type === "event" ? [s.trigger.event] : []))),
];
/** Accounts whose mood differs from the rest (NPS points): see accountMoods. */
const LARGE_ACCOUNTS = 20;
const LARGE_ACCOUNT_MOOD = 50;

export type SeedVoiceOptions = {
  db: Db;
  workspaceId: string;
  /** The stored history's first day and end (seedAirtouch's historyStart / historyEnd). */
  historyStart: Date;
  historyEnd: Date;
  onProgress?: (step: string) => void;
};

export type SurveySummary = {
  name: string;
  kind: AirtouchSurvey["kind"];
  status: string;
  displays: number;
  dismissed: number;
  responses: number;
  comments: number;
  /** Over the last 12 weeks: user NPS, CSAT % or CES mean; null without answers. */
  score: number | null;
  /** NPS only: account NPS over the same answers. */
  accountScore: number | null;
  /** Answers counted in score (NPS: users). */
  n: number;
};

export type SeedVoiceResult = {
  /** Rows this run stored. */
  stored: {
    surveys: number;
    displays: number;
    responses: number;
    feedback: number;
    roadmapItems: number;
    votes: number;
  };
  surveys: SurveySummary[];
  feedback: { total: number; byStatus: Record<FeedbackStatus, number>; bySource: Record<string, number> };
  roadmap: { items: number; votes: number };
};

type StoredSurvey = { id: string; def: AirtouchSurvey; sim: SimSurvey | null; created: boolean };

function chunks<T>(rows: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += CHUNK) out.push(rows.slice(i, i + CHUNK));
  return out;
}

/** Finds each survey by name, else creates it as it was launched (backdated). */
async function upsertSurveys(db: Db, workspaceId: string, startDay: number): Promise<StoredSurvey[]> {
  const personas = await db.persona.findMany({ where: { workspaceId }, select: { id: true, name: true } });
  const out: StoredSurvey[] = [];
  for (const def of AIRTOUCH_SURVEYS) {
    const select = {
      id: true,
      status: true,
      targeting: true,
      trigger: true,
      minDaysSinceFirstSeen: true,
      samplingPercent: true,
      recurrenceDays: true,
      recontactDays: true,
      startsAt: true,
      endsAt: true,
      createdAt: true,
    } as const;
    let row = await db.survey.findFirst({
      where: { workspaceId, name: def.name },
      orderBy: { createdAt: "asc" },
      select,
    });
    const created = row === null;
    if (!row) {
      const personaIds = def.personas.map((name) => {
        const p = personas.find((x) => x.name === name);
        if (!p)
          throw new Error(`The ${def.name} survey targets the persona "${name}", which the workspace does not have.`);
        return p.id;
      });
      const launched = new Date((startDay + def.liveFromOffset) * MS_PER_DAY + 7 * 60_000);
      const paused =
        def.pausedAtOffset === undefined
          ? null
          : new Date((startDay + def.pausedAtOffset) * MS_PER_DAY + 16 * 3_600_000);
      row = await db.survey.create({
        data: {
          workspaceId,
          name: def.name,
          kind: def.kind,
          status: def.status,
          texts: ZSurveyTexts.parse(def.texts),
          targeting: ZSurveyTargeting.parse(surveyTargeting(personaIds)),
          trigger: ZSurveyTrigger.parse(def.trigger),
          minDaysSinceFirstSeen: def.minDaysSinceFirstSeen,
          samplingPercent: def.samplingPercent,
          recurrenceDays: def.recurrenceDays,
          recontactDays: def.recontactDays,
          createdAt: launched,
          updatedAt: paused ?? launched,
        },
        select,
      });
    }
    // The history runs on the stored rules (a PM may have edited them), live from the survey's
    // creation until the seed's own pause date.
    const targeting = ZSurveyTargeting.safeParse(row.targeting);
    const trigger = ZSurveyTrigger.safeParse(row.trigger);
    const sim: SimSurvey | null =
      targeting.success && trigger.success
        ? {
            id: row.id,
            status: "active",
            targeting: targeting.data,
            trigger: trigger.data,
            minDaysSinceFirstSeen: row.minDaysSinceFirstSeen,
            samplingPercent: row.samplingPercent,
            recurrenceDays: row.recurrenceDays,
            recontactDays: row.recontactDays,
            startsAt: row.startsAt,
            endsAt: row.endsAt,
            key: def.key,
            def,
            fromMs: row.createdAt.getTime(),
            untilMs:
              def.pausedAtOffset === undefined
                ? Number.POSITIVE_INFINITY
                : (startDay + def.pausedAtOffset) * MS_PER_DAY + 16 * 3_600_000,
          }
        : null;
    out.push({ id: row.id, def, sim, created });
  }
  return out;
}

/** Workspace settings that go with the surveys: only when the seed first creates them, so a PM's
 * later choices stay. */
async function configureWorkspace(db: Db, workspaceId: string): Promise<void> {
  const ws = await db.workspace.findUniqueOrThrow({ where: { id: workspaceId }, select: { feedbackButton: true } });
  await db.workspace.update({
    where: { id: workspaceId },
    data: {
      recontactDays: AIRTOUCH_RECONTACT_DAYS,
      ...(ws.feedbackButton === null ? { feedbackButton: AIRTOUCH_FEEDBACK_BUTTON } : {}),
    },
  });
}

function personaKey(name: string | undefined): PersonaKey {
  return name === "Data engineer" ? "engineer" : name === "Sales / marketing" ? "business" : "none";
}

function text(value: unknown): string | null {
  return typeof value === "string" && value.trim() !== "" ? value : null;
}

async function loadUsers(db: Db, workspaceId: string): Promise<VoiceUser[]> {
  const personas = new Map(
    (await db.persona.findMany({ where: { workspaceId }, select: { id: true, name: true } })).map((p) => [
      p.id,
      p.name,
    ]),
  );
  const rows = await db.endUser.findMany({
    where: { workspaceId },
    orderBy: { externalId: "asc" },
    select: {
      id: true,
      externalId: true,
      traits: true,
      personaId: true,
      accountId: true,
      locale: true,
      firstSeenAt: true,
      account: { select: { name: true, traits: true } },
    },
  });
  return rows.map((r) => {
    const traits = (r.traits ?? {}) as Record<string, unknown>;
    const accountTraits = r.account ? ((r.account.traits ?? {}) as Record<string, unknown>) : null;
    return {
      id: r.id,
      externalId: r.externalId,
      name: text(traits.name),
      email: text(traits.email),
      traits,
      personaId: r.personaId,
      persona: personaKey(r.personaId ? personas.get(r.personaId) : undefined),
      accountId: r.accountId,
      accountName: r.account?.name ?? text(accountTraits?.name),
      accountTraits,
      plan: text(accountTraits?.plan),
      locale: resolveLocale({ traits, userLocale: r.locale }),
      firstSeenAt: r.firstSeenAt,
    };
  });
}

/** Each seeded user's first trigger event and first page load of every day (stored history only:
 * live /demo traffic gets its surveys from the live server). */
async function loadMoments(db: Db, workspaceId: string, users: ReadonlyMap<string, VoiceUser>) {
  const rows = await db.event.groupBy({
    by: ["endUserId", "name", "day"],
    where: {
      workspaceId,
      messageId: { startsWith: "seed-" },
      OR: [
        { type: "track", name: { in: TRIGGER_EVENTS } },
        { type: "page", name: SYSTEM_EVENT.page },
      ],
    },
    _min: { timestamp: true },
  });
  const occurrences = new Map<string, Occurrence[]>();
  const visitsByDay = new Map<number, Visit[]>();
  for (const r of rows) {
    const user = users.get(r.endUserId);
    const at = r._min.timestamp?.getTime();
    if (!user || at === undefined) continue;
    const trigger: SurveyTrigger =
      r.name === SYSTEM_EVENT.page ? { type: "page_load" } : { type: "event", event: r.name };
    const list = occurrences.get(user.id) ?? [];
    list.push({ at, trigger });
    occurrences.set(user.id, list);
    if (trigger.type === "page_load") {
      const day = visitsByDay.get(r.day) ?? [];
      day.push({ user, at });
      visitsByDay.set(r.day, day);
    }
  }
  // The database returns groups in no set order; the simulation needs one.
  const key = (t: SurveyTrigger) => (t.type === "event" ? t.event : "");
  for (const list of occurrences.values())
    list.sort((a, b) => a.at - b.at || (key(a.trigger) < key(b.trigger) ? -1 : 1));
  for (const list of visitsByDay.values()) list.sort((a, b) => (a.user.externalId < b.user.externalId ? -1 : 1));
  const visits = [...visitsByDay.values()]
    .flat()
    .sort((a, b) => a.at - b.at || (a.user.externalId < b.user.externalId ? -1 : 1));
  return { occurrences, visitsByDay, visits };
}

/**
 * The largest accounts (most users in the history's first four weeks, so later runs agree) and
 * how much happier their users are than the plan alone says: the customers who built their data
 * stack on Airtouch. Their many answers weigh on user NPS far more than on account NPS, where the
 * many small (often free) accounts count as much, so user NPS reads clearly above account NPS.
 */
function accountMoods(users: readonly VoiceUser[], startDay: number): Map<string, number> {
  const until = (startDay + 28) * MS_PER_DAY;
  const sizes = new Map<string, { n: number; name: string }>();
  for (const u of users) {
    if (!u.accountId || u.firstSeenAt.getTime() >= until) continue;
    const a = sizes.get(u.accountId) ?? { n: 0, name: u.accountName ?? u.accountId };
    a.n += 1;
    sizes.set(u.accountId, a);
  }
  const largest = [...sizes.entries()]
    .sort(([, a], [, b]) => b.n - a.n || (a.name < b.name ? -1 : 1))
    .slice(0, LARGE_ACCOUNTS);
  return new Map(largest.map(([id]) => [id, LARGE_ACCOUNT_MOOD]));
}

type FeedbackDraft = {
  messageId: string | null;
  source: "widget" | "survey";
  user: VoiceUser;
  at: number;
  text: Verbatim;
  category: FeedbackCategory | null;
  pageUrl: string | null;
  surveyResponseId: string | null;
  triage: Triage;
};

export async function seedAirtouchVoice(options: SeedVoiceOptions): Promise<SeedVoiceResult> {
  const { db, workspaceId, onProgress } = options;
  const startDay = Math.floor(options.historyStart.getTime() / MS_PER_DAY);
  const cutoffDay = Math.floor(options.historyEnd.getTime() / MS_PER_DAY);
  const window = { startDay, cutoffDay };

  onProgress?.("surveys");
  const surveys = await upsertSurveys(db, workspaceId, startDay);
  if (surveys.some((s) => s.created)) await configureWorkspace(db, workspaceId);
  const { recontactDays } = await db.workspace.findUniqueOrThrow({
    where: { id: workspaceId },
    select: { recontactDays: true },
  });

  onProgress?.("history");
  const users = await loadUsers(db, workspaceId);
  const byId = new Map(users.map((u) => [u.id, u]));
  const { occurrences, visitsByDay, visits } = await loadMoments(db, workspaceId, byId);
  const { created: roadmapCreated, shipped } = roadmapTimes(AIRTOUCH_ROADMAP, startDay);
  // What earlier runs (and live traffic) stored.
  const [storedDisplays, storedButton, storedRoadmap] = await Promise.all([
    db.surveyDisplay.findMany({
      where: { workspaceId },
      select: {
        surveyId: true,
        endUserId: true,
        messageId: true,
        shownAt: true,
        response: { select: { createdAt: true } },
      },
    }),
    db.feedback.findMany({
      where: { workspaceId, messageId: { startsWith: "seed-fb-" } },
      select: { id: true, messageId: true },
    }),
    db.roadmapItem.findMany({
      where: { workspaceId, title: { in: AIRTOUCH_ROADMAP.map((r) => r.title) } },
      select: { id: true, title: true },
    }),
  ]);
  const prior = new Map<string, PriorDisplay[]>();
  let seededUntil = Number.NEGATIVE_INFINITY;
  for (const d of storedDisplays) {
    const list = prior.get(d.endUserId) ?? [];
    list.push({
      surveyId: d.surveyId,
      shownAt: d.shownAt.getTime(),
      respondedAt: d.response?.createdAt.getTime() ?? null,
    });
    prior.set(d.endUserId, list);
    if (d.messageId?.startsWith("seed-voice-")) seededUntil = Math.max(seededUntil, d.shownAt.getTime());
  }

  const displays = simulateDisplays({
    users,
    occurrences,
    surveys: surveys.flatMap((s) => (s.sim ? [s.sim] : [])),
    workspaceRecontactDays: recontactDays,
    cutoffMs: cutoffDay * MS_PER_DAY,
    prior,
    // The day after the last stored one: the days before were covered by an earlier run.
    resumeAt: Number.isFinite(seededUntil)
      ? (Math.floor(seededUntil / MS_PER_DAY) + 1) * MS_PER_DAY
      : Number.NEGATIVE_INFINITY,
  });
  scoreResponses(displays, { window, accountMood: accountMoods(users, startDay), shipped });
  const button = buttonFeedback({ window, visitsByDay, shipped });

  const displayDone = new Set(storedDisplays.flatMap((d) => (d.messageId ? [d.messageId] : [])));
  const feedbackIds = new Map(storedButton.map((f) => [f.messageId!, f.id]));
  const roadmapIds = new Map<RoadmapKey, string>();
  for (const item of AIRTOUCH_ROADMAP) {
    const found = storedRoadmap.find((r) => r.title === item.title);
    if (found) roadmapIds.set(item.key, found.id);
  }
  const newItems = AIRTOUCH_ROADMAP.filter((item) => !roadmapIds.has(item.key));
  for (const item of newItems) roadmapIds.set(item.key, randomUUID());

  // Rows to store: new displays with their answers, and the answers' comments as feedback.
  const newDisplays = displays.filter((d) => !displayDone.has(d.messageId));
  const displayIds = new Map(newDisplays.map((d) => [d.messageId, randomUUID()]));
  const responseIds = new Map<string, string>();
  const drafts: FeedbackDraft[] = [];
  for (const d of newDisplays) {
    if (!d.response) continue;
    const responseId = randomUUID();
    responseIds.set(d.messageId, responseId);
    const comment = d.response.comment;
    if (!comment) continue;
    const t = triage({
      rngKey: d.response.messageId,
      at: d.response.at,
      window,
      category: null,
      tone: d.response.tone,
      text: comment,
      roadmapCreatedAt: roadmapCreated,
    });
    drafts.push({
      messageId: null,
      source: "survey",
      user: d.user,
      at: d.response.at,
      text: comment,
      category: null,
      pageUrl: null,
      surveyResponseId: responseId,
      triage: t,
    });
  }
  // Button feedback, in time order: an item about a topic already reported may be its duplicate.
  const firstByTopic = new Map<RoadmapKey, { messageId: string; at: number }>();
  for (const f of button) {
    const topic = f.text.topic;
    const original = topic ? (firstByTopic.get(topic) ?? null) : null;
    const t = triage({
      rngKey: f.messageId,
      at: f.at,
      window,
      category: f.category,
      tone: null,
      text: f.text,
      roadmapCreatedAt: roadmapCreated,
      original,
    });
    if (topic && !original) firstByTopic.set(topic, { messageId: f.messageId, at: f.at });
    if (feedbackIds.has(f.messageId)) continue;
    feedbackIds.set(f.messageId, randomUUID());
    drafts.push({
      messageId: f.messageId,
      source: "widget",
      user: f.user,
      at: f.at,
      text: f.text,
      category: f.category,
      pageUrl: f.pageUrl,
      surveyResponseId: null,
      triage: t,
    });
  }
  const votes = roadmapVotes({
    items: newItems,
    linked: drafts.flatMap((f) =>
      f.triage.roadmapKey ? [{ roadmapKey: f.triage.roadmapKey, user: f.user, at: f.at }] : [],
    ),
    visits,
    window,
  });

  const members = await db.user.findMany({
    where: { email: { in: DEMO_USERS.map((u) => u.email) } },
    select: { id: true, email: true },
  });
  const emails: Record<Exclude<Assignee, null>, string> = { pm: DEMO_USERS[1].email, demo: DEMO_USERS[0].email };
  const memberId = (a: Assignee) => (a === null ? null : (members.find((m) => m.email === emails[a])?.id ?? null));

  onProgress?.("writing");
  await db.$transaction(
    async (tx) => {
      await writeRoadmap(tx, workspaceId, newItems, roadmapIds, votes, startDay);
      for (const batch of chunks(newDisplays)) {
        await tx.surveyDisplay.createMany({
          data: batch.map((d) => ({
            id: displayIds.get(d.messageId)!,
            workspaceId,
            surveyId: d.survey.id,
            endUserId: d.user.id,
            accountId: d.user.accountId,
            messageId: d.messageId,
            shownAt: new Date(d.shownAt),
            dismissedAt: d.dismissedAt === null ? null : new Date(d.dismissedAt),
          })),
        });
      }
      for (const batch of chunks(newDisplays.filter((d) => d.response))) {
        await tx.surveyResponse.createMany({
          data: batch.map((d) => ({
            id: responseIds.get(d.messageId)!,
            workspaceId,
            surveyId: d.survey.id,
            displayId: displayIds.get(d.messageId)!,
            endUserId: d.user.id,
            accountId: d.user.accountId,
            personaId: d.user.personaId,
            score: d.response!.score,
            comment: d.response!.comment?.text ?? null,
            locale: d.user.locale,
            messageId: d.response!.messageId,
            createdAt: new Date(d.response!.at),
          })),
        });
      }
      await writeFeedback(tx, workspaceId, drafts, { feedbackIds, roadmapIds, memberId });
    },
    { maxWait: 30_000, timeout: 120_000 },
  );

  onProgress?.("summary");
  return {
    stored: {
      surveys: surveys.filter((s) => s.created).length,
      displays: newDisplays.length,
      responses: responseIds.size,
      feedback: drafts.length,
      roadmapItems: newItems.length,
      votes: votes.length,
    },
    ...(await summarize(db, workspaceId, surveys, cutoffDay)),
  };
}

/** The lines run.ts prints after seeding. */
export function describeVoice(voice: SeedVoiceResult, seconds: string): string[] {
  const lines: string[] = [];
  const n = (x: number) => x.toLocaleString("en-US");
  const signed = (x: number) => `${x > 0 ? "+" : ""}${x.toFixed(1)}`;
  const s = voice.stored;
  lines.push(
    `  voice      ${seconds} s, new this run: ${n(s.surveys)} surveys, ${n(s.displays)} displays, ${n(s.responses)} responses, ` +
      `${n(s.feedback)} feedback, ${n(s.roadmapItems)} roadmap items, ${n(s.votes)} votes`,
  );
  for (const survey of voice.surveys) {
    const rate = survey.displays === 0 ? 0 : (100 * survey.responses) / survey.displays;
    const score =
      survey.score === null
        ? ""
        : survey.kind === "nps"
          ? `, last 12 weeks: user NPS ${signed(survey.score)}, account NPS ${survey.accountScore === null ? "–" : signed(survey.accountScore)} (${n(survey.n)} users)`
          : survey.kind === "csat"
            ? `, last 12 weeks: CSAT ${survey.score.toFixed(1)}% (${n(survey.n)})`
            : `, last 12 weeks: CES ${survey.score.toFixed(2)} (${n(survey.n)})`;
    lines.push(
      `  survey     ${survey.name} (${survey.status}): ${n(survey.displays)} displays, ${n(survey.responses)} responses (${rate.toFixed(0)}%), ` +
        `${n(survey.dismissed)} dismissed, ${n(survey.comments)} comments${score}`,
    );
  }
  const f = voice.feedback;
  lines.push(
    `  feedback   ${n(f.total)} (${Object.entries(f.bySource)
      .map(([k, v]) => `${n(v)} ${k}`)
      .join(", ")}): ` +
      Object.entries(f.byStatus)
        .map(([k, v]) => `${n(v)} ${k}`)
        .join(", "),
  );
  lines.push(`  roadmap    ${n(voice.roadmap.items)} items, ${n(voice.roadmap.votes)} votes`);
  return lines;
}

async function writeRoadmap(
  tx: Tx,
  workspaceId: string,
  items: typeof AIRTOUCH_ROADMAP,
  ids: ReadonlyMap<RoadmapKey, string>,
  votes: ReturnType<typeof roadmapVotes>,
  startDay: number,
): Promise<void> {
  if (items.length === 0) return;
  const { created, shipped } = roadmapTimes(items, startDay);
  await tx.roadmapItem.createMany({
    data: items.map((item) => ({
      id: ids.get(item.key)!,
      workspaceId,
      title: item.title,
      description: item.description,
      status: item.status,
      isPublic: true,
      shippedAt: shipped[item.key] === undefined ? null : new Date(shipped[item.key]!),
      changelog: item.changelog ?? null,
      voteCount: votes.filter((v) => v.roadmapKey === item.key).length,
      createdAt: new Date(created.get(item.key)!),
      updatedAt: new Date(shipped[item.key] ?? created.get(item.key)!),
    })),
  });
  for (const batch of chunks(votes)) {
    await tx.vote.createMany({
      data: batch.map((v) => ({
        workspaceId,
        roadmapItemId: ids.get(v.roadmapKey)!,
        voterKey: `u:${v.user.id}`,
        endUserId: v.user.id,
        createdAt: new Date(v.at),
      })),
    });
  }
}

/** Feedback rows (originals before their duplicates, for the self-reference) and their tags. */
async function writeFeedback(
  tx: Tx,
  workspaceId: string,
  drafts: readonly FeedbackDraft[],
  refs: {
    feedbackIds: ReadonlyMap<string, string>;
    roadmapIds: ReadonlyMap<RoadmapKey, string>;
    memberId: (a: Assignee) => string | null;
  },
): Promise<void> {
  const ids = new Map<FeedbackDraft, string>();
  const row = (f: FeedbackDraft) => {
    const id = f.messageId ? refs.feedbackIds.get(f.messageId)! : randomUUID();
    ids.set(f, id);
    const { tags, assignee, roadmapKey, duplicateOf, updatedAt } = f.triage;
    // The original may have been deleted in the app since an earlier run.
    const duplicateOfId = duplicateOf ? (refs.feedbackIds.get(duplicateOf) ?? null) : null;
    const status = f.triage.status === "duplicate" && duplicateOfId === null ? "triaged" : f.triage.status;
    const u = f.user;
    return {
      id,
      workspaceId,
      source: f.source,
      text: f.text.text,
      category: f.category,
      status,
      assigneeId: refs.memberId(assignee),
      duplicateOfId,
      roadmapItemId: roadmapKey ? (refs.roadmapIds.get(roadmapKey) ?? null) : null,
      endUserId: u.id,
      accountId: u.accountId,
      personaId: u.personaId,
      pageUrl: f.pageUrl,
      surveyResponseId: f.surveyResponseId,
      searchText: feedbackSearchText({
        text: f.text.text,
        category: f.category,
        tags,
        author: [u.externalId, u.name, u.email],
        accountName: u.accountName,
      }),
      locale: u.locale,
      messageId: f.messageId,
      createdAt: new Date(f.at),
      updatedAt: new Date(updatedAt),
    };
  };
  const originals = drafts.filter((f) => f.triage.status !== "duplicate");
  const duplicates = drafts.filter((f) => f.triage.status === "duplicate");
  for (const list of [originals, duplicates]) {
    for (const batch of chunks(list)) await tx.feedback.createMany({ data: batch.map(row) });
  }
  const tags = drafts.flatMap((f) => f.triage.tags.map((name) => ({ workspaceId, feedbackId: ids.get(f)!, name })));
  for (const batch of chunks(tags)) await tx.feedbackTag.createMany({ data: batch });
}

async function summarize(
  db: Db,
  workspaceId: string,
  surveys: readonly StoredSurvey[],
  cutoffDay: number,
): Promise<Omit<SeedVoiceResult, "stored">> {
  const since = new Date((cutoffDay - 84) * MS_PER_DAY);
  const summaries: SurveySummary[] = [];
  for (const s of surveys) {
    const [row, displays, dismissed, responses] = await Promise.all([
      db.survey.findUniqueOrThrow({ where: { id: s.id }, select: { name: true, status: true } }),
      db.surveyDisplay.count({ where: { workspaceId, surveyId: s.id } }),
      db.surveyDisplay.count({ where: { workspaceId, surveyId: s.id, dismissedAt: { not: null } } }),
      db.surveyResponse.findMany({
        where: { workspaceId, surveyId: s.id },
        select: { endUserId: true, accountId: true, score: true, comment: true, createdAt: true },
      }),
    ]);
    const recent = responses.filter((r) => r.createdAt >= since && r.score !== null);
    const scores = recent.map((r) => r.score!);
    const nps =
      s.def.kind === "nps"
        ? recent.map((r) => ({ userId: r.endUserId, accountId: r.accountId, score: r.score!, at: r.createdAt }))
        : [];
    const user = s.def.kind === "nps" ? userNps(nps) : null;
    summaries.push({
      name: row.name,
      kind: s.def.kind,
      status: row.status,
      displays,
      dismissed,
      responses: responses.length,
      comments: responses.filter((r) => r.comment).length,
      score:
        s.def.kind === "nps"
          ? user!.nps
          : s.def.kind === "csat"
            ? csat(scores)
            : s.def.kind === "ces"
              ? ces(scores)
              : null,
      accountScore: s.def.kind === "nps" ? accountNps(nps).nps : null,
      n: user ? user.n : scores.length,
    });
  }
  const [byStatus, bySource, items, votes] = await Promise.all([
    db.feedback.groupBy({ by: ["status"], where: { workspaceId }, _count: { _all: true } }),
    db.feedback.groupBy({ by: ["source"], where: { workspaceId }, _count: { _all: true } }),
    db.roadmapItem.count({ where: { workspaceId } }),
    db.vote.count({ where: { workspaceId } }),
  ]);
  const statuses: Record<FeedbackStatus, number> = { new: 0, triaged: 0, linked: 0, duplicate: 0, dismissed: 0 };
  for (const g of byStatus) statuses[g.status] = g._count._all;
  return {
    surveys: summaries,
    feedback: {
      total: byStatus.reduce((sum, g) => sum + g._count._all, 0),
      byStatus: statuses,
      bySource: Object.fromEntries(
        bySource.map((g) => [g.source, g._count._all] as const).sort(([a], [b]) => (a < b ? -1 : 1)),
      ),
    },
    roadmap: { items, votes },
  };
}
