// The feedback inbox's reads through tRPC callers: the list with each filter on its own and
// combined, search (accents, case, LIKE wildcards), paging, rows' shape, counts, tags, facets,
// one item with its duplicates, the button settings and the roadmap picker.
// Triage writes are in feedback-triage.int.test.ts; roles and tenants in roles/cross-tenant.
import { beforeAll, describe, expect, it } from "vitest";
import { createWorkspace, insertPersona, unique, type TestWorkspace } from "../factories";
import { callerFor, testDb } from "./support/db";
import {
  insertAccount,
  insertEndUser,
  insertFeedback,
  insertResponse,
  insertRoadmapItem,
  insertSurveyRow,
  minutesAgo,
} from "./support/feedback-data";
import { expectTrpcError } from "./support/trpc";

let ws: TestWorkspace;
let workspaceId: string;
let viewer: ReturnType<typeof callerFor>;
const ids: Record<"f1" | "f2" | "f3" | "f4" | "f5" | "f6", string> = { f1: "", f2: "", f3: "", f4: "", f5: "", f6: "" };
let engineer: string;
let sales: string;
let acme: { id: string; externalId: string };
let globex: { id: string; externalId: string };
let npsSurvey: { id: string; name: string };
let ada: { id: string; externalId: string };

const NEWEST_FIRST = ["f6", "f5", "f4", "f3", "f2", "f1"] as const;
const named = (list: { id: string }[]) =>
  list.map((r) => Object.entries(ids).find(([, id]) => id === r.id)?.[0] ?? r.id);

beforeAll(async () => {
  const db = testDb();
  ws = await createWorkspace(db, { roles: ["admin", "pm", "viewer"] });
  workspaceId = ws.workspace.id;
  viewer = callerFor(ws.user("viewer"));
  engineer = (await insertPersona(db, workspaceId, { name: "Data engineer" })).id;
  sales = (await insertPersona(db, workspaceId, { name: "Sales" })).id;
  acme = await insertAccount(db, workspaceId, { name: "Acme Corp", traits: { plan: "pro" } });
  globex = await insertAccount(db, workspaceId, { name: "Globex", traits: { plan: "free" } });
  ada = await insertEndUser(db, workspaceId, {
    traits: { name: "Ada Lovelace", email: "ada@acme.test" },
    accountId: acme.id,
    personaId: engineer,
  });
  const bob = await insertEndUser(db, workspaceId, {
    traits: { firstName: "Bob", lastName: "Builder" },
    accountId: globex.id,
    personaId: sales,
  });
  const cid = await insertEndUser(db, workspaceId, {});
  npsSurvey = await insertSurveyRow(db, workspaceId, "nps");
  const csat = await insertSurveyRow(db, workspaceId, "csat");
  // Ada answered 9, later 3: her verbatim with the 9 is a promoter's, her other feedback a detractor's.
  const adaFirst = await insertResponse(db, workspaceId, {
    surveyId: npsSurvey.id,
    endUserId: ada.id,
    accountId: acme.id,
    score: 9,
    comment: "Love the workflows — très réussi",
    at: minutesAgo(100),
  });
  await insertResponse(db, workspaceId, {
    surveyId: npsSurvey.id,
    endUserId: ada.id,
    accountId: acme.id,
    score: 3,
    at: minutesAgo(10),
  });
  await insertResponse(db, workspaceId, {
    surveyId: npsSurvey.id,
    endUserId: bob.id,
    accountId: globex.id,
    score: 7,
    at: minutesAgo(90),
  });
  const cidCsat = await insertResponse(db, workspaceId, {
    surveyId: csat.id,
    endUserId: cid.id,
    score: 5,
    comment: "Great support",
    at: minutesAgo(21),
  });

  const pmId = ws.user("pm").id;
  ids.f1 = (
    await insertFeedback(db, workspaceId, {
      text: "Export to CSV is broken in Safari",
      category: "problem",
      endUserId: ada.id,
      accountId: acme.id,
      personaId: engineer,
      tags: ["export", "bug"],
      pageUrl: "https://app.example.com/reports",
      createdAt: minutesAgo(60),
    })
  ).id;
  ids.f2 = (
    await insertFeedback(db, workspaceId, {
      text: "Love the workflows — très réussi",
      source: "survey",
      endUserId: ada.id,
      accountId: acme.id,
      personaId: engineer,
      surveyResponseId: adaFirst.id,
      createdAt: minutesAgo(50),
    })
  ).id;
  ids.f3 = (
    await insertFeedback(db, workspaceId, {
      text: "Need SSO with Okta",
      category: "idea",
      status: "triaged",
      endUserId: bob.id,
      accountId: globex.id,
      personaId: sales,
      tags: ["sso"],
      assigneeId: pmId,
      createdAt: minutesAgo(40),
    })
  ).id;
  ids.f4 = (
    await insertFeedback(db, workspaceId, {
      text: "Éditeur de requêtes plus rapide",
      source: "pm",
      status: "dismissed",
      endUserId: cid.id,
      createdAt: minutesAgo(30),
    })
  ).id;
  ids.f5 = (
    await insertFeedback(db, workspaceId, {
      text: "Great support",
      source: "survey",
      status: "triaged",
      endUserId: cid.id,
      surveyResponseId: cidCsat.id,
      createdAt: minutesAgo(20),
    })
  ).id;
  ids.f6 = (
    await insertFeedback(db, workspaceId, {
      text: "Dark mode please (100% of my team)",
      source: "roadmap_idea",
      createdAt: minutesAgo(5),
    })
  ).id;

  // Another tenant with look-alike feedback: never listed here.
  const other = await createWorkspace(db);
  await insertFeedback(db, other.workspace.id, { text: "Export to CSV is broken in Safari", tags: ["export"] });
});

