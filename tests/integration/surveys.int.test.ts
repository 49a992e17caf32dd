// survey.* against the real database (SQLite, then PostgreSQL): CRUD and its refusals (each with
// a message, each writing nothing), the kind fixed after the first display, another tenant's
// personas, the list's counts, the workspace recontact window and the preview's verdicts.
import { beforeAll, describe, expect, it } from "vitest";
import { createWorkspace, insertPersona, type TestWorkspace } from "../factories";
import { defaultTexts } from "../../server/surveys/texts";
import { resolvePeriod } from "../../server/calendar/report-period";
import { callerFor, testDb } from "./support/db";
import { expectTrpcError } from "./support/trpc";
import { insertDisplay, insertEndUser, insertResponse, insertSurvey } from "./support/survey-rows";

const DAY = 86_400_000;

describe("survey CRUD", () => {
  const db = () => testDb();
  let ws: TestWorkspace;
  let other: TestWorkspace;
  let workspaceId: string;
  let engineers: { id: string; name: string };
  let analysts: { id: string; name: string };
  let foreignPersona: string;
  const pm = () => callerFor(ws.user("pm"));

  beforeAll(async () => {
    ws = await createWorkspace(db(), { roles: ["admin", "pm", "viewer"] });
    workspaceId = ws.workspace.id;
    engineers = await insertPersona(db(), workspaceId, {
      name: "Data engineer",
      priority: 1,
      rules: [{ key: "role", op: "equals", value: "engineer" }],
    });
    analysts = await insertPersona(db(), workspaceId, {
      name: "Analyst",
      priority: 2,
      rules: [{ key: "role", op: "equals", value: "analyst" }],
    });
    other = await createWorkspace(db());
    foreignPersona = (await insertPersona(db(), other.workspace.id)).id;
  });

  const count = () => db().survey.count({ where: { workspaceId } });

  it("creates a draft with the kind's default texts in every locale and the documented defaults", async () => {
    const s = await pm().survey.create({ workspaceId, name: "  Quarterly NPS  ", kind: "nps" });
    expect(s).toMatchObject({
      name: "Quarterly NPS",
      kind: "nps",
      status: "draft",
      trigger: { type: "page_load" },
      targeting: { personaIds: [], conditions: [], accountConditions: [] },
      minDaysSinceFirstSeen: 0,
      samplingPercent: 100,
      recurrenceDays: 0,
      recontactDays: 30,
      startsAt: null,
      endsAt: null,
      displays: 0,
    });
    expect(s.texts).toEqual(defaultTexts("nps"));
    const got = await callerFor(ws.user("viewer")).survey.get({ workspaceId, id: s.id });
    expect(got).toEqual(s);
  });

  it("stores every rule: personas, user and account conditions, an event trigger, windows and dates", async () => {
    const s = await pm().survey.create({
      workspaceId,
      name: "CSAT after export",
      kind: "csat",
      targeting: {
        personaIds: [engineers.id, analysts.id],
        conditions: [{ key: "role", op: "in", value: ["engineer", "analyst"] }],
        accountConditions: [{ key: "plan", op: "equals", value: "pro" }],
      },
      trigger: { type: "event", event: "Report Exported" },
      minDaysSinceFirstSeen: 365,
      samplingPercent: 1,
      recurrenceDays: 365,
      recontactDays: 0,
      startsAt: new Date("2026-03-01T00:00:00Z"),
      endsAt: new Date("2026-03-01T00:00:01Z"),
      texts: { en: { question: "Happy with exports?" }, fr: { question: "Satisfait des exports ?" }, de: {} },
    });
    expect(s.targeting.personaIds).toEqual([engineers.id, analysts.id]);
    expect(s.targeting.accountConditions).toEqual([{ key: "plan", op: "equals", value: "pro" }]);
    expect(s.trigger).toEqual({ type: "event", event: "Report Exported" });
    expect(s.texts.en.question).toBe("Happy with exports?");
    expect(s.texts.en.thankYou).toBe(""); // empty: the runtime falls back to the default wording
    expect(s.texts.fr.question).toBe("Satisfait des exports ?");
  });

  // Each refusal: BAD_REQUEST, a message naming what is wrong, and no survey written.
  const base = { name: "Valid", kind: "nps" as const };
  const refusals: [string, Record<string, unknown>, string][] = [
    ["an empty name", { name: "   " }, "Name the survey"],
    ["an unknown kind", { kind: "stars" }, "kind"],
    ["sampling 0%", { samplingPercent: 0 }, "Sampling: use at least 1%"],
    ["sampling 101%", { samplingPercent: 101 }, "Sampling: use at most 100%"],
    ["sampling 50.5%", { samplingPercent: 50.5 }, "Sampling: use a whole percentage"],
    ["min days −1", { minDaysSinceFirstSeen: -1 }, "Minimum days since first seen: use 0 or more"],
    ["min days 366", { minDaysSinceFirstSeen: 366 }, "Minimum days since first seen: use at most 365 days"],
    ["recurrence 400 days", { recurrenceDays: 400 }, "Recurrence: use at most 365 days"],
    ["recontact −1 days", { recontactDays: -1 }, "Recontact: use 0 or more"],
    [
      "an end before the start",
      { startsAt: new Date("2026-05-02T00:00:00Z"), endsAt: new Date("2026-05-01T00:00:00Z") },
      "The end must be after the start",
    ],
    [
      "an end equal to the start",
      { startsAt: new Date("2026-05-02T00:00:00Z"), endsAt: new Date("2026-05-02T00:00:00Z") },
      "The end must be after the start",
    ],
    [
      "an event trigger without a name",
      { trigger: { type: "event", event: " " } },
      "Name the event that shows the survey",
    ],
    ["a persona picked twice", { targeting: { personaIds: ["p1", "p1"] } }, "A persona is picked twice"],
    [
      "a condition without a value",
      { targeting: { conditions: [{ key: "role", op: "equals" }] } },
      "'equals' needs one value",
    ],
    ["an oversized question", { texts: { en: { question: "x".repeat(301) } } }, "300"],
  ];

  it.each(refusals)("refuses %s with a message and writes nothing", async (_label, patch, message) => {
    const before = await count();
    const error = await expectTrpcError(pm().survey.create({ workspaceId, ...base, ...patch } as never), "BAD_REQUEST");
    expect(error.message).toContain(message);
    expect(await count()).toBe(before);
  });

  it("refuses another tenant's persona, and an unknown one, naming the field; nothing is written", async () => {
    const before = await count();
    for (const ids of [[engineers.id, foreignPersona], ["no-such-persona"]]) {
      const error = await expectTrpcError(
        pm().survey.create({ workspaceId, ...base, targeting: { personaIds: ids } }),
        "BAD_REQUEST",
      );
      expect(error.message).toBe("Targeting names a persona that does not exist in this workspace.");
    }
    expect(await count()).toBe(before);
    const s = await insertSurvey(db(), workspaceId, { status: "draft" });
    const error = await expectTrpcError(
      pm().survey.update({
        workspaceId,
        id: s.id,
        data: { ...base, name: "Changed", targeting: { personaIds: [foreignPersona] } },
      }),
      "BAD_REQUEST",
    );
    expect(error.message).toContain("does not exist in this workspace");
    expect((await db().survey.findUniqueOrThrow({ where: { id: s.id } })).name).toBe(s.name);
  });

  it("replaces the fields on update, keeping the texts when none are sent and the status as it was", async () => {
    const s = await pm().survey.create({
      workspaceId,
      name: "To edit",
      kind: "ces",
      texts: { en: { question: "Was it easy?" }, fr: {}, de: {} },
    });
    await pm().survey.setStatus({ workspaceId, id: s.id, status: "active" });
    const updated = await pm().survey.update({
      workspaceId,
      id: s.id,
      data: {
        name: "Edited",
        kind: "ces",
        samplingPercent: 30,
        recontactDays: 14,
        targeting: { personaIds: [analysts.id] },
      },
    });
    expect(updated).toMatchObject({
      name: "Edited",
      kind: "ces",
      status: "active",
      samplingPercent: 30,
      recontactDays: 14,
    });
    expect(updated.texts.en.question).toBe("Was it easy?");
    expect(updated.targeting.personaIds).toEqual([analysts.id]);
  });

  it("changes the kind of a survey never shown (texts reset to the new kind's), and refuses it after a display", async () => {
    const s = await pm().survey.create({ workspaceId, name: "Kind test", kind: "nps" });
    const csat = await pm().survey.update({ workspaceId, id: s.id, data: { name: "Kind test", kind: "csat" } });
    expect(csat.kind).toBe("csat");
    expect(csat.texts).toEqual(defaultTexts("csat"));

    const user = await insertEndUser(db(), workspaceId);
    await insertDisplay(db(), workspaceId, s.id, user, new Date());
    const error = await expectTrpcError(
      pm().survey.update({ workspaceId, id: s.id, data: { name: "Now CES", kind: "ces" } }),
      "BAD_REQUEST",
    );
    expect(error.message).toBe(
      "The kind cannot change from CSAT to CES: the survey has been shown 1 time and its answers are on the CSAT scale. Create a new survey instead.",
    );
    const row = await db().survey.findUniqueOrThrow({ where: { id: s.id } });
    expect(row).toMatchObject({ kind: "csat", name: "Kind test" });
    // The same kind still edits.
    expect(
      (await pm().survey.update({ workspaceId, id: s.id, data: { name: "Renamed", kind: "csat" } })).displays,
    ).toBe(1);
  });

  it("sets the status through draft / active / paused / ended, and refuses to activate a survey past its end", async () => {
    const s = await pm().survey.create({ workspaceId, name: "Lifecycle", kind: "open" });
    for (const status of ["active", "paused", "active", "ended", "draft"] as const) {
      expect(await pm().survey.setStatus({ workspaceId, id: s.id, status })).toEqual({ id: s.id, status });
      expect((await db().survey.findUniqueOrThrow({ where: { id: s.id } })).status).toBe(status);
    }
    const past = await pm().survey.create({
      workspaceId,
      name: "Over",
      kind: "nps",
      startsAt: new Date(Date.now() - 10 * DAY),
      endsAt: new Date(Date.now() - DAY),
    });
    const error = await expectTrpcError(
      pm().survey.setStatus({ workspaceId, id: past.id, status: "active" }),
      "BAD_REQUEST",
    );
    expect(error.message).toMatch(
      /^This survey ended on .* UTC: move its end date later \(or clear it\) before activating it\.$/,
    );
    expect((await db().survey.findUniqueOrThrow({ where: { id: past.id } })).status).toBe("draft");
    await pm().survey.setStatus({ workspaceId, id: past.id, status: "ended" });
  });

  it("deletes a survey with its displays and responses, keeps the inbox items made from it, and refuses other ids", async () => {
    const s = await insertSurvey(db(), workspaceId);
    const user = await insertEndUser(db(), workspaceId);
    const response = await insertResponse(db(), workspaceId, s.id, user, new Date(), { score: 9, comment: "Great" });
    const feedback = await db().feedback.create({
      data: { workspaceId, source: "survey", text: "Great", surveyResponseId: response.id },
      select: { id: true },
    });
    expect(await pm().survey.delete({ workspaceId, id: s.id })).toEqual({ id: s.id });
    expect(await db().survey.count({ where: { id: s.id } })).toBe(0);
    expect(await db().surveyDisplay.count({ where: { surveyId: s.id } })).toBe(0);
    expect(await db().surveyResponse.count({ where: { surveyId: s.id } })).toBe(0);
    expect(
      await db().feedback.findUniqueOrThrow({
        where: { id: feedback.id },
        select: { text: true, surveyResponseId: true },
      }),
    ).toEqual({ text: "Great", surveyResponseId: null });
    await expectTrpcError(pm().survey.delete({ workspaceId, id: s.id }), "NOT_FOUND");
    const foreign = await insertSurvey(db(), other.workspace.id);
    await expectTrpcError(pm().survey.delete({ workspaceId, id: foreign.id }), "NOT_FOUND");
    await expectTrpcError(pm().survey.get({ workspaceId, id: foreign.id }), "NOT_FOUND");
    expect(await db().survey.count({ where: { id: foreign.id } })).toBe(1);
  });

  it("viewers read but cannot write", async () => {
    const viewer = callerFor(ws.user("viewer"));
    const before = await count();
    await expectTrpcError(viewer.survey.create({ workspaceId, ...base }), "FORBIDDEN");
    await expectTrpcError(viewer.survey.updateRecontact({ workspaceId, recontactDays: 1 }), "FORBIDDEN");
    expect(await count()).toBe(before);
    expect((await viewer.survey.list({ workspaceId })).items.length).toBe(before);
  });
});

