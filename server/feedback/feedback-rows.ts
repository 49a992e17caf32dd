import type { Db } from "../db";
import { npsCategory } from "../surveys/nps";
import { asTraits, planOf, scalarText } from "../audience/traits";
import type { FeedbackRow } from "./schemas";

// A page of feedback as the inbox shows it: each row with its author, account, persona, survey,
// NPS reading, duplicate and roadmap links. Feedback keeps only ids of the first four (no
// relations), so they are loaded in one query each for the whole page.

const FEEDBACK_SELECT = {
  id: true,
  text: true,
  category: true,
  source: true,
  status: true,
  endUserId: true,
  accountId: true,
  personaId: true,
  surveyResponseId: true,
  pageUrl: true,
  locale: true,
  createdAt: true,
  tags: { select: { name: true }, orderBy: { name: "asc" } },
  assignee: { select: { id: true, name: true, email: true } },
  duplicateOf: { select: { id: true, text: true, status: true } },
  roadmapItem: { select: { id: true, title: true, status: true, isPublic: true } },
  _count: { select: { duplicates: true } },
} as const;

/** The Segment spec's traits: `name`, or `firstName` + `lastName`; `email`. */
export function personFromTraits(json: unknown): { name: string | null; email: string | null } {
  const t = asTraits(json);
  const full = [scalarText(t.firstName), scalarText(t.lastName)].filter(Boolean).join(" ");
  return { name: scalarText(t.name) ?? (full || null), email: scalarText(t.email) };
}

/** The survey verbatim's own NPS score wins; otherwise the author's latest NPS answer. */
export function npsReading(
  own: { kind: string; score: number | null } | null,
  latest: number | null,
): FeedbackRow["nps"] {
  if (own && own.kind === "nps" && own.score !== null)
    return { score: own.score, category: npsCategory(own.score), fromThisResponse: true };
  if (latest !== null) return { score: latest, category: npsCategory(latest), fromThisResponse: false };
  return null;
}

const idsOf = (values: (string | null)[]) => [...new Set(values.filter((v): v is string => v !== null))];

/** The rows for `ids`, in the order of `ids`; ids that are not feedback of the workspace are left
 * out. Runs its reads in parallel, so not inside a transaction (one connection). */
export async function loadFeedbackRows(db: Db, workspaceId: string, ids: readonly string[]): Promise<FeedbackRow[]> {
  if (ids.length === 0) return [];
  const rows = await db.feedback.findMany({ where: { workspaceId, id: { in: [...ids] } }, select: FEEDBACK_SELECT });
  const userIds = idsOf(rows.map((r) => r.endUserId));
  const [users, accounts, personas, responses, latestNps] = await Promise.all([
    db.endUser.findMany({
      where: { workspaceId, id: { in: userIds } },
      select: { id: true, externalId: true, traits: true },
    }),
    db.account.findMany({
      where: { workspaceId, id: { in: idsOf(rows.map((r) => r.accountId)) } },
      select: { id: true, externalId: true, name: true, traits: true },
    }),
    db.persona.findMany({
      where: { workspaceId, id: { in: idsOf(rows.map((r) => r.personaId)) } },
      select: { id: true, name: true },
    }),
    db.surveyResponse.findMany({
      where: { workspaceId, id: { in: idsOf(rows.map((r) => r.surveyResponseId)) } },
      select: { id: true, score: true, survey: { select: { id: true, name: true, kind: true } } },
    }),
    // Newest first, so the first row seen per user is their latest answer.
    db.surveyResponse.findMany({
      where: { workspaceId, endUserId: { in: userIds }, score: { not: null }, survey: { kind: "nps" } },
      select: { endUserId: true, score: true },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    }),
  ]);
  const userById = new Map(users.map((u) => [u.id, u]));
  const accountById = new Map(accounts.map((a) => [a.id, a]));
  const personaById = new Map(personas.map((p) => [p.id, p]));
  const responseById = new Map(responses.map((r) => [r.id, r]));
  const latestByUser = new Map<string, number>();
  for (const r of latestNps)
    if (r.score !== null && !latestByUser.has(r.endUserId)) latestByUser.set(r.endUserId, r.score);

  const byId = new Map(
    rows.map((r): [string, FeedbackRow] => {
      const user = r.endUserId ? userById.get(r.endUserId) : undefined;
      const account = r.accountId ? accountById.get(r.accountId) : undefined;
      const persona = r.personaId ? personaById.get(r.personaId) : undefined;
      const response = r.surveyResponseId ? responseById.get(r.surveyResponseId) : undefined;
      return [
        r.id,
        {
          id: r.id,
          text: r.text,
          category: r.category,
          source: r.source,
          status: r.status,
          tags: r.tags.map((t) => t.name),
          assignee: r.assignee,
          author: user ? { id: user.id, externalId: user.externalId, ...personFromTraits(user.traits) } : null,
          account: account
            ? { id: account.id, externalId: account.externalId, name: account.name, plan: planOf(account.traits) }
            : null,
          persona: persona ?? null,
          pageUrl: r.pageUrl,
          locale: r.locale,
          survey: response
            ? { id: response.survey.id, name: response.survey.name, kind: response.survey.kind, score: response.score }
            : null,
          nps: npsReading(
            response ? { kind: response.survey.kind, score: response.score } : null,
            r.endUserId ? (latestByUser.get(r.endUserId) ?? null) : null,
          ),
          duplicateOf: r.duplicateOf,
          duplicatesCount: r._count.duplicates,
          roadmapItem: r.roadmapItem,
          createdAt: r.createdAt,
        },
      ];
    }),
  );
  return ids.map((id) => byId.get(id)).filter((r): r is FeedbackRow => r !== undefined);
}
