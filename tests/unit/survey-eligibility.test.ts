import { describe, expect, it } from "vitest";
import {
  checkResponse,
  pickSurvey,
  surveyEligibility,
  type EligibilityContext,
  type IneligibleReason,
  type PickContext,
  type SurveyHistory,
  type SurveyRule,
} from "../../server/surveys/eligibility";
import { DAY_MS } from "../../server/calendar/day-number";
import { isSampled, samplingBucket } from "../../server/audience/sampling";

const NOW = new Date("2025-06-15T12:00:00.000Z");
const ago = (days: number, ms = 0) => new Date(NOW.getTime() - days * DAY_MS + ms);

const survey = (over: Partial<SurveyRule> = {}): SurveyRule => ({
  id: "s-1",
  status: "active",
  targeting: { personaIds: [], conditions: [], accountConditions: [] },
  trigger: { type: "page_load" },
  minDaysSinceFirstSeen: 0,
  samplingPercent: 100,
  recurrenceDays: 0,
  recontactDays: 30,
  startsAt: null,
  endsAt: null,
  ...over,
});

const noHistory: SurveyHistory = { lastDisplayAt: null, lastResponseAt: null, lastAnyDisplayAt: null };

const ctx = (over: Partial<EligibilityContext> = {}, history: Partial<SurveyHistory> = {}): EligibilityContext => ({
  user: { id: "u-1", personaId: "p-eng", traits: { role: "Data Engineer" }, firstSeenAt: ago(365) },
  accountTraits: { plan: "pro" },
  workspaceRecontactDays: 14,
  trigger: { type: "page_load" },
  now: NOW,
  ...over,
  history: { ...noHistory, ...history },
});

const reason = (s: SurveyRule, c: EligibilityContext): IneligibleReason | "eligible" => {
  const v = surveyEligibility(s, c);
  return v.eligible ? "eligible" : v.reason;
};

describe("surveyEligibility: each reason", () => {
  it("the baseline is eligible", () => {
    expect(surveyEligibility(survey(), ctx())).toEqual({ eligible: true });
  });

  it.each([
    ["not_active", survey({ status: "paused" }), ctx()],
    ["not_started", survey({ startsAt: ago(-1) }), ctx()],
    ["ended", survey({ endsAt: ago(1) }), ctx()],
    ["wrong_trigger", survey({ trigger: { type: "event", event: "export_done" } }), ctx()],
    ["not_targeted", survey({ targeting: { personaIds: ["p-sales"], conditions: [], accountConditions: [] } }), ctx()],
    [
      "too_new",
      survey({ minDaysSinceFirstSeen: 7 }),
      ctx({ user: { id: "u-1", personaId: null, traits: {}, firstSeenAt: ago(1) } }),
    ],
    ["not_sampled", survey({ samplingPercent: 0 }), ctx()],
    ["already_answered", survey(), ctx({}, { lastResponseAt: ago(100), lastDisplayAt: ago(100) })],
    ["recurrence_wait", survey({ recurrenceDays: 90 }), ctx({}, { lastResponseAt: ago(60), lastDisplayAt: ago(60) })],
    ["survey_recontact_wait", survey(), ctx({}, { lastDisplayAt: ago(10) })],
    ["global_recontact_wait", survey(), ctx({}, { lastAnyDisplayAt: ago(3) })],
  ] as const)("%s", (expected, s, c) => {
    expect(surveyEligibility(s, c)).toEqual({ eligible: false, reason: expected });
  });

  it("draft and ended statuses are not active either", () => {
    expect(reason(survey({ status: "draft" }), ctx())).toBe("not_active");
    expect(reason(survey({ status: "ended" }), ctx())).toBe("not_active");
  });
});

describe("targeting: persona + user trait + account trait", () => {
  const proEngineers = survey({
    targeting: {
      personaIds: ["p-eng"],
      conditions: [{ key: "role", op: "contains", value: "engineer" }],
      accountConditions: [{ key: "plan", op: "in", value: ["pro", "enterprise"] }],
    },
  });

  it("all three hold: eligible", () => {
    expect(reason(proEngineers, ctx())).toBe("eligible");
  });

  it("each part failing alone is enough to exclude", () => {
    const base = ctx();
    expect(reason(proEngineers, ctx({ user: { ...base.user, personaId: "p-sales" } }))).toBe("not_targeted");
    expect(reason(proEngineers, ctx({ user: { ...base.user, personaId: null } }))).toBe("not_targeted");
    expect(reason(proEngineers, ctx({ user: { ...base.user, traits: { role: "Sales" } } }))).toBe("not_targeted");
    expect(reason(proEngineers, ctx({ accountTraits: { plan: "free" } }))).toBe("not_targeted");
  });

  it("no account fails an account condition, but not a survey without one", () => {
    expect(reason(proEngineers, ctx({ accountTraits: null }))).toBe("not_targeted");
    expect(reason(survey(), ctx({ accountTraits: null }))).toBe("eligible");
  });
});