describe("survey list counts", () => {
  it("counts the headline's 30 days as calendar days in the workspace's zone, as the report does", async () => {
    const db = testDb();
    const ws = await createWorkspace(db, { roles: ["viewer"] });
    const workspaceId = ws.workspace.id;
    await db.workspace.update({ where: { id: workspaceId }, data: { timeZone: "Pacific/Auckland" } });
    const nps = await insertSurvey(db, workspaceId, { kind: "nps", name: "NPS" });
    // The report's "last 30 days": 30 calendar days in Auckland, today included.
    const { fromAt } = resolvePeriod({}, "Pacific/Auckland", new Date(), { defaultDays: 30, maxDays: 30 });
    const [inside, before] = [await insertEndUser(db, workspaceId), await insertEndUser(db, workspaceId)];
    await insertResponse(db, workspaceId, nps.id, inside, new Date(fromAt.getTime() + 60_000), { score: 10 });
    // A minute before the first day: inside a rolling 30 × 24 h window (unless now is the first
    // minute of a day), outside the report's period.
    await insertResponse(db, workspaceId, nps.id, before, new Date(fromAt.getTime() - 60_000), { score: 0 });
    const { items } = await callerFor(ws.user("viewer")).survey.list({ workspaceId });
    expect(items[0]!.last30Days).toMatchObject({ value: 100, n: 1 });
  });

  it("counts displays and responses (all time), the response rate, and the headline metric of the last 30 days", async () => {
    const db = testDb();
    const ws = await createWorkspace(db, { roles: ["viewer"] });
    const workspaceId = ws.workspace.id;
    const nps = await insertSurvey(db, workspaceId, { kind: "nps", name: "NPS" });
    const csat = await insertSurvey(db, workspaceId, { kind: "csat", name: "CSAT" });
    const open = await insertSurvey(db, workspaceId, { kind: "open", name: "Open" });
    const persona = await insertPersona(db, workspaceId, { name: "Ops" });
    await db.survey.update({
      where: { id: open.id },
      data: { targeting: { personaIds: [persona.id, "deleted-one"] } },
    });
    const now = Date.now();
    const ago = (days: number) => new Date(now - days * DAY);
    const [u1, u2, u3, u4] = [
      await insertEndUser(db, workspaceId),
      await insertEndUser(db, workspaceId),
      await insertEndUser(db, workspaceId),
      await insertEndUser(db, workspaceId),
    ];
    // NPS. u1: 0 forty days ago (outside the 30 days), then 10 five days ago → counts as 10.
    // u2: 9, then 3 (latest) → detractor. u3: 7 → passive. Last 30 days per user: 10, 3, 7 →
    // 1 promoter, 1 passive, 1 detractor → NPS 100 × (1 − 1) / 3 = 0, n = 3 users.
    await insertResponse(db, workspaceId, nps.id, u1, ago(40), { score: 0 });
    await insertResponse(db, workspaceId, nps.id, u1, ago(5), { score: 10 });
    await insertResponse(db, workspaceId, nps.id, u2, ago(4), { score: 9 });
    await insertResponse(db, workspaceId, nps.id, u2, ago(3), { score: 3 });
    await insertResponse(db, workspaceId, nps.id, u3, ago(2), { score: 7 });
    await insertDisplay(db, workspaceId, nps.id, u4, ago(1), { dismissed: true });
    await insertDisplay(db, workspaceId, nps.id, u4, ago(50));
    await insertDisplay(db, workspaceId, nps.id, u3, ago(1));
    // 5 responses, 5 + 3 = 8 displays → rate 5 / 8 = 0.625.
    // CSAT: 5, 4, 2 → 2 of 3 satisfied → 66.67 %; one 1 of 31 days ago is out.
    await insertResponse(db, workspaceId, csat.id, u1, ago(1), { score: 5 });
    await insertResponse(db, workspaceId, csat.id, u2, ago(1), { score: 4 });
    await insertResponse(db, workspaceId, csat.id, u3, ago(1), { score: 2 });
    await insertResponse(db, workspaceId, csat.id, u4, ago(31), { score: 1 });

    const { items } = await callerFor(ws.user("viewer")).survey.list({ workspaceId });
    const by = new Map(items.map((i) => [i.name, i]));
    expect(by.get("NPS")).toMatchObject({
      displays: 8,
      responses: 5,
      responseRate: 0.625,
      last30Days: { value: 0, n: 3 },
    });
    expect(by.get("CSAT")!.displays).toBe(4);
    expect(by.get("CSAT")!.last30Days.n).toBe(3);
    expect(by.get("CSAT")!.last30Days.value).toBeCloseTo(200 / 3, 10);
    expect(by.get("Open")).toMatchObject({
      displays: 0,
      responses: 0,
      responseRate: null,
      last30Days: { value: null, n: 0 },
    });
    expect(by.get("Open")!.targeting).toMatchObject({
      personas: [{ id: persona.id, name: "Ops" }],
      missingPersonas: 1,
    });
    // Newest first, and pages through a cursor.
    expect(items.map((i) => i.name)).toEqual(["Open", "CSAT", "NPS"]);
    const first = await callerFor(ws.user("viewer")).survey.list({ workspaceId, limit: 2 });
    expect(first.items.map((i) => i.name)).toEqual(["Open", "CSAT"]);
    const second = await callerFor(ws.user("viewer")).survey.list({ workspaceId, limit: 2, cursor: first.nextCursor! });
    expect(second).toMatchObject({ items: [{ name: "NPS" }], nextCursor: null });
  });
});

