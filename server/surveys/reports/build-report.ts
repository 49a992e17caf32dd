// The survey report from loaded rows: pure, so the numbers are unit-tested on hand-made rows.
// Every formula lives in server/surveys/metrics.ts / nps.ts; this file only groups rows and
// calls them. Definitions shown in the UI: definitions.ts.
import { scoreTone } from "../../contract/score-tone";
import { dayNumber } from "../../calendar/day-number";
import {
  accountNps,
  ces,
  csat,
  latestPerUser,
  responseRate,
  scoreDistribution,
  userNps,
  weeklySeries,
  type DayResponse,
} from "../metrics";
import { readPath } from "../../audience/condition";
import type { SurveyKind } from "../schemas";
import { planOf, traitText } from "./filters";
import { isoOfDay } from "../../calendar/day-number";
import { rollingWeekIndex, rollingWeeks } from "../../calendar/periods";
import type { TBreakdownGroup, TReportPeriod, TSurveyReport, Tone } from "./schemas";

/** The fields of a response row the report reads (rows.ts ResponseRow has them all). */
export type ReportRow = {
  id: string;
  score: number | null;
  comment: string | null;
  createdAt: Date;
  endUserId: string;
  accountId: string | null;
  personaId: string | null;
  personaName: string | null;
  userTraits: Record<string, unknown>;
  accountTraits: Record<string, unknown> | null;
};

/** Trait-value groups shown before the rest is folded into "Other". */
export const MAX_TRAIT_GROUPS = 12;
const MAX_KEYS = 100;

type Scored = ReportRow & { score: number };
const scoredOf = (rows: readonly ReportRow[]): Scored[] => rows.filter((r): r is Scored => r.score !== null);
const asNps = (r: Scored) => ({ userId: r.endUserId, accountId: r.accountId, score: r.score, at: r.createdAt });

/** A response's tone (NPS detractor / passive / promoter = negative / neutral / positive); null
 * for open questions and answers without a score. */
export function toneOf(kind: SurveyKind, score: number | null): Tone | null {
  return kind === "open" || score === null ? null : scoreTone(kind, score);
}

function tonesOf(kind: SurveyKind, scores: readonly number[]) {
  const tones = { negative: 0, neutral: 0, positive: 0 };
  if (kind === "open") return tones;
  for (const s of scores) tones[scoreTone(kind, s)] += 1;
  return tones;
}

/** One breakdown group: NPS over its users' latest answers, CSAT / CES over all its answers. */
export function groupSummary(
  kind: SurveyKind,
  rows: readonly ReportRow[],
): Pick<TBreakdownGroup, "n" | "tones" | "value"> {
  if (kind === "open") return { n: rows.length, tones: tonesOf(kind, []), value: null };
  const scored = scoredOf(rows);
  if (kind === "nps") {
    const s = userNps(scored.map(asNps));
    return { n: s.n, tones: { negative: s.detractors, neutral: s.passives, positive: s.promoters }, value: s.nps };
  }
  const scores = scored.map((r) => r.score);
  return { n: scores.length, tones: tonesOf(kind, scores), value: kind === "csat" ? csat(scores) : ces(scores) };
}

function breakdown(
  kind: SurveyKind,
  rows: readonly ReportRow[],
  keyOf: (r: ReportRow) => { key: string | null; label: string },
  cap?: number,
): TBreakdownGroup[] {
  const groups = new Map<string, { key: string | null; label: string; rows: ReportRow[] }>();
  for (const r of rows) {
    const { key, label } = keyOf(r);
    const id = key ?? `\u0000${label}`;
    const g = groups.get(id);
    if (g) g.rows.push(r);
    else groups.set(id, { key, label, rows: [r] });
  }
  // Biggest first; among equals, real values before "none", then by label.
  let list = [...groups.values()].sort(
    (a, b) =>
      b.rows.length - a.rows.length ||
      Number(a.key === null) - Number(b.key === null) ||
      a.label.localeCompare(b.label),
  );
  if (cap !== undefined && list.length > cap) {
    const rest = list.slice(cap - 1).flatMap((g) => g.rows);
    list = [...list.slice(0, cap - 1), { key: "(other)", label: "Other values", rows: rest }];
  }
  return list.map((g) => ({ key: g.key, label: g.label, ...groupSummary(kind, g.rows) }));
}