const list = (filters: Record<string, unknown> = {}) => viewer.feedback.list({ workspaceId, ...filters });

describe("feedback.list", () => {
  it("lists every source newest first, only this workspace's", async () => {
    const { items, nextCursor } = await list();
    expect(named(items)).toEqual([...NEWEST_FIRST]);
    expect(nextCursor).toBeNull();
  });

  it("describes each row: author, account and plan, persona, survey, NPS reading, tags, assignee", async () => {
    const { items } = await list();
    const row = (key: keyof typeof ids) => items.find((r) => r.id === ids[key])!;
    expect(row("f1")).toMatchObject({
      text: "Export to CSV is broken in Safari",
      category: "problem",
      source: "widget",
      status: "new",
      tags: ["bug", "export"],
      assignee: null,
      author: { externalId: ada.externalId, name: "Ada Lovelace", email: "ada@acme.test" },
      account: { id: acme.id, name: "Acme Corp", plan: "pro" },
      persona: { id: engineer, name: "Data engineer" },
      pageUrl: "https://app.example.com/reports",
      survey: null,
      nps: { score: 3, category: "detractor", fromThisResponse: false },
      duplicateOf: null,
      duplicatesCount: 0,
      roadmapItem: null,
    });
    expect(row("f2")).toMatchObject({
      source: "survey",
      survey: { id: npsSurvey.id, name: npsSurvey.name, kind: "nps", score: 9 },
      nps: { score: 9, category: "promoter", fromThisResponse: true },
    });
    expect(row("f3")).toMatchObject({
      author: { name: "Bob Builder", email: null },
      account: { plan: "free" },
      assignee: { id: ws.user("pm").id, email: ws.user("pm").email },
      nps: { score: 7, category: "passive" },
    });
    // A CSAT verbatim has no NPS score of its own, and its author never answered an NPS survey.
    expect(row("f5")).toMatchObject({ survey: { kind: "csat", score: 5 }, nps: null, account: null });
    expect(row("f6")).toMatchObject({ source: "roadmap_idea", author: null, account: null, persona: null, nps: null });
  });

  it("pages with a cursor without gaps or repeats", async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await list({ limit: 4, ...(cursor ? { cursor } : {}) });
      seen.push(...named(page.items));
      cursor = page.nextCursor ?? undefined;
      pages += 1;
    } while (cursor);
    expect(pages).toBe(2);
    expect(seen).toEqual([...NEWEST_FIRST]);
  });

  it("filters by status and by source, each matching any of its values", async () => {
    expect(named((await list({ status: ["new", "dismissed"] })).items)).toEqual(["f6", "f4", "f2", "f1"]);
    expect(named((await list({ status: ["triaged"] })).items)).toEqual(["f5", "f3"]);
    expect(named((await list({ source: ["survey", "pm"] })).items)).toEqual(["f5", "f4", "f2"]);
    expect(named((await list({ source: ["roadmap_idea"] })).items)).toEqual(["f6"]);
    expect(named((await list({ status: [], source: [] })).items)).toEqual([...NEWEST_FIRST]);
  });

  it("filters by tag (trimmed, lower-cased), persona, account and the account's plan", async () => {
    expect(named((await list({ tag: " EXPORT " })).items)).toEqual(["f1"]);
    expect(named((await list({ tag: "nope" })).items)).toEqual([]);
    expect(named((await list({ personaId: engineer })).items)).toEqual(["f2", "f1"]);
    expect(named((await list({ personaId: sales })).items)).toEqual(["f3"]);
    expect(named((await list({ accountId: acme.id })).items)).toEqual(["f2", "f1"]);
    expect(named((await list({ accountId: globex.id })).items)).toEqual(["f3"]);
    expect(named((await list({ plan: "pro" })).items)).toEqual(["f2", "f1"]);
    expect(named((await list({ plan: "free" })).items)).toEqual(["f3"]);
    expect(named((await list({ plan: "enterprise" })).items)).toEqual([]);
  });

  it("reads a plan that is a number or a boolean as text on both databases", async () => {
    const db = testDb();
    const tiered = await insertAccount(db, workspaceId, { name: "Tiered", traits: { plan: 3, trial: true } });
    const author = await insertEndUser(db, workspaceId, { accountId: tiered.id });
    await db.feedback.create({
      data: { workspaceId, source: "pm", text: "numbered plan", accountId: tiered.id, endUserId: author.id },
    });
    expect((await list({ plan: "3" })).items.map((i) => i.text)).toEqual(["numbered plan"]);
    expect((await viewer.feedback.facets({ workspaceId })).plans).toContain("3");
    await db.feedback.deleteMany({ where: { workspaceId, accountId: tiered.id } });
  });

  it("filters by NPS category: a verbatim's own score, otherwise the author's latest answer", async () => {
    expect(named((await list({ npsCategory: "promoter" })).items)).toEqual(["f2"]);
    expect(named((await list({ npsCategory: "passive" })).items)).toEqual(["f3"]);
    expect(named((await list({ npsCategory: "detractor" })).items)).toEqual(["f1"]);
  });

  it("filters by assignee, or the unassigned", async () => {
    expect(named((await list({ assigneeId: ws.user("pm").id })).items)).toEqual(["f3"]);
    expect(named((await list({ assigneeId: null })).items)).toEqual(["f6", "f5", "f4", "f2", "f1"]);
    expect(named((await list({ assigneeId: ws.user("admin").id })).items)).toEqual([]);
  });

  it("filters by date range: from inclusive, to exclusive", async () => {
    expect(named((await list({ createdFrom: minutesAgo(45), createdTo: minutesAgo(15) })).items)).toEqual([
      "f5",
      "f4",
      "f3",
    ]);
    expect(named((await list({ createdFrom: minutesAgo(15) })).items)).toEqual(["f6"]);
    expect(named((await list({ createdTo: minutesAgo(55) })).items)).toEqual(["f1"]);
  });

  it("searches text, tags, author and account: every word must match, accents and case ignored", async () => {
    const search = async (q: string) => named((await list({ q })).items);
    expect(await search("csv SAFARI")).toEqual(["f1"]);
    expect(await search("csv okta")).toEqual([]);
    expect(await search("tres reussi")).toEqual(["f2"]);
    expect(await search("TRÈS")).toEqual(["f2"]);
    expect(await search("editeur")).toEqual(["f4"]);
    expect(await search("ÉDITEUR   Rapide")).toEqual(["f4"]);
    expect(await search("bug")).toEqual(["f1"]);
    expect(await search("lovelace")).toEqual(["f2", "f1"]);
    expect(await search("ada@acme.test")).toEqual(["f2", "f1"]);
    expect(await search("acme corp")).toEqual(["f2", "f1"]);
    expect(await search("bob builder")).toEqual(["f3"]);
    expect(await search("   ")).toEqual([...NEWEST_FIRST]);
    // LIKE's wildcards are taken literally.
    expect(await search("100%")).toEqual(["f6"]);
    expect(await search("%")).toEqual(["f6"]);
    expect(await search("_")).toEqual([]);
  });

  it("combines filters with AND", async () => {
    expect(
      named(
        (
          await list({
            status: ["new"],
            source: ["widget"],
            plan: "pro",
            q: "csv",
            npsCategory: "detractor",
            personaId: engineer,
          })
        ).items,
      ),
    ).toEqual(["f1"]);
    expect(named((await list({ status: ["new"], plan: "free" })).items)).toEqual([]);
    expect(
      named((await list({ accountId: acme.id, npsCategory: "promoter", createdFrom: minutesAgo(55) })).items),
    ).toEqual(["f2"]);
    expect(named((await list({ source: ["survey"], assigneeId: null, q: "great" })).items)).toEqual(["f5"]);
  });

  it("refuses bad input with BAD_REQUEST", async () => {
    await expectTrpcError(list({ limit: 0 }), "BAD_REQUEST");
    await expectTrpcError(list({ limit: 101 }), "BAD_REQUEST");
    await expectTrpcError(list({ status: ["open"] }), "BAD_REQUEST");
    await expectTrpcError(list({ npsCategory: "fan" }), "BAD_REQUEST");
    await expectTrpcError(list({ createdFrom: minutesAgo(1), createdTo: minutesAgo(2) }), "BAD_REQUEST");
    await expectTrpcError(list({ q: "x".repeat(201) }), "BAD_REQUEST");
    await expectTrpcError(list({ tag: "x".repeat(41) }), "BAD_REQUEST");
  });

  it("a cursor that is not feedback of the workspace ends the list", async () => {
    expect((await list({ cursor: "no-such-feedback" })).items).toEqual([]);
  });
});

