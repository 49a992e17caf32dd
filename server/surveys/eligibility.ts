import type { z } from "zod";
import { matchesAll } from "../audience/condition";
import { ZSurveyTargetingInput, ZSurveyTriggerInput } from "./schemas";
import { isSampled } from "../audience/sampling";
import { DAY_MS } from "../calendar/day-number";

// Whether one survey may be shown to one end user now: pure, no database. The caller loads the
// survey, the user, their account's traits and the user's survey history, and passes `now`.

/**
 * Stored `Survey.targeting` (the editor's schema, server/surveys/schemas.ts). `personaIds`: when
 * not empty, the user's persona must be one of them (a user without a persona matches none).
 * `conditions`: every one must hold on the user's traits. `accountConditions`: every one must hold
 * on the user's account's traits; a user without an account fails any account condition. All
 * empty: everyone.
 */
export const ZSurveyTargeting = ZSurveyTargetingInput;
export type SurveyTargeting = z.infer<typeof ZSurveyTargeting>;

/** Stored `Survey.trigger`; also the shape of what just happened in the widget (the context). */
export const ZSurveyTrigger = ZSurveyTriggerInput;
export type SurveyTrigger = z.infer<typeof ZSurveyTrigger>;

export type SurveyStatus = "draft" | "active" | "paused" | "ended";

/** The survey fields the rules read (a Survey row with its JSON already parsed). */
export type SurveyRule = {
  id: string;
  status: SurveyStatus;
  targeting: SurveyTargeting;
  trigger: SurveyTrigger;
  minDaysSinceFirstSeen: number;
  samplingPercent: number;
  /** 0 = once; N > 0 = again N days after the user's last response. */
  recurrenceDays: number;
  recontactDays: number;
  startsAt: Date | null;
  endsAt: Date | null;
};

export type SurveyUser = {
  id: string;
  personaId: string | null;
  traits: Record<string, unknown>;
  firstSeenAt: Date;
};

/** The user's survey history, read from SurveyDisplay / SurveyResponse. Dismissed displays are
 * displays: they count as contact. */
export type SurveyHistory = {
  /** Latest SurveyDisplay.shownAt of this survey for this user (dismissed or not). */
  lastDisplayAt: Date | null;
  /** Latest SurveyResponse.createdAt of this survey for this user. */
  lastResponseAt: Date | null;
  /** Latest SurveyDisplay.shownAt of any survey of the workspace for this user (this one included). */
  lastAnyDisplayAt: Date | null;
};

export type EligibilityContext = {
  user: SurveyUser;
  /** The user's account's traits; null when the user has no account. */
  accountTraits: Record<string, unknown> | null;
  history: SurveyHistory;
  /** Workspace.recontactDays: the wait between any two surveys shown to one user. */
  workspaceRecontactDays: number;
  /** What is happening now in the widget. */
  trigger: SurveyTrigger;
  now: Date;
};

export const INELIGIBLE_REASONS = [
  "not_active",
  "not_started",
  "ended",
  "wrong_trigger",
  "not_targeted",
  "too_new",
  "not_sampled",
  "already_answered",
  "recurrence_wait",
  "survey_recontact_wait",
  "global_recontact_wait",
] as const;
export type IneligibleReason = (typeof INELIGIBLE_REASONS)[number];

export type Eligibility = { eligible: true } | { eligible: false; reason: IneligibleReason };

/**
 * A contact at `at` blocks the half-open window [at, at + days × 24 h): still blocked one
 * millisecond before the end, allowed again at exactly `at + days × 24 h`. Days are fixed 24-hour
 * spans (not calendar days), so the result does not depend on a time zone or DST. 0 days (or
 * less) blocks nothing.
 */
export function withinWindow(at: Date | null, days: number, now: Date): boolean {
  if (at === null || days <= 0) return false;
  return now.getTime() < at.getTime() + days * DAY_MS;
}

/** The survey's trigger fires for this context: page_load on a page load; an event trigger on
 * that exact event name (case-sensitive, as features match events). */
export function triggerMatches(trigger: SurveyTrigger, context: SurveyTrigger): boolean {
  if (trigger.type === "page_load") return context.type === "page_load";
  return context.type === "event" && context.event === trigger.event;
}

/** Targeting as defined on ZSurveyTargeting (condition comparisons as in server/audience/condition.ts). */
export function isSurveyTargeted(
  targeting: SurveyTargeting,
  user: Pick<SurveyUser, "personaId" | "traits">,
  accountTraits: Record<string, unknown> | null,
): boolean {
  if (targeting.personaIds.length > 0) {
    if (user.personaId === null || !targeting.personaIds.includes(user.personaId)) return false;
  }
  if (!matchesAll(user.traits, targeting.conditions)) return false;
  if (targeting.accountConditions.length === 0) return true;
  return accountTraits !== null && matchesAll(accountTraits, targeting.accountConditions);
}