describe("sampling", () => {
  it("is stable: the same (survey, user) always gets the same answer", () => {
    for (let i = 0; i < 200; i++) {
      const first = isSampled("s-1", `user-${i}`, 30);
      for (let k = 0; k < 3; k++) expect(isSampled("s-1", `user-${i}`, 30)).toBe(first);
      expect(reason(survey({ samplingPercent: 30 }), ctx({ user: { ...ctx().user, id: `user-${i}` } }))).toBe(
        first ? "eligible" : "not_sampled",
      );
    }
  });

  it("buckets are in [0, 100); 100% samples everyone, 0% nobody", () => {
    for (let i = 0; i < 1000; i++) {
      const b = samplingBucket("s-1", `user-${i}`);
      expect(b).toBeGreaterThanOrEqual(0);
      expect(b).toBeLessThan(100);
      expect(isSampled("s-1", `user-${i}`, 100)).toBe(true);
      expect(isSampled("s-1", `user-${i}`, 0)).toBe(false);
    }
  });

  it("samples 30% of 10,000 users within ±2 pp", () => {
    let hits = 0;
    for (let i = 0; i < 10_000; i++) if (isSampled("survey-nps-q3", `end-user-${i}`, 30)) hits++;
    expect(Math.abs(hits / 10_000 - 0.3)).toBeLessThanOrEqual(0.02);
  });

  it("raising the percentage keeps everyone already sampled", () => {
    for (let i = 0; i < 1000; i++) if (isSampled("s-1", `u${i}`, 30)) expect(isSampled("s-1", `u${i}`, 50)).toBe(true);
  });
});

describe("recurrence", () => {
  it("once (0): never again after a response, however long ago", () => {
    expect(
      reason(survey({ recurrenceDays: 0 }), ctx({}, { lastResponseAt: ago(3650), lastDisplayAt: ago(3650) })),
    ).toBe("already_answered");
  });

  it("once (0): a dismissed display without response comes back only after recontactDays", () => {
    const s = survey({ recurrenceDays: 0, recontactDays: 30 });
    expect(reason(s, ctx({}, { lastDisplayAt: ago(29) }))).toBe("survey_recontact_wait");
    expect(reason(s, ctx({}, { lastDisplayAt: ago(30) }))).toBe("eligible");
  });

  it("every N days: waits N days after the last response, boundary included as eligible", () => {
    const s = survey({ recurrenceDays: 90, recontactDays: 0 });
    expect(reason(s, ctx({ workspaceRecontactDays: 0 }, { lastResponseAt: ago(90, 1) }))).toBe("recurrence_wait");
    expect(reason(s, ctx({ workspaceRecontactDays: 0 }, { lastResponseAt: ago(90) }))).toBe("eligible");
    expect(reason(s, ctx({ workspaceRecontactDays: 0 }, { lastResponseAt: ago(200) }))).toBe("eligible");
  });
});

describe("recontact windows: [contact, contact + days) — exactly `days` later is allowed", () => {
  it("per survey (30 days)", () => {
    const s = survey({ recontactDays: 30 });
    const c = (at: Date) => ctx({ workspaceRecontactDays: 0 }, { lastDisplayAt: at });
    expect(reason(s, c(ago(30, 1)))).toBe("survey_recontact_wait"); // 1 ms short
    expect(reason(s, c(ago(30)))).toBe("eligible"); // exactly 30 days
    expect(reason(s, c(NOW))).toBe("survey_recontact_wait"); // shown right now
  });

  it("global (workspace 14 days), dismissals included as contact", () => {
    const s = survey({ recontactDays: 0 });
    const c = (at: Date) => ctx({ workspaceRecontactDays: 14 }, { lastAnyDisplayAt: at });
    expect(reason(s, c(ago(14, 1)))).toBe("global_recontact_wait");
    expect(reason(s, c(ago(14)))).toBe("eligible");
  });

  it("global also counts this survey's own display when lastAnyDisplayAt is left out", () => {
    const s = survey({ recontactDays: 1 });
    expect(reason(s, ctx({ workspaceRecontactDays: 14 }, { lastDisplayAt: ago(5), lastAnyDisplayAt: null }))).toBe(
      "global_recontact_wait",
    );
  });

  it("0 days disables a window", () => {
    expect(
      reason(
        survey({ recontactDays: 0 }),
        ctx({ workspaceRecontactDays: 0 }, { lastDisplayAt: NOW, lastAnyDisplayAt: NOW }),
      ),
    ).toBe("eligible");
  });
});

describe("start / end dates and account age", () => {
  it("startsAt is inclusive, endsAt exclusive", () => {
    expect(reason(survey({ startsAt: new Date(NOW.getTime() + 1) }), ctx())).toBe("not_started");
    expect(reason(survey({ startsAt: NOW }), ctx())).toBe("eligible");
    expect(reason(survey({ endsAt: new Date(NOW.getTime() + 1) }), ctx())).toBe("eligible");
    expect(reason(survey({ endsAt: NOW }), ctx())).toBe("ended");
  });

  it("minDaysSinceFirstSeen: exactly that old is old enough", () => {
    const s = survey({ minDaysSinceFirstSeen: 7 });
    const u = (firstSeenAt: Date) => ctx({ user: { ...ctx().user, firstSeenAt } });
    expect(reason(s, u(ago(7, 1)))).toBe("too_new");
    expect(reason(s, u(ago(7)))).toBe("eligible");
  });
});