describe("feedback.counts", () => {
  it("counts per status for the nav badge", async () => {
    expect(await viewer.feedback.counts({ workspaceId })).toEqual({
      new: 3,
      total: 6,
      byStatus: { new: 3, triaged: 2, linked: 0, duplicate: 0, dismissed: 1 },
    });
  });

  it("counts under the other filters (for the status chips)", async () => {
    expect(await viewer.feedback.counts({ workspaceId, source: ["survey"] })).toMatchObject({
      new: 1,
      total: 2,
      byStatus: { new: 1, triaged: 1 },
    });
    expect(await viewer.feedback.counts({ workspaceId, q: "lovelace" })).toMatchObject({ new: 2, total: 2 });
  });
});

describe("feedback.tags and feedback.facets", () => {
  it("lists tags with counts, most used first, then by name", async () => {
    expect(await viewer.feedback.tags({ workspaceId })).toEqual({
      tags: [
        { name: "bug", count: 1 },
        { name: "export", count: 1 },
        { name: "sso", count: 1 },
      ],
    });
  });

  it("offers the plans and accounts some feedback has", async () => {
    const facets = await viewer.feedback.facets({ workspaceId });
    expect(facets.plans).toEqual(["free", "pro"]);
    expect(facets.accounts.map((a) => [a.externalId, a.name, a.count])).toEqual([
      [acme.externalId, "Acme Corp", 2],
      [globex.externalId, "Globex", 1],
    ]);
  });
});

