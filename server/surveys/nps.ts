// Net Promoter Score (DESIGN.md "Metrics"): pure functions over survey responses.
import { AppError } from "../errors";
import { assertScore } from "./scale";

export type NpsCategory = "promoter" | "passive" | "detractor";

/** One answer to "How likely are you to recommend us?" (0–10). */
export type NpsResponse = { userId: string; accountId: string | null; score: number; at: Date };

export type NpsSummary = {
  /** % promoters − % detractors over the counted responses, −100…100; null when there are none. */
  nps: number | null;
  promoters: number;
  passives: number;
  detractors: number;
  /** Responses counted (one per user). */
  n: number;
};

export type AccountNps = { accountId: string; nps: number; n: number };

export type AccountNpsSummary = {
  /** Unweighted mean of the per-account NPS, −100…100; null when no response has an account. */
  nps: number | null;
  /** Accounts counted. */
  accounts: number;
  /** One row per account with at least one response, sorted by accountId. */
  perAccount: AccountNps[];
};

/** promoter (9–10), passive (7–8) or detractor (0–6); throws BAD_REQUEST unless score is an integer 0–10. */
export function npsCategory(score: number): NpsCategory {
  assertScore("nps", score);
  if (score >= 9) return "promoter";
  if (score >= 7) return "passive";
  return "detractor";
}

/**
 * Each user's latest response (greatest `at`). Tie rule: among responses of one user with the
 * same `at`, the one later in input order wins. Scores are validated (0–10) on every response,
 * not only the kept ones, so a bad row never hides behind a newer one.
 */
export function latestPerUser<R extends Pick<NpsResponse, "userId" | "score" | "at">>(responses: readonly R[]): R[] {
  const latest = new Map<string, R>();
  for (const r of responses) {
    assertScore("nps", r.score);
    const time = r.at.getTime();
    if (Number.isNaN(time)) throw new AppError("BAD_REQUEST", `Response of user ${r.userId} has an invalid date.`);
    const kept = latest.get(r.userId);
    if (kept === undefined || time >= kept.at.getTime()) latest.set(r.userId, r);
  }
  return [...latest.values()];
}

/**
 * User NPS: each user's latest response counts once (latestPerUser, ties → later in input
 * order); promoters 9–10, passives 7–8, detractors 0–6;
 * NPS = 100 × (promoters − detractors) / n, from −100 (all detractors) to 100 (all promoters);
 * null when there are no responses. `accountId` is ignored.
 */
export function userNps(responses: readonly Pick<NpsResponse, "userId" | "score" | "at">[]): NpsSummary {
  let promoters = 0;
  let passives = 0;
  let detractors = 0;
  for (const r of latestPerUser(responses)) {
    const category = npsCategory(r.score);
    if (category === "promoter") promoters += 1;
    else if (category === "passive") passives += 1;
    else detractors += 1;
  }
  const n = promoters + passives + detractors;
  return { nps: n > 0 ? (100 * (promoters - detractors)) / n : null, promoters, passives, detractors, n };
}

/**
 * Account NPS: first the NPS of each account over its users' latest responses (userNps on that
 * account's responses), then the unweighted mean of those per-account scores, so an account of
 * 200 users weighs as much as an account of 2 and big accounts don't drown small ones.
 * Responses without an account (accountId null) are excluded (they still count in userNps).
 * A user who answered under two accounts counts in each, with their latest response there.
 * nps is null when no response has an account.
 */
export function accountNps(responses: readonly NpsResponse[]): AccountNpsSummary {
  const byAccount = new Map<string, NpsResponse[]>();
  for (const r of responses) {
    assertScore("nps", r.score);
    if (r.accountId === null) continue;
    const list = byAccount.get(r.accountId);
    if (list) list.push(r);
    else byAccount.set(r.accountId, [r]);
  }
  const perAccount: AccountNps[] = [...byAccount.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([accountId, list]) => {
      const summary = userNps(list);
      return { accountId, nps: summary.nps!, n: summary.n };
    });
  const nps = perAccount.length > 0 ? perAccount.reduce((sum, a) => sum + a.nps, 0) / perAccount.length : null;
  return { nps, accounts: perAccount.length, perAccount };
}