describe("trigger matching", () => {
  const onExport = survey({ trigger: { type: "event", event: "export_done" } });

  it("an event survey fires on its event only (exact name)", () => {
    expect(reason(onExport, ctx({ trigger: { type: "event", event: "export_done" } }))).toBe("eligible");
    expect(reason(onExport, ctx({ trigger: { type: "event", event: "Export_Done" } }))).toBe("wrong_trigger");
    expect(reason(onExport, ctx({ trigger: { type: "event", event: "signup" } }))).toBe("wrong_trigger");
    expect(reason(onExport, ctx({ trigger: { type: "page_load" } }))).toBe("wrong_trigger");
  });

  it("a page-load survey fires on page loads, not on events", () => {
    expect(reason(survey(), ctx({ trigger: { type: "page_load" } }))).toBe("eligible");
    expect(reason(survey(), ctx({ trigger: { type: "event", event: "export_done" } }))).toBe("wrong_trigger");
  });
});

describe("pickSurvey", () => {
  const base = ctx();
  const pctx = (over: Partial<PickContext> = {}): PickContext => ({
    user: base.user,
    accountTraits: base.accountTraits,
    workspaceRecontactDays: 14,
    trigger: { type: "page_load" },
    now: NOW,
    historyBySurvey: {},
    lastAnyDisplayAt: null,
    ...over,
  });

  it("nothing eligible: null, with each candidate's reason", () => {
    const r = pickSurvey([survey({ id: "a", status: "draft" }), survey({ id: "b", samplingPercent: 0 })], pctx());
    expect(r.survey).toBeNull();
    expect(r.rejected).toEqual({ a: "not_active", b: "not_sampled" });
  });

  it("oldest start first; no startsAt counts as oldest; ties by id", () => {
    const a = survey({ id: "a", startsAt: ago(5) });
    const b = survey({ id: "b", startsAt: ago(10) });
    const c = survey({ id: "c", startsAt: null });
    const d = survey({ id: "d", startsAt: null });
    expect(pickSurvey([a, b], pctx()).survey?.id).toBe("b");
    expect(pickSurvey([a, b, d, c], pctx()).survey?.id).toBe("c");
    expect(
      pickSurvey([survey({ id: "z", startsAt: ago(3) }), survey({ id: "y", startsAt: ago(3) })], pctx()).survey?.id,
    ).toBe("y");
  });

  it("skips ineligible ones and uses each survey's own history", () => {
    const older = survey({ id: "old", startsAt: ago(50) });
    const newer = survey({ id: "new", startsAt: ago(5) });
    const r = pickSurvey(
      [older, newer],
      pctx({ historyBySurvey: { old: { lastDisplayAt: ago(60), lastResponseAt: ago(60) } } }),
    );
    expect(r.survey?.id).toBe("new");
    expect(r.rejected).toEqual({ old: "already_answered" });
  });

  it("on an event, only surveys for that event are candidates", () => {
    const page = survey({ id: "a-page" });
    const ev = survey({ id: "b-event", trigger: { type: "event", event: "export_done" } });
    expect(pickSurvey([page, ev], pctx({ trigger: { type: "event", event: "export_done" } })).survey?.id).toBe(
      "b-event",
    );
    expect(pickSurvey([page, ev], pctx()).survey?.id).toBe("a-page");
  });

  it("a recent display of any survey holds all of them back", () => {
    const r = pickSurvey([survey({ id: "a" }), survey({ id: "b" })], pctx({ lastAnyDisplayAt: ago(1) }));
    expect(r.survey).toBeNull();
    expect(r.rejected).toEqual({ a: "global_recontact_wait", b: "global_recontact_wait" });
  });
});

describe("checkResponse: one response per display", () => {
  const display = { surveyId: "s-1", endUserId: "u-1" };
  const answer = { surveyId: "s-1", endUserId: "u-1" };

  it("a first answer to the user's own display of that survey is accepted", () => {
    expect(checkResponse(display, answer, false)).toEqual({ ok: true });
  });

  it("rejects with a typed reason", () => {
    expect(checkResponse(null, answer, false)).toEqual({ ok: false, reason: "no_display" });
    expect(checkResponse({ ...display, surveyId: "s-2" }, answer, false)).toEqual({
      ok: false,
      reason: "other_survey",
    });
    expect(checkResponse({ ...display, endUserId: "u-2" }, answer, false)).toEqual({ ok: false, reason: "other_user" });
    expect(checkResponse(display, answer, true)).toEqual({ ok: false, reason: "display_already_answered" });
  });
});