describe("feedback.get", () => {
  it("returns one row with its duplicates", async () => {
    const db = testDb();
    const dup = await insertFeedback(db, workspaceId, {
      text: `Same as dark mode ${unique()}`,
      status: "duplicate",
      duplicateOfId: ids.f6,
    });
    const detail = await viewer.feedback.get({ workspaceId, id: ids.f6 });
    expect(detail).toMatchObject({ id: ids.f6, duplicatesCount: 1, duplicates: [{ id: dup.id }] });
    const ofDup = await viewer.feedback.get({ workspaceId, id: dup.id });
    expect(ofDup.duplicateOf).toEqual({ id: ids.f6, text: "Dark mode please (100% of my team)", status: "new" });
    await db.feedback.delete({ where: { id: dup.id } });
    await expectTrpcError(viewer.feedback.get({ workspaceId, id: dup.id }), "NOT_FOUND");
  });
});

describe("feedback button settings", () => {
  it("reads the defaults, saves a new setting, refuses a bad one", async () => {
    const fresh = await createWorkspace(testDb(), { roles: ["pm", "viewer"] });
    const id = fresh.workspace.id;
    const pm = callerFor(fresh.user("pm"));
    expect(await callerFor(fresh.user("viewer")).feedback.buttonConfig({ workspaceId: id })).toEqual({
      enabled: true,
      position: "bottom-left",
      label: { en: "", fr: "", de: "" },
      categories: ["idea", "problem", "praise"],
    });
    const saved = await pm.feedback.updateButtonConfig({
      workspaceId: id,
      data: {
        enabled: false,
        position: "middle-right",
        label: { en: " Ideas? ", fr: "Idées ?", de: "" },
        categories: ["question"],
      },
    });
    expect(saved).toEqual({
      enabled: false,
      position: "middle-right",
      label: { en: "Ideas?", fr: "Idées ?", de: "" },
      categories: ["question"],
    });
    expect(await pm.feedback.buttonConfig({ workspaceId: id })).toEqual(saved);
    await expectTrpcError(
      pm.feedback.updateButtonConfig({ workspaceId: id, data: { categories: ["idea", "idea"] } }),
      "BAD_REQUEST",
    );
    await expectTrpcError(
      pm.feedback.updateButtonConfig({ workspaceId: id, data: { position: "top-left" as "bottom-left" } }),
      "BAD_REQUEST",
    );
    await expectTrpcError(
      pm.feedback.updateButtonConfig({ workspaceId: id, data: { label: { en: "x".repeat(31) } } }),
      "BAD_REQUEST",
    );
    expect(await pm.feedback.buttonConfig({ workspaceId: id })).toEqual(saved);
  });
});

