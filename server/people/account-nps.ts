import type { Db } from "../db";
import { accountNps, userNps, type NpsResponse, type NpsSummary } from "../surveys/nps";

// Account NPS (DESIGN.md "Metrics") through the survey module's formulas: the NPS answers given
// under the accounts, oldest first and by id, so "the later in input order wins" of nps.ts breaks
// ties of createdAt as the SQL sort keys do (id descending).

async function npsResponses(db: Db, workspaceId: string, accountIds: readonly string[]): Promise<NpsResponse[]> {
  if (accountIds.length === 0) return [];
  const rows = await db.surveyResponse.findMany({
    where: { workspaceId, accountId: { in: [...accountIds] }, score: { not: null }, survey: { kind: "nps" } },
    select: { endUserId: true, accountId: true, score: true, createdAt: true },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  return rows.map((r) => ({ userId: r.endUserId, accountId: r.accountId, score: r.score!, at: r.createdAt }));
}

/** Each account's NPS and responses counted (accounts nobody answered under are absent). */
export async function npsByAccount(
  db: Db,
  workspaceId: string,
  accountIds: readonly string[],
): Promise<Map<string, { nps: number; n: number }>> {
  const out = new Map<string, { nps: number; n: number }>();
  // IN lists stay well below both databases' parameter limits.
  for (let i = 0; i < accountIds.length; i += 500) {
    const summary = accountNps(await npsResponses(db, workspaceId, accountIds.slice(i, i + 500)));
    for (const a of summary.perAccount) out.set(a.accountId, { nps: a.nps, n: a.n });
  }
  return out;
}

/** One account's NPS with its promoters, passives and detractors (its users' latest answers). */
export async function npsOfAccount(db: Db, workspaceId: string, accountId: string): Promise<NpsSummary> {
  return userNps(await npsResponses(db, workspaceId, [accountId]));
}
