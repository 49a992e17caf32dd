import type { Db } from "../db";
import { parseJson } from "../sql/fragments";
import { listStatuses } from "./statuses";
import { trendingScore } from "./trending";
import type { TBoard, TBoardInput, TBoardItem } from "./board-schemas";

const MAX_ITEMS = 2000;

function traitNumber(traits: unknown, key: string): number {
  const value = parseJson<Record<string, unknown>>(traits, {})[key];
  const n = typeof value === "number" ? value : typeof value === "string" ? Number(value) : NaN;
  return Number.isFinite(n) ? n : 0;
}

const ORDER: Record<TBoardInput["sort"], (a: TBoardItem, b: TBoardItem) => number> = {
  position: (a, b) => a.position - b.position,
  votes: (a, b) => b.votes - a.votes,
  trending: (a, b) => b.trending - a.trending,
  newest: (a, b) => b.createdAt.getTime() - a.createdAt.getTime(),
  feedback: (a, b) => b.feedback - a.feedback,
  demand: (a, b) => b.demand.traitSum - a.demand.traitSum || b.demand.accounts - a.demand.accounts,
};

/**
 * The board: its columns (statuses) and the items that are not merged away, each with votes,
 * linked feedback, comments, trending (trending.ts), and demand: the distinct end users among its
 * voters and linked feedback's authors, their distinct accounts, and the sum of an account trait
 * (MRR by default) over those accounts, which is what revenue-weighted prioritization weighs.
 */
export async function getBoard(args: { db: Db; workspaceId: string; input: TBoardInput; now?: Date }): Promise<TBoard> {
  const { db, workspaceId, input } = args;
  const now = args.now ?? new Date();
  const [statuses, items] = await Promise.all([
    listStatuses({ db, workspaceId }),
    db.roadmapItem.findMany({
      where: { workspaceId, mergedIntoId: null },
      orderBy: [{ position: "asc" }, { createdAt: "asc" }],
      take: MAX_ITEMS,
      select: {
        id: true,
        title: true,
        status: true,
        customStatusId: true,
        isPublic: true,
        tags: true,
        eta: true,
        position: true,
        createdAt: true,
        owner: { select: { id: true, name: true } },
        votes: { select: { endUserId: true, createdAt: true } },
        feedback: { select: { endUserId: true, accountId: true } },
        comments: { where: { internal: false }, select: { createdAt: true } },
      },
    }),
  ]);
  const userIds = new Set<string>();
  for (const item of items) {
    for (const v of item.votes) if (v.endUserId) userIds.add(v.endUserId);
    for (const f of item.feedback) if (f.endUserId) userIds.add(f.endUserId);
  }
  const users = await db.endUser.findMany({
    where: { workspaceId, id: { in: [...userIds] } },
    select: { id: true, accountId: true },
  });
  const accountOf = new Map(users.map((u) => [u.id, u.accountId]));
  const accountIds = new Set(users.flatMap((u) => (u.accountId ? [u.accountId] : [])));
  for (const item of items) for (const f of item.feedback) if (f.accountId) accountIds.add(f.accountId);
  const accounts = await db.account.findMany({
    where: { workspaceId, id: { in: [...accountIds] } },
    select: { id: true, traits: true },
  });
  const traitOf = new Map(accounts.map((a) => [a.id, traitNumber(a.traits, input.demandTrait)]));

  const rows: TBoardItem[] = items
    .filter((item) => !input.tag || parseJson<string[]>(item.tags, []).includes(input.tag))
    .map((item) => {
      const people = new Set<string>();
      const companies = new Set<string>();
      for (const v of item.votes)
        if (v.endUserId) {
          people.add(v.endUserId);
          const a = accountOf.get(v.endUserId);
          if (a) companies.add(a);
        }
      for (const f of item.feedback) {
        if (f.endUserId) people.add(f.endUserId);
        const a = f.accountId ?? (f.endUserId ? accountOf.get(f.endUserId) : null);
        if (a) companies.add(a);
      }
      let traitSum = 0;
      for (const a of companies) traitSum += traitOf.get(a) ?? 0;
      return {
        id: item.id,
        title: item.title,
        category: item.status,
        customStatusId: item.customStatusId,
        isPublic: item.isPublic,
        tags: parseJson<string[]>(item.tags, []),
        eta: item.eta,
        owner: item.owner,
        position: item.position,
        votes: item.votes.length,
        feedback: item.feedback.length,
        comments: item.comments.length,
        trending: trendingScore(
          item.votes.map((v) => v.createdAt),
          item.comments.map((c) => c.createdAt),
          now,
        ),
        demand: { users: people.size, accounts: companies.size, traitSum },
        createdAt: item.createdAt,
      };
    });
  return { statuses, items: rows.sort(ORDER[input.sort]) };
}