/**
 * Whether `survey` may be shown to `ctx.user` at `ctx.now`. The rules run in this order and the
 * first that fails is the reason:
 *
 * 1. not_active — status is not "active".
 * 2. not_started — startsAt is set and now < startsAt (startsAt itself is live).
 * 3. ended — endsAt is set and now >= endsAt (endsAt itself is over).
 * 4. wrong_trigger — the survey's trigger does not fire for ctx.trigger (see triggerMatches).
 * 5. not_targeted — persona / user traits / account traits (see ZSurveyTargeting).
 * 6. too_new — now − firstSeenAt < minDaysSinceFirstSeen × 24 h (exactly that age is old enough).
 * 7. not_sampled — samplingBucket(surveyId, userId) in [0, 100) is not < samplingPercent
 *    (server/audience/sampling.ts): stable per (survey, user).
 * 8. already_answered — recurrenceDays = 0 (once) and the user has responded to this survey:
 *    never again. A display without a response (dismissed or ignored) does not count as answered;
 *    the survey may come back, subject to rule 10.
 * 9. recurrence_wait — recurrenceDays = N > 0 and the last response is within N days
 *    (withinWindow: allowed again at exactly lastResponseAt + N × 24 h).
 * 10. survey_recontact_wait — this survey was displayed to the user (answered, dismissed or
 *    ignored) within survey.recontactDays of now.
 * 11. global_recontact_wait — any survey was displayed to the user within the workspace's
 *    recontactDays of now. The latest of history.lastAnyDisplayAt and history.lastDisplayAt is
 *    used, so this survey's own display counts even if the caller left it out.
 *
 * All windows are half-open, [contact, contact + days × 24 h) — see withinWindow.
 */
export function surveyEligibility(survey: SurveyRule, ctx: EligibilityContext): Eligibility {
  const no = (reason: IneligibleReason): Eligibility => ({ eligible: false, reason });
  const now = ctx.now.getTime();
  const { user, history } = ctx;

  if (survey.status !== "active") return no("not_active");
  if (survey.startsAt !== null && now < survey.startsAt.getTime()) return no("not_started");
  if (survey.endsAt !== null && now >= survey.endsAt.getTime()) return no("ended");
  if (!triggerMatches(survey.trigger, ctx.trigger)) return no("wrong_trigger");
  if (!isSurveyTargeted(survey.targeting, user, ctx.accountTraits)) return no("not_targeted");
  if (now - user.firstSeenAt.getTime() < survey.minDaysSinceFirstSeen * DAY_MS) return no("too_new");
  if (!isSampled(survey.id, user.id, survey.samplingPercent)) return no("not_sampled");
  if (survey.recurrenceDays <= 0 && history.lastResponseAt !== null) return no("already_answered");
  if (withinWindow(history.lastResponseAt, survey.recurrenceDays, ctx.now)) return no("recurrence_wait");
  if (withinWindow(history.lastDisplayAt, survey.recontactDays, ctx.now)) return no("survey_recontact_wait");
  if (withinWindow(latest(history.lastAnyDisplayAt, history.lastDisplayAt), ctx.workspaceRecontactDays, ctx.now)) {
    return no("global_recontact_wait");
  }
  return { eligible: true };
}

function latest(a: Date | null, b: Date | null): Date | null {
  if (a === null) return b;
  if (b === null) return a;
  return a.getTime() >= b.getTime() ? a : b;
}

/** One candidate's context: the shared parts plus that survey's own history. */
export type PickContext = Omit<EligibilityContext, "history"> & {
  /** This survey's history for the user; a survey missing here has never been shown or answered. */
  historyBySurvey: Readonly<Record<string, Pick<SurveyHistory, "lastDisplayAt" | "lastResponseAt">>>;
  lastAnyDisplayAt: Date | null;
};

export type PickResult<S extends SurveyRule> = {
  survey: S | null;
  /** Why each candidate not picked was ineligible (eligible ones that lost the order are absent). */
  rejected: Record<string, IneligibleReason>;
};

/** Order among eligible surveys: oldest start first, a survey without startsAt counting as the
 * oldest (it has been live since it was activated); ties by id ascending. Eligible candidates all
 * share the context's trigger type (rule 4), so trigger type needs no place in the order. */
export function compareCandidates(a: SurveyRule, b: SurveyRule): number {
  const sa = a.startsAt?.getTime() ?? Number.NEGATIVE_INFINITY;
  const sb = b.startsAt?.getTime() ?? Number.NEGATIVE_INFINITY;
  if (sa !== sb) return sa < sb ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * At most one survey to show now: the first eligible candidate in compareCandidates order. One per
 * request by design — once it is displayed, the global recontact window holds the others back.
 */
export function pickSurvey<S extends SurveyRule>(candidates: readonly S[], ctx: PickContext): PickResult<S> {
  const rejected: Record<string, IneligibleReason> = {};
  let best: S | null = null;
  for (const survey of candidates) {
    const own = ctx.historyBySurvey[survey.id];
    const verdict = surveyEligibility(survey, {
      ...ctx,
      history: {
        lastDisplayAt: own?.lastDisplayAt ?? null,
        lastResponseAt: own?.lastResponseAt ?? null,
        lastAnyDisplayAt: ctx.lastAnyDisplayAt,
      },
    });
    if (!verdict.eligible) rejected[survey.id] = verdict.reason;
    else if (best === null || compareCandidates(survey, best) < 0) best = survey;
  }
  return { survey: best, rejected };
}

// ---------------------------------------------------------------- responses

export type ResponseRejection = "no_display" | "other_survey" | "other_user" | "display_already_answered";

export type ResponseCheck = { ok: true } | { ok: false; reason: ResponseRejection };

/**
 * Whether a response may be recorded against a display. A response needs a display (`display`
 * null: not found) of the same survey, shown to the same user, and a display is answered at most
 * once (`displayAnswered`: a SurveyResponse already exists for it — SurveyResponse.displayId is
 * unique, so this is the friendly check before the constraint). Checked in that order.
 */
export function checkResponse(
  display: { surveyId: string; endUserId: string } | null,
  response: { surveyId: string; endUserId: string },
  displayAnswered: boolean,
): ResponseCheck {
  if (display === null) return { ok: false, reason: "no_display" };
  if (display.surveyId !== response.surveyId) return { ok: false, reason: "other_survey" };
  if (display.endUserId !== response.endUserId) return { ok: false, reason: "other_user" };
  if (displayAnswered) return { ok: false, reason: "display_already_answered" };
  return { ok: true };
}