describe("roadmap.list and roadmap.create", () => {
  it("creates items and finds them by title words, accents and case ignored, with feedback counts", async () => {
    const fresh = await createWorkspace(testDb(), { roles: ["pm", "viewer"] });
    const id = fresh.workspace.id;
    const pm = callerFor(fresh.user("pm"));
    const dark = await pm.roadmap.create({
      workspaceId: id,
      title: "  Thème sombre (dark mode) ",
      description: "Asked by many",
    });
    expect(dark).toMatchObject({
      title: "Thème sombre (dark mode)",
      description: "Asked by many",
      status: "considering",
      isPublic: true,
      feedbackCount: 0,
    });
    const shipped = await pm.roadmap.create({
      workspaceId: id,
      title: "SSO with Okta",
      status: "shipped",
      isPublic: false,
    });
    expect(shipped).toMatchObject({ status: "shipped", isPublic: false });
    expect((await testDb().roadmapItem.findUniqueOrThrow({ where: { id: shipped.id } })).shippedAt).toBeInstanceOf(
      Date,
    );
    await insertFeedback(testDb(), id, { status: "linked", roadmapItemId: dark.id });
    await insertFeedback(testDb(), id, { status: "linked", roadmapItemId: dark.id });

    const search = async (q?: string) =>
      (await callerFor(fresh.user("viewer")).roadmap.list({ workspaceId: id, ...(q === undefined ? {} : { q }) }))
        .items;
    expect((await search()).map((i) => [i.title, i.feedbackCount])).toEqual([
      ["SSO with Okta", 0],
      ["Thème sombre (dark mode)", 2],
    ]);
    expect((await search("THEME")).map((i) => i.id)).toEqual([dark.id]);
    expect((await search("dark sombre")).map((i) => i.id)).toEqual([dark.id]);
    expect((await search("okta dark")).map((i) => i.id)).toEqual([]);
    expect((await search("")).length).toBe(2);
    await expectTrpcError(pm.roadmap.create({ workspaceId: id, title: "   " }), "BAD_REQUEST");
    await expectTrpcError(
      pm.roadmap.create({ workspaceId: id, title: "x", status: "done" as "planned" }),
      "BAD_REQUEST",
    );
    await expectTrpcError(
      callerFor(fresh.user("viewer")).roadmap.create({ workspaceId: id, title: "Nope" }),
      "FORBIDDEN",
    );
  });

  it("lists an existing roadmap item of the fixture kind", async () => {
    const item = await insertRoadmapItem(testDb(), workspaceId, { title: `Faster exports ${unique()}` });
    expect((await viewer.roadmap.list({ workspaceId, q: "faster EXPORTS" })).items.map((i) => i.id)).toEqual([item.id]);
  });
});