function weekly(kind: SurveyKind, rows: readonly ReportRow[], period: TReportPeriod): TSurveyReport["weekly"] {
  const dayOf = (r: ReportRow) => dayNumber(r.createdAt, period.timeZone);
  if (kind === "open") {
    const weeks = rollingWeeks(period.fromDay, period.toDay);
    const counts = new Array<number>(weeks.length).fill(0);
    for (const r of rows) {
      const d = dayOf(r);
      if (d >= period.fromDay && d <= period.toDay) counts[rollingWeekIndex(d, period.fromDay)]! += 1;
    }
    return weeks.map((w, week) => ({
      week,
      from: isoOfDay(w.fromDay),
      to: isoOfDay(w.toDay),
      value: null,
      n: counts[week]!,
    }));
  }
  const days: DayResponse[] = scoredOf(rows).map((r) => ({
    userId: r.endUserId,
    score: r.score,
    at: r.createdAt,
    day: dayOf(r),
  }));
  return weeklySeries(days, { kind, fromDay: period.fromDay, toDay: period.toDay }).map((p) => ({
    week: p.week,
    from: isoOfDay(p.fromDay),
    to: isoOfDay(p.toDay),
    value: p.value,
    n: p.n,
  }));
}

function distinctSorted(values: Iterable<string>): string[] {
  return [...new Set(values)].sort((a, b) => a.localeCompare(b)).slice(0, MAX_KEYS);
}

/**
 * The report over `rows` (responses of the period that pass every filter) and `displays` (the
 * displays of the period that pass them). `pickerRows` are the period's rows before the plan and
 * trait filters: the plan and trait pickers list what they hold, so a filter can be changed.
 *
 * NPS: user NPS (each user's latest answer) and account NPS (mean of per-account NPS) from nps.ts;
 * the distribution and the promoter / passive / detractor counts are over the answers user NPS
 * counts. CSAT and CES: every answer. Weekly: weeklySeries (NPS per week over each user's latest
 * answer of that week). Open questions: counts only.
 */
export function buildSurveyReport(args: {
  survey: TSurveyReport["survey"];
  period: TReportPeriod;
  rows: readonly ReportRow[];
  pickerRows: readonly ReportRow[];
  displays: number;
  breakdownKey: string | null;
}): TSurveyReport {
  const { survey, period, rows } = args;
  const kind = survey.kind;
  const scored = scoredOf(rows);

  let nps: TSurveyReport["nps"] = null;
  let csatOut: TSurveyReport["csat"] = null;
  let cesOut: TSurveyReport["ces"] = null;
  let distribution: TSurveyReport["distribution"] = [];
  let counted: number[] = [];
  if (kind === "nps") {
    const user = userNps(scored.map(asNps));
    const account = accountNps(scored.map(asNps));
    nps = { user, account: { nps: account.nps, accounts: account.accounts } };
    counted = latestPerUser(scored.map(asNps)).map((r) => r.score);
  } else if (kind === "csat" || kind === "ces") {
    counted = scored.map((r) => r.score);
    if (kind === "csat")
      csatOut = { value: csat(counted), satisfied: counted.filter((s) => s >= 4).length, n: counted.length };
    else cesOut = { value: ces(counted), n: counted.length };
  }
  if (kind !== "open") distribution = scoreDistribution(kind, counted);

  const personaKey = (r: ReportRow) =>
    r.personaId === null
      ? { key: null, label: "No persona" }
      : { key: r.personaId, label: r.personaName ?? "(deleted persona)" };
  const planKey = (r: ReportRow) => {
    const plan = planOf(r.accountTraits);
    return plan === null
      ? { key: null, label: r.accountTraits === null ? "No account" : "No plan" }
      : { key: plan, label: plan };
  };
  const traitKey = (key: string) => (r: ReportRow) => {
    const value = traitText(readPath(r.userTraits, key));
    return value === null ? { key: null, label: "(not set)" } : { key: value, label: value };
  };

  return {
    survey,
    period: {
      from: period.from,
      to: period.to,
      fromDay: period.fromDay,
      toDay: period.toDay,
      timeZone: period.timeZone,
    },
    displays: args.displays,
    responses: rows.length,
    responseRate: responseRate(rows.length, args.displays),
    respondents: new Set(rows.map((r) => r.endUserId)).size,
    nps,
    csat: csatOut,
    ces: cesOut,
    weekly: weekly(kind, rows, period),
    distribution,
    tones: tonesOf(kind, counted),
    breakdowns: {
      persona: breakdown(kind, rows, personaKey),
      plan: breakdown(kind, rows, planKey),
      trait: args.breakdownKey
        ? { key: args.breakdownKey, groups: breakdown(kind, rows, traitKey(args.breakdownKey), MAX_TRAIT_GROUPS) }
        : null,
    },
    traitKeys: distinctSorted(args.pickerRows.flatMap((r) => Object.keys(r.userTraits))),
    plans: distinctSorted(
      args.pickerRows.flatMap((r) => (planOf(r.accountTraits) === null ? [] : [planOf(r.accountTraits)!])),
    ),
  };
}
