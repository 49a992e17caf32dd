import type { Db } from "../db";
import { AppError } from "../errors";
import { parseJson } from "../sql/fragments";
import { BUILT_IN_STATUSES, type TCommentInput, type TItemDetail } from "./board-schemas";

const LISTED = 200;

function traitName(traits: unknown): string | null {
  const name = parseJson<Record<string, unknown>>(traits, {}).name;
  return typeof name === "string" && name !== "" ? name : null;
}

/** An item's page: its status and history, voters (persona, account), linked feedback with its
 * words, public comments and internal notes, and the merge into it that can be undone. */
export async function getRoadmapItem(args: { db: Db; workspaceId: string; id: string }): Promise<TItemDetail> {
  const { db, workspaceId, id } = args;
  const item = await db.roadmapItem.findFirst({
    where: { id, workspaceId },
    select: {
      id: true,
      title: true,
      description: true,
      status: true,
      isPublic: true,
      tags: true,
      eta: true,
      shippedAt: true,
      mergedIntoId: true,
      owner: { select: { id: true, name: true } },
      customStatus: { select: { id: true, name: true, color: true, category: true, isPublic: true } },
    },
  });
  if (!item) throw new AppError("NOT_FOUND", "Roadmap item not found.");
  const [mergedInto, history, votes, feedback, comments, merge] = await Promise.all([
    item.mergedIntoId
      ? db.roadmapItem.findFirst({ where: { id: item.mergedIntoId, workspaceId }, select: { id: true, title: true } })
      : null,
    db.roadmapStatusChange.findMany({
      where: { workspaceId, roadmapItemId: id },
      orderBy: { createdAt: "desc" },
      take: LISTED,
    }),
    db.vote.findMany({ where: { workspaceId, roadmapItemId: id }, orderBy: { createdAt: "desc" }, take: LISTED }),
    db.feedback.findMany({
      where: { workspaceId, roadmapItemId: id },
      orderBy: { createdAt: "desc" },
      take: LISTED,
      select: { id: true, text: true, endUserId: true, createdAt: true },
    }),
    db.roadmapComment.findMany({
      where: { workspaceId, roadmapItemId: id },
      orderBy: { createdAt: "asc" },
      take: LISTED,
    }),
    db.roadmapMerge.findFirst({
      where: { workspaceId, targetId: id, undoneAt: null },
      orderBy: { createdAt: "desc" },
      select: { id: true, sourceId: true, createdAt: true },
    }),
  ]);
  const endUserIds = [...votes, ...feedback].flatMap((r) => (r.endUserId ? [r.endUserId] : []));
  const userIds = [
    ...history.flatMap((h) => (h.byUserId ? [h.byUserId] : [])),
    ...comments.flatMap((c) => (c.authorUserId ? [c.authorUserId] : [])),
  ];
  const [people, members, source] = await Promise.all([
    db.endUser.findMany({
      where: { workspaceId, id: { in: endUserIds } },
      select: {
        id: true,
        externalId: true,
        traits: true,
        persona: { select: { name: true } },
        account: { select: { name: true, externalId: true } },
      },
    }),
    db.user.findMany({
      where: { id: { in: userIds }, memberships: { some: { workspaceId } } },
      select: { id: true, name: true },
    }),
    merge ? db.roadmapItem.findFirst({ where: { id: merge.sourceId, workspaceId }, select: { title: true } }) : null,
  ]);
  const person = new Map(people.map((p) => [p.id, p]));
  const member = new Map(members.map((m) => [m.id, m.name]));
  const label = (endUserId: string | null) => {
    const p = endUserId ? person.get(endUserId) : undefined;
    return p ? (traitName(p.traits) ?? p.externalId) : null;
  };
  return {
    id: item.id,
    title: item.title,
    description: item.description,
    category: item.status,
    status: item.customStatus ?? { id: null, category: item.status, ...BUILT_IN_STATUSES[item.status] },
    isPublic: item.isPublic,
    tags: parseJson<string[]>(item.tags, []),
    eta: item.eta,
    owner: item.owner,
    mergedInto,
    shippedAt: item.shippedAt,
    history: history.map((h) => ({
      from: h.fromName,
      to: h.toName ?? BUILT_IN_STATUSES[h.toStatus].name,
      by: h.byUserId ? (member.get(h.byUserId) ?? "A former member") : null,
      at: h.createdAt,
    })),
    voters: votes.map((v) => {
      const p = v.endUserId ? person.get(v.endUserId) : undefined;
      return {
        endUserId: v.endUserId,
        label: label(v.endUserId) ?? v.email ?? "(erased)",
        persona: p?.persona?.name ?? null,
        account: p?.account ? p.account.name || p.account.externalId : null,
        at: v.createdAt,
      };
    }),
    feedback: feedback.map((f) => ({ id: f.id, text: f.text, author: label(f.endUserId), at: f.createdAt })),
    comments: comments.map((c) => ({
      id: c.id,
      body: c.body,
      internal: c.internal,
      author: c.authorUserId
        ? (member.get(c.authorUserId) ?? "A former member")
        : (label(c.endUserId) ?? c.email ?? "A voter"),
      at: c.createdAt,
    })),
    lastMerge: merge && source ? { id: merge.id, sourceTitle: source.title, at: merge.createdAt } : null,
  };
}

/** A member's public comment or internal note on an item. */
export async function addRoadmapComment(args: { db: Db; workspaceId: string; userId: string; input: TCommentInput }) {
  const { db, workspaceId, input } = args;
  const item = await db.roadmapItem.findFirst({ where: { id: input.id, workspaceId }, select: { id: true } });
  if (!item) throw new AppError("NOT_FOUND", "Roadmap item not found.");
  return db.roadmapComment.create({
    data: {
      workspaceId,
      roadmapItemId: item.id,
      body: input.body,
      internal: input.internal,
      authorUserId: args.userId,
    },
    select: { id: true },
  });
}
