// The inbox's filters in the page's query string, so a filtered view can be bookmarked and shared.
// Pure: unknown or malformed values are dropped rather than failing the page.
import {
  FEEDBACK_SOURCES,
  FEEDBACK_STATUSES,
  NPS_CATEGORIES,
  type FeedbackSource,
  type FeedbackStatus,
  type NpsCategoryFilter,
  type TFeedbackFilters,
} from "@/server/feedback/schemas";

/** What the filter bar edits: plain strings, dates as YYYY-MM-DD (the browser's calendar days). */
export type FilterState = {
  status: FeedbackStatus[];
  source: FeedbackSource[];
  tag: string;
  persona: string;
  account: string;
  plan: string;
  nps: NpsCategoryFilter | "";
  /** "" anyone, "none" unassigned, otherwise a user id. */
  assignee: string;
  from: string;
  to: string;
  q: string;
};

export const EMPTY_FILTERS: FilterState = {
  status: [],
  source: [],
  tag: "",
  persona: "",
  account: "",
  plan: "",
  nps: "",
  assignee: "",
  from: "",
  to: "",
  q: "",
};

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function listOf<T extends string>(value: string | null, allowed: readonly T[]): T[] {
  if (!value) return [];
  const wanted = new Set(value.split(","));
  return allowed.filter((v) => wanted.has(v));
}

type ParamsLike = { get(name: string): string | null };

export function filtersFromParams(params: ParamsLike): FilterState {
  const text = (name: string, max = 200) => (params.get(name) ?? "").slice(0, max);
  const nps = params.get("nps");
  const day = (name: string) => {
    const v = params.get(name) ?? "";
    return DAY.test(v) ? v : "";
  };
  return {
    status: listOf(params.get("status"), FEEDBACK_STATUSES),
    source: listOf(params.get("source"), FEEDBACK_SOURCES),
    tag: text("tag", 40),
    persona: text("persona", 100),
    account: text("account", 100),
    plan: text("plan", 100),
    nps: (NPS_CATEGORIES as readonly string[]).includes(nps ?? "") ? (nps as NpsCategoryFilter) : "",
    assignee: text("assignee", 100),
    from: day("from"),
    to: day("to"),
    q: text("q"),
  };
}

/** Only the filters that are set, in a stable order. */
export function paramsFromFilters(f: FilterState): URLSearchParams {
  const p = new URLSearchParams();
  if (f.q.trim()) p.set("q", f.q);
  if (f.status.length) p.set("status", f.status.join(","));
  if (f.source.length) p.set("source", f.source.join(","));
  for (const key of ["tag", "persona", "account", "plan", "nps", "assignee", "from", "to"] as const)
    if (f[key]) p.set(key, f[key]);
  return p;
}

/** Midnight at the start of a calendar day, in the browser's time zone. */
function startOfDay(day: string, plusDays = 0): Date {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return new Date(y, m - 1, d + plusDays);
}

/** The list's input: `to` is inclusive in the bar, so the query ends at the next midnight. */
export function filtersToInput(f: FilterState): TFeedbackFilters {
  const out: TFeedbackFilters = {};
  if (f.status.length) out.status = f.status;
  if (f.source.length) out.source = f.source;
  if (f.tag.trim()) out.tag = f.tag.trim().toLowerCase();
  if (f.persona) out.personaId = f.persona;
  if (f.account) out.accountId = f.account;
  if (f.plan) out.plan = f.plan;
  if (f.nps) out.npsCategory = f.nps;
  if (f.assignee === "none") out.assigneeId = null;
  else if (f.assignee) out.assigneeId = f.assignee;
  if (DAY.test(f.from)) out.createdFrom = startOfDay(f.from);
  if (DAY.test(f.to)) out.createdTo = startOfDay(f.to, 1);
  if (f.q.trim()) out.q = f.q.trim();
  return out;
}

export function activeFilterCount(f: FilterState): number {
  const { q: _q, status: _s, ...rest } = f;
  return Object.entries(rest).filter(([, v]) => (Array.isArray(v) ? v.length > 0 : v !== "")).length;
}

/** The first line of a piece of feedback, as a roadmap item's title (at most 200 characters). */
export function titleFromText(text: string): string {
  const first =
    text
      .split(/\r?\n/)
      .map((l) => l.trim())
      .find((l) => l !== "") ?? "";
  return first.length <= 200 ? first : `${first.slice(0, 199).trimEnd()}…`;
}