describe("workspace recontact window", () => {
  it("reads for any member, changes for PMs within 0–365 days", async () => {
    const db = testDb();
    const ws = await createWorkspace(db, { roles: ["pm", "viewer"] });
    const workspaceId = ws.workspace.id;
    expect(await callerFor(ws.user("viewer")).survey.recontact({ workspaceId })).toEqual({ recontactDays: 14 });
    expect(await callerFor(ws.user("pm")).survey.updateRecontact({ workspaceId, recontactDays: 0 })).toEqual({
      recontactDays: 0,
    });
    expect(await callerFor(ws.user("pm")).survey.updateRecontact({ workspaceId, recontactDays: 365 })).toEqual({
      recontactDays: 365,
    });
    for (const bad of [-1, 366, 2.5]) {
      const error = await expectTrpcError(
        callerFor(ws.user("pm")).survey.updateRecontact({ workspaceId, recontactDays: bad }),
        "BAD_REQUEST",
      );
      expect(error.message).toContain("Recontact window");
    }
    expect((await db.workspace.findUniqueOrThrow({ where: { id: workspaceId } })).recontactDays).toBe(365);
  });
});

describe("survey preview", () => {
  it("localizes the texts and states each rule for a user of the persona, with the plan", async () => {
    const db = testDb();
    const ws = await createWorkspace(db, { roles: ["pm", "viewer"] });
    const workspaceId = ws.workspace.id;
    const engineers = await insertPersona(db, workspaceId, {
      name: "Data engineer",
      priority: 1,
      rules: [{ key: "role", op: "equals", value: "engineer" }],
    });
    const sales = await insertPersona(db, workspaceId, {
      name: "Sales",
      priority: 2,
      rules: [{ key: "role", op: "equals", value: "sales" }],
    });
    const pm = callerFor(ws.user("pm"));
    const s = await pm.survey.create({
      workspaceId,
      name: "Preview me",
      kind: "nps",
      texts: {
        en: { question: "Recommend us?", followUpNegative: "What went wrong?" },
        fr: { question: "Nous recommanderiez-vous ?" },
        de: {},
      },
      targeting: {
        personaIds: [engineers.id],
        conditions: [
          { key: "role", op: "equals", value: "engineer" },
          { key: "team", op: "exists" },
        ],
        accountConditions: [{ key: "plan", op: "in", value: ["pro", "enterprise"] }],
      },
      trigger: { type: "event", event: "Report Exported" },
      minDaysSinceFirstSeen: 14,
      samplingPercent: 30,
      recurrenceDays: 90,
      recontactDays: 30,
    });
    const viewer = callerFor(ws.user("viewer"));

    const draft = await viewer.survey.preview({
      workspaceId,
      id: s.id,
      personaId: engineers.id,
      locale: "fr",
      plan: "pro",
    });
    expect(draft.verdict).toBe("no");
    expect(draft.rules.find((r) => r.rule === "status")).toEqual({
      rule: "status",
      verdict: "no",
      text: "Status: draft — nobody is asked until it is active",
    });
    expect(draft.texts.question).toBe("Nous recommanderiez-vous ?");
    // French follow-up left empty: the English one, then the kind's French default where English is empty too.
    expect(draft.texts.followUp.negative).toBe("What went wrong?");
    expect(draft.texts.followUp.positive).toBe("Super ! Qu'appréciez-vous le plus ?");
    expect(draft.scale).toEqual({ min: 0, max: 10 });

    await pm.survey.setStatus({ workspaceId, id: s.id, status: "active" });
    const yes = await viewer.survey.preview({
      workspaceId,
      id: s.id,
      personaId: engineers.id,
      locale: "en",
      plan: "pro",
    });
    const text = (rule: string) => yes.rules.find((r) => r.rule === rule)!.text;
    expect(yes.verdict).toBe("depends"); // the team trait and the 30% sample depend on each user
    expect(text("targeted")).toBe(
      "Targeted: depends — persona Data engineer; user role equals engineer holds for this persona; user team is set depends on each user's traits; account plan is one of pro, enterprise holds on plan pro",
    );
    expect(text("sampling")).toBe("Sampling: 30% of users (always the same ones)");
    expect(text("trigger")).toBe('Trigger: when the event "Report Exported" is tracked');
    expect(text("age")).toBe("Minimum age: users first seen at least 14 days ago (this preview user is)");
    expect(text("recurrence")).toBe("Recurrence: asked again 90 days after their last answer");
    expect(text("survey_recontact")).toBe("This survey: not shown again within 30 days of its last display");
    expect(text("workspace_recontact")).toBe("Recontact: not within 14 days of any survey (workspace setting)");

    const freePlan = await viewer.survey.preview({
      workspaceId,
      id: s.id,
      personaId: engineers.id,
      locale: "en",
      plan: "free",
    });
    expect(freePlan.verdict).toBe("no");
    expect(freePlan.rules.find((r) => r.rule === "targeted")!.text).toContain(
      "account plan is one of pro, enterprise fails on plan free",
    );

    const other = await viewer.survey.preview({ workspaceId, id: s.id, personaId: sales.id, locale: "de" });
    expect(other.verdict).toBe("no");
    expect(other.rules.find((r) => r.rule === "targeted")!.text).toMatch(
      /^Targeted: no — targets only Data engineer, not Sales; user role equals engineer fails for this persona/,
    );
    expect(other.texts.question).toBe("Recommend us?"); // German left empty: English

    const nobody = await viewer.survey.preview({ workspaceId, id: s.id, personaId: null });
    expect(nobody.persona).toBeNull();
    expect(nobody.rules.find((r) => r.rule === "targeted")!.text).toContain("users without a persona never match");

    await expectTrpcError(viewer.survey.preview({ workspaceId, id: s.id, personaId: "no-such-persona" }), "NOT_FOUND");
    // Everyone, no sampling: yes.
    const open = await pm.survey.create({ workspaceId, name: "Everyone", kind: "open" });
    await pm.survey.setStatus({ workspaceId, id: open.id, status: "active" });
    const all = await viewer.survey.preview({ workspaceId, id: open.id, personaId: null });
    expect(all).toMatchObject({
      verdict: "yes",
      scale: null,
      texts: { question: "How can we improve?", lowLabel: "" },
    });
  });
});
