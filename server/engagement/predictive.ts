import { z } from "zod";
import type { Db } from "../db";
import { dayNumber, isoOfDay } from "../calendar/day-number";

// Does the score predict what matters? Two tables under the engagement report: how many users of
// each score band were still active in the 30 days after a snapshot, and how users of each band
// answered NPS. Bands of 20 points; the score is the one of the snapshot of the day that matters.

export const BANDS = [
  { label: "0–19", from: 0, to: 20 },
  { label: "20–39", from: 20, to: 40 },
  { label: "40–59", from: 40, to: 60 },
  { label: "60–79", from: 60, to: 80 },
  { label: "80–100", from: 80, to: 101 },
] as const;
const RETENTION_DAYS = 30;
const NPS_DAYS = 90;

export function bandOf(score: number): number {
  return BANDS.findIndex((b) => score >= b.from && score < b.to);
}

/** NPS of a set of answers (0–10): % promoters (9–10) − % detractors (0–6); null without answers. */
export function npsOf(scores: readonly number[]): number | null {
  if (scores.length === 0) return null;
  const promoters = scores.filter((s) => s >= 9).length;
  const detractors = scores.filter((s) => s <= 6).length;
  return Math.round((1000 * (promoters - detractors)) / scores.length) / 10;
}

export const ZEngagementPredictive = z.object({
  retention: z
    .object({
      /** The snapshot whose bands are followed: RETENTION_DAYS before the latest day with data. */
      date: z.string(),
      days: z.number().int(),
      bands: z.array(
        z.object({
          band: z.string(),
          users: z.number().int(),
          retained: z.number().int(),
          rate: z.number().nullable(),
        }),
      ),
    })
    .nullable(),
  nps: z.object({
    days: z.number().int(),
    bands: z.array(
      z.object({
        band: z.string(),
        respondents: z.number().int(),
        promoters: z.number().int(),
        passives: z.number().int(),
        detractors: z.number().int(),
        nps: z.number().nullable(),
      }),
    ),
  }),
});
export type TEngagementPredictive = z.infer<typeof ZEngagementPredictive>;

/**
 * Retention by band: the active users of the snapshot RETENTION_DAYS before yesterday, by band,
 * and the share of them with any activity (UserDay) in the RETENTION_DAYS after it. NPS by band:
 * the NPS answers of the last NPS_DAYS days, each by the respondent's score on the snapshot of
 * the day they answered (0 when they were not active in that day's window).
 */
export async function getEngagementPredictive(args: {
  db: Db;
  workspace: { id: string; timeZone: string };
  now?: Date;
}): Promise<TEngagementPredictive> {
  const { db } = args;
  const ws = args.workspace.id;
  const yesterday = dayNumber(args.now ?? new Date(), args.workspace.timeZone) - 1;
  const cohortDay = yesterday - RETENTION_DAYS;

  const [cohort, answers] = await Promise.all([
    db.engagementUserDay.findMany({
      where: { workspaceId: ws, day: cohortDay },
      select: { endUserId: true, score: true },
    }),
    db.surveyResponse.findMany({
      where: {
        workspaceId: ws,
        score: { not: null },
        survey: { kind: "nps" },
        createdAt: { gte: new Date((yesterday - NPS_DAYS + 1) * 86_400_000) },
      },
      select: { endUserId: true, score: true, createdAt: true },
    }),
  ]);

  let retention: TEngagementPredictive["retention"] = null;
  if (cohort.length > 0) {
    const after = await db.userDay.groupBy({
      by: ["endUserId"],
      where: {
        workspaceId: ws,
        day: { gt: cohortDay, lte: yesterday },
        endUserId: { in: cohort.map((c) => c.endUserId) },
      },
    });
    const back = new Set(after.map((a) => a.endUserId));
    const bands = BANDS.map((b) => ({ band: b.label, users: 0, retained: 0, rate: null as number | null }));
    for (const c of cohort) {
      const band = bands[bandOf(c.score)]!;
      band.users += 1;
      if (back.has(c.endUserId)) band.retained += 1;
    }
    for (const b of bands) b.rate = b.users === 0 ? null : Math.round((1000 * b.retained) / b.users) / 1000;
    retention = { date: isoOfDay(cohortDay), days: RETENTION_DAYS, bands };
  }

  const answerDay = (at: Date) => dayNumber(at, args.workspace.timeZone);
  // Only answers given on a day with a snapshot: today's (no snapshot yet) or a missed day's
  // would all land in the lowest band.
  const snapshotDays = new Set(
    (
      await db.engagementDay.findMany({
        where: { workspaceId: ws, day: { gte: yesterday - NPS_DAYS, lte: yesterday } },
        select: { day: true },
      })
    ).map((d) => d.day),
  );
  const scores = answers.length
    ? await db.engagementUserDay.findMany({
        where: {
          workspaceId: ws,
          endUserId: { in: [...new Set(answers.map((a) => a.endUserId))] },
          day: { gte: yesterday - NPS_DAYS, lte: yesterday + 1 },
        },
        select: { endUserId: true, day: true, score: true },
      })
    : [];
  const scoreAt = new Map(scores.map((s) => [`${s.endUserId}|${s.day}`, s.score]));
  const byBand = BANDS.map(() => [] as number[]);
  for (const a of answers) {
    const day = answerDay(a.createdAt);
    if (!snapshotDays.has(day)) continue;
    byBand[bandOf(scoreAt.get(`${a.endUserId}|${day}`) ?? 0)]!.push(a.score!);
  }
  return {
    retention,
    nps: {
      days: NPS_DAYS,
      bands: BANDS.map((b, i) => {
        const s = byBand[i]!;
        return {
          band: b.label,
          respondents: s.length,
          promoters: s.filter((x) => x >= 9).length,
          passives: s.filter((x) => x === 7 || x === 8).length,
          detractors: s.filter((x) => x <= 6).length,
          nps: npsOf(s),
        };
      }),
    },
  };
}
