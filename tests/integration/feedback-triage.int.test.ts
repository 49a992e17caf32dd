// Triage through tRPC callers: status, tags (and the search text they feed), assignee,
// duplicates (no self, no loops, follow to the original, nothing else moves, races), links to
// roadmap items (existing, or created from the feedback in the same transaction) and feedback a
// PM adds. Every bulk write is all-or-nothing: one id of another workspace and nothing changes.
import { beforeEach, describe, expect, it } from "vitest";
import { createUser, createWorkspace, insertPersona, unique, type TestWorkspace } from "../factories";
import { callerFor, databaseKind, testDb } from "./support/db";
import { insertAccount, insertEndUser, insertFeedback, insertRoadmapItem, minutesAgo } from "./support/feedback-data";
import { expectTrpcError } from "./support/trpc";

let ws: TestWorkspace;
let workspaceId: string;
let pm: ReturnType<typeof callerFor>;
let other: { workspaceId: string; feedbackId: string; roadmapItemId: string };

beforeEach(async () => {
  const db = testDb();
  ws = await createWorkspace(db, { roles: ["admin", "pm", "viewer"] });
  workspaceId = ws.workspace.id;
  pm = callerFor(ws.user("pm"));
  const o = await createWorkspace(db);
  other = {
    workspaceId: o.workspace.id,
    feedbackId: (await insertFeedback(db, o.workspace.id)).id,
    roadmapItemId: (await insertRoadmapItem(db, o.workspace.id)).id,
  };
});

/** The triage state of these items, to compare before and after a refused call. */
async function state(ids: string[]) {
  const rows = await testDb().feedback.findMany({
    where: { id: { in: ids } },
    select: {
      id: true,
      status: true,
      assigneeId: true,
      duplicateOfId: true,
      roadmapItemId: true,
      searchText: true,
      tags: { select: { name: true }, orderBy: { name: "asc" } },
    },
    orderBy: { id: "asc" },
  });
  return rows;
}

const three = async () => [
  (await insertFeedback(testDb(), workspaceId, { text: "Slow dashboard", createdAt: minutesAgo(3) })).id,
  (await insertFeedback(testDb(), workspaceId, { text: "Dashboard is slow on Mondays", createdAt: minutesAgo(2) })).id,
  (await insertFeedback(testDb(), workspaceId, { text: "Charts take ages", createdAt: minutesAgo(1) })).id,
];

describe("setStatus", () => {
  it("sets new / triaged / dismissed on every id at once", async () => {
    const ids = await three();
    expect(await pm.feedback.setStatus({ workspaceId, ids, status: "triaged" })).toEqual({ ids });
    expect((await state(ids)).map((r) => r.status)).toEqual(["triaged", "triaged", "triaged"]);
    await pm.feedback.setStatus({ workspaceId, ids: [ids[0]!, ids[0]!], status: "dismissed" });
    expect((await testDb().feedback.findUniqueOrThrow({ where: { id: ids[0] } })).status).toBe("dismissed");
    expect(await pm.feedback.counts({ workspaceId })).toMatchObject({ new: 0, byStatus: { triaged: 2, dismissed: 1 } });
  });

  it("refuses linked and duplicate (they have their own actions), and bad id lists", async () => {
    const ids = await three();
    await expectTrpcError(pm.feedback.setStatus({ workspaceId, ids, status: "linked" as "new" }), "BAD_REQUEST");
    await expectTrpcError(pm.feedback.setStatus({ workspaceId, ids, status: "duplicate" as "new" }), "BAD_REQUEST");
    await expectTrpcError(pm.feedback.setStatus({ workspaceId, ids: [], status: "triaged" }), "BAD_REQUEST");
    await expectTrpcError(
      pm.feedback.setStatus({ workspaceId, ids: Array.from({ length: 201 }, (_, i) => `id-${i}`), status: "triaged" }),
      "BAD_REQUEST",
    );
    expect((await state(ids)).map((r) => r.status)).toEqual(["new", "new", "new"]);
  });

  it("is all-or-nothing: one id of another workspace (or none at all) and nothing changes", async () => {
    const ids = await three();
    const before = await state(ids);
    await expectTrpcError(
      pm.feedback.setStatus({ workspaceId, ids: [...ids, other.feedbackId], status: "dismissed" }),
      "NOT_FOUND",
    );
    await expectTrpcError(
      pm.feedback.setStatus({ workspaceId, ids: [ids[0]!, "no-such-id"], status: "dismissed" }),
      "NOT_FOUND",
    );
    expect(await state(ids)).toEqual(before);
    expect((await testDb().feedback.findUniqueOrThrow({ where: { id: other.feedbackId } })).status).toBe("new");
  });

  it("leaving linked or duplicate drops the roadmap link or the original", async () => {
    const ids = await three();
    const item = await insertRoadmapItem(testDb(), workspaceId);
    await pm.feedback.linkRoadmap({ workspaceId, ids: [ids[0]!], roadmapItemId: item.id });
    await pm.feedback.markDuplicate({ workspaceId, id: ids[1]!, duplicateOfId: ids[2]! });
    await pm.feedback.setStatus({ workspaceId, ids: [ids[0]!, ids[1]!], status: "triaged" });
    expect((await state([ids[0]!, ids[1]!])).map((r) => [r.status, r.roadmapItemId, r.duplicateOfId])).toEqual([
      ["triaged", null, null],
      ["triaged", null, null],
    ]);
  });
});

describe("tags", () => {
  it("adds trimmed, lower-cased tags to many items, idempotently, and search finds them", async () => {
    const ids = await three();
    await pm.feedback.addTags({
      workspaceId,
      ids: [ids[0]!, ids[1]!],
      tags: ["  Performance ", "performance", "DASHBOARD"],
    });
    await pm.feedback.addTags({ workspaceId, ids: [ids[1]!, ids[2]!], tags: ["performance"] });
    const rows = await state(ids);
    const tagsOf = (id: string) => rows.find((r) => r.id === id)!.tags.map((t) => t.name);
    expect(ids.map(tagsOf)).toEqual([["dashboard", "performance"], ["dashboard", "performance"], ["performance"]]);
    const byTag = await pm.feedback.list({ workspaceId, tag: "dashboard" });
    expect(byTag.items.map((r) => r.id).sort()).toEqual([ids[0]!, ids[1]!].sort());
    const bySearch = await pm.feedback.list({ workspaceId, q: "performance charts" });
    expect(bySearch.items.map((r) => r.id)).toEqual([ids[2]!]);
    expect(await pm.feedback.tags({ workspaceId })).toEqual({
      tags: [
        { name: "performance", count: 3 },
        { name: "dashboard", count: 2 },
      ],
    });
  });

  it("removes tags and the search text follows", async () => {
    const ids = await three();
    await pm.feedback.addTags({ workspaceId, ids, tags: ["urgent", "perf"] });
    await pm.feedback.removeTags({ workspaceId, ids: [ids[0]!, ids[1]!], tags: ["URGENT", "never-there"] });
    expect((await state(ids)).find((r) => r.id === ids[0])!.tags.map((t) => t.name)).toEqual(["perf"]);
    expect((await pm.feedback.list({ workspaceId, q: "urgent" })).items.map((r) => r.id)).toEqual([ids[2]!]);
    expect((await pm.feedback.list({ workspaceId, tag: "urgent" })).items.map((r) => r.id)).toEqual([ids[2]!]);
  });

  it("refuses empty or long tag names, and foreign ids, changing nothing", async () => {
    const ids = await three();
    const before = await state(ids);
    await expectTrpcError(pm.feedback.addTags({ workspaceId, ids, tags: ["   "] }), "BAD_REQUEST");
    await expectTrpcError(pm.feedback.addTags({ workspaceId, ids, tags: ["x".repeat(41)] }), "BAD_REQUEST");
    await expectTrpcError(pm.feedback.addTags({ workspaceId, ids, tags: [] }), "BAD_REQUEST");
    await expectTrpcError(
      pm.feedback.addTags({ workspaceId, ids: [...ids, other.feedbackId], tags: ["ok"] }),
      "NOT_FOUND",
    );
    await expectTrpcError(pm.feedback.removeTags({ workspaceId, ids: [other.feedbackId], tags: ["ok"] }), "NOT_FOUND");
    expect(await state(ids)).toEqual(before);
    expect(await testDb().feedbackTag.count({ where: { feedbackId: other.feedbackId } })).toBe(0);
  });

  it("accepts a 40-character tag", async () => {
    const [id] = await three();
    await pm.feedback.addTags({ workspaceId, ids: [id!], tags: ["y".repeat(40)] });
    expect((await state([id!]))[0]!.tags).toEqual([{ name: "y".repeat(40) }]);
  });
});

describe("assign", () => {
  it("assigns to a member and unassigns", async () => {
    const ids = await three();
    const viewerId = ws.user("viewer").id;
    await pm.feedback.assign({ workspaceId, ids, assigneeId: viewerId });
    expect((await state(ids)).map((r) => r.assigneeId)).toEqual([viewerId, viewerId, viewerId]);
    expect((await pm.feedback.list({ workspaceId, assigneeId: viewerId })).items).toHaveLength(3);
    await pm.feedback.assign({ workspaceId, ids: [ids[0]!], assigneeId: null });
    expect((await pm.feedback.list({ workspaceId, assigneeId: null })).items.map((r) => r.id)).toEqual([ids[0]!]);
  });

  it("refuses someone who is not a member, and foreign ids, changing nothing", async () => {
    const ids = await three();
    const before = await state(ids);
    const stranger = await createUser(testDb());
    const error = await expectTrpcError(
      pm.feedback.assign({ workspaceId, ids, assigneeId: stranger.id }),
      "BAD_REQUEST",
    );
    expect(error.message).toMatch(/member/);
    await expectTrpcError(
      pm.feedback.assign({ workspaceId, ids: [ids[0]!, other.feedbackId], assigneeId: ws.user("pm").id }),
      "NOT_FOUND",
    );
    expect(await state(ids)).toEqual(before);
  });
});

describe("markDuplicate", () => {
  it("marks a duplicate and moves nothing else", async () => {
    const [a, b] = await three();
    await pm.feedback.addTags({ workspaceId, ids: [a!], tags: ["mine"] });
    await pm.feedback.assign({ workspaceId, ids: [a!], assigneeId: ws.user("admin").id });
    const originalBefore = await state([b!]);
    expect(await pm.feedback.markDuplicate({ workspaceId, id: a!, duplicateOfId: b! })).toEqual({
      id: a!,
      duplicateOfId: b!,
    });
    const [row] = await state([a!]);
    expect(row).toMatchObject({
      status: "duplicate",
      duplicateOfId: b!,
      assigneeId: ws.user("admin").id,
      tags: [{ name: "mine" }],
    });
    expect(await state([b!])).toEqual(originalBefore);
    const detail = await pm.feedback.get({ workspaceId, id: b! });
    expect(detail.duplicates.map((d) => d.id)).toEqual([a!]);
  });

  it("follows a duplicate original to its root", async () => {
    const [a, b, c] = await three();
    await pm.feedback.markDuplicate({ workspaceId, id: b!, duplicateOfId: c! });
    expect(await pm.feedback.markDuplicate({ workspaceId, id: a!, duplicateOfId: b! })).toEqual({
      id: a!,
      duplicateOfId: c!,
    });
    expect((await state([a!]))[0]!.duplicateOfId).toBe(c!);
  });

  it("merges the item's own duplicates into its new original (no chains)", async () => {
    const [a, b, c] = await three();
    await pm.feedback.markDuplicate({ workspaceId, id: a!, duplicateOfId: b! });
    await pm.feedback.markDuplicate({ workspaceId, id: b!, duplicateOfId: c! });
    expect((await state([a!, b!])).map((r) => r.duplicateOfId)).toEqual([c!, c!]);
    expect((await pm.feedback.get({ workspaceId, id: c! })).duplicates.map((d) => d.id).sort()).toEqual(
      [a!, b!].sort(),
    );
  });

  it("refuses itself and loops, directly or through a chain", async () => {
    const [a, b, c] = await three();
    await expectTrpcError(pm.feedback.markDuplicate({ workspaceId, id: a!, duplicateOfId: a! }), "BAD_REQUEST");
    await pm.feedback.markDuplicate({ workspaceId, id: b!, duplicateOfId: a! });
    await expectTrpcError(pm.feedback.markDuplicate({ workspaceId, id: a!, duplicateOfId: b! }), "BAD_REQUEST");
    // c ← b... no: b → a; now make a → c, then c → b would loop c → b → a → c.
    await pm.feedback.markDuplicate({ workspaceId, id: a!, duplicateOfId: c! });
    const before = await state([a!, b!, c!]);
    await expectTrpcError(pm.feedback.markDuplicate({ workspaceId, id: c!, duplicateOfId: b! }), "BAD_REQUEST");
    expect(await state([a!, b!, c!])).toEqual(before);
  });

  it("refuses another workspace's feedback on either side", async () => {
    const [a] = await three();
    const before = await state([a!]);
    await expectTrpcError(
      pm.feedback.markDuplicate({ workspaceId, id: a!, duplicateOfId: other.feedbackId }),
      "NOT_FOUND",
    );
    await expectTrpcError(
      pm.feedback.markDuplicate({ workspaceId, id: other.feedbackId, duplicateOfId: a! }),
      "NOT_FOUND",
    );
    expect(await state([a!])).toEqual(before);
  });

  it("drops the duplicate's own roadmap link (it follows its original's)", async () => {
    const [a, b] = await three();
    const item = await insertRoadmapItem(testDb(), workspaceId);
    await pm.feedback.linkRoadmap({ workspaceId, ids: [a!], roadmapItemId: item.id });
    await pm.feedback.markDuplicate({ workspaceId, id: a!, duplicateOfId: b! });
    expect((await state([a!]))[0]).toMatchObject({ status: "duplicate", roadmapItemId: null });
  });

  it("two opposite marks at once: one wins, no loop", async () => {
    const [a, b] = await three();
    const results = await Promise.allSettled([
      pm.feedback.markDuplicate({ workspaceId, id: a!, duplicateOfId: b! }),
      callerFor(ws.user("admin")).feedback.markDuplicate({ workspaceId, id: b!, duplicateOfId: a! }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rows = await state([a!, b!]);
    expect(rows.filter((r) => r.duplicateOfId !== null)).toHaveLength(1);
  });
});

describe("linkRoadmap", () => {
  it("links many items to an existing roadmap item (status linked), ending a duplicate state", async () => {
    const ids = await three();
    const item = await insertRoadmapItem(testDb(), workspaceId, { title: "Faster dashboards" });
    await pm.feedback.markDuplicate({ workspaceId, id: ids[2]!, duplicateOfId: ids[0]! });
    expect(await pm.feedback.linkRoadmap({ workspaceId, ids, roadmapItemId: item.id })).toEqual({
      ids,
      roadmapItem: { id: item.id, title: "Faster dashboards" },
    });
    expect((await state(ids)).map((r) => [r.status, r.roadmapItemId, r.duplicateOfId])).toEqual(
      ids.map(() => ["linked", item.id, null]),
    );
    const rows = (await pm.feedback.list({ workspaceId, status: ["linked"] })).items;
    expect(rows.map((r) => r.roadmapItem)).toEqual(
      ids.map(() => ({ id: item.id, title: "Faster dashboards", status: "considering", isPublic: true })),
    );
    expect((await pm.roadmap.list({ workspaceId, q: "dashboards" })).items[0]).toMatchObject({
      id: item.id,
      feedbackCount: 3,
    });
  });

  it("refuses another workspace's roadmap item or feedback, changing nothing", async () => {
    const ids = await three();
    const item = await insertRoadmapItem(testDb(), workspaceId);
    const before = await state(ids);
    await expectTrpcError(
      pm.feedback.linkRoadmap({ workspaceId, ids, roadmapItemId: other.roadmapItemId }),
      "NOT_FOUND",
    );
    await expectTrpcError(
      pm.feedback.linkRoadmap({ workspaceId, ids: [...ids, other.feedbackId], roadmapItemId: item.id }),
      "NOT_FOUND",
    );
    expect(await state(ids)).toEqual(before);
  });
});

describe("createRoadmapItemFromFeedback", () => {
  it("creates the item and links the feedback together", async () => {
    const [a] = await three();
    const result = await pm.feedback.createRoadmapItemFromFeedback({
      workspaceId,
      ids: [a!],
      item: { title: " Faster dashboards ", description: "From feedback", status: "planned" },
    });
    expect(result.ids).toEqual([a!]);
    expect(result.roadmapItem).toMatchObject({
      title: "Faster dashboards",
      description: "From feedback",
      status: "planned",
      isPublic: true,
      feedbackCount: 1,
    });
    expect((await state([a!]))[0]).toMatchObject({ status: "linked", roadmapItemId: result.roadmapItem.id });
    const row = (await pm.feedback.get({ workspaceId, id: a! })).roadmapItem;
    expect(row).toEqual({ id: result.roadmapItem.id, title: "Faster dashboards", status: "planned", isPublic: true });
  });

  it("creates one item for several pieces of feedback (bulk), or nothing when one id is another workspace's", async () => {
    const [a, b, c] = await three();
    const before = await testDb().roadmapItem.count({ where: { workspaceId } });
    await expectTrpcError(
      pm.feedback.createRoadmapItemFromFeedback({
        workspaceId,
        ids: [a!, other.feedbackId],
        item: { title: "Half of it" },
      }),
      "NOT_FOUND",
    );
    expect(await testDb().roadmapItem.count({ where: { workspaceId } })).toBe(before);
    const result = await pm.feedback.createRoadmapItemFromFeedback({
      workspaceId,
      ids: [a!, b!],
      item: { title: "Both of them" },
    });
    expect(result.roadmapItem.feedbackCount).toBe(2);
    expect((await state([a!, b!, c!])).map((r) => r.status)).toEqual(["linked", "linked", "new"]);
  });

  it("creates nothing when the feedback is not found or the item is invalid", async () => {
    const [a] = await three();
    const count = () => testDb().roadmapItem.count({ where: { workspaceId } });
    await expectTrpcError(
      pm.feedback.createRoadmapItemFromFeedback({ workspaceId, ids: [other.feedbackId], item: { title: "Nope" } }),
      "NOT_FOUND",
    );
    await expectTrpcError(
      pm.feedback.createRoadmapItemFromFeedback({ workspaceId, ids: [a!], item: { title: "" } }),
      "BAD_REQUEST",
    );
    await expectTrpcError(
      pm.feedback.createRoadmapItemFromFeedback({ workspaceId, ids: [a!], item: { title: "x".repeat(201) } }),
      "BAD_REQUEST",
    );
    expect(await count()).toBe(0);
    expect((await state([a!]))[0]!.status).toBe("new");
  });

  it("rolls the new item back when linking the feedback fails", async () => {
    const [a] = await three();
    const db = testDb();
    // A trigger refuses the link of this one row, after the item was created in the same transaction.
    const name = `refuse_link_${unique().replace(/[^a-z0-9]/g, "")}`;
    if (databaseKind() === "postgres") {
      await db.$executeRawUnsafe(
        `CREATE FUNCTION ${name}() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'link refused'; END; $$ LANGUAGE plpgsql`,
      );
      await db.$executeRawUnsafe(
        `CREATE TRIGGER ${name} BEFORE UPDATE ON "Feedback" FOR EACH ROW WHEN (NEW."id" = '${a}' AND NEW."roadmapItemId" IS NOT NULL) EXECUTE FUNCTION ${name}()`,
      );
    } else {
      await db.$executeRawUnsafe(
        `CREATE TRIGGER ${name} BEFORE UPDATE ON "Feedback" FOR EACH ROW WHEN NEW."id" = '${a}' AND NEW."roadmapItemId" IS NOT NULL BEGIN SELECT RAISE(ABORT, 'link refused'); END`,
      );
    }
    try {
      await expectTrpcError(
        pm.feedback.createRoadmapItemFromFeedback({ workspaceId, ids: [a!], item: { title: "Never stored" } }),
        "INTERNAL_SERVER_ERROR",
      );
    } finally {
      await db.$executeRawUnsafe(
        databaseKind() === "postgres" ? `DROP TRIGGER ${name} ON "Feedback"` : `DROP TRIGGER ${name}`,
      );
      if (databaseKind() === "postgres") await db.$executeRawUnsafe(`DROP FUNCTION ${name}()`);
    }
    expect(await db.roadmapItem.count({ where: { workspaceId } })).toBe(0);
    expect((await state([a!]))[0]).toMatchObject({ status: "new", roadmapItemId: null });
  });
});

describe("create (a PM adds feedback for a customer)", () => {
  it("stores source pm with the user's account, persona and locale; searchable by author", async () => {
    const db = testDb();
    const persona = await insertPersona(db, workspaceId, { name: "Data engineer" });
    const account = await insertAccount(db, workspaceId, { name: "Initech", traits: { plan: "enterprise" } });
    const user = await insertEndUser(db, workspaceId, {
      traits: { name: "Peter Gibbons", email: "peter@initech.test" },
      accountId: account.id,
      personaId: persona.id,
      locale: "fr",
    });
    const row = await pm.feedback.create({
      workspaceId,
      text: "  Wants TPS reports exported to PDF  ",
      userExternalId: user.externalId,
      category: "idea",
      tags: ["Export", "export", "call"],
    });
    expect(row).toMatchObject({
      text: "Wants TPS reports exported to PDF",
      source: "pm",
      status: "new",
      category: "idea",
      tags: ["call", "export"],
      author: { id: user.id, name: "Peter Gibbons", email: "peter@initech.test" },
      account: { id: account.id, name: "Initech", plan: "enterprise" },
      persona: { id: persona.id, name: "Data engineer" },
      locale: "fr",
    });
    expect((await pm.feedback.list({ workspaceId, q: "gibbons initech pdf" })).items.map((r) => r.id)).toEqual([
      row.id,
    ]);
    expect(
      (await pm.feedback.list({ workspaceId, plan: "enterprise", source: ["pm"] })).items.map((r) => r.id),
    ).toEqual([row.id]);
  });

  it("names another account, or none at all", async () => {
    const db = testDb();
    const account = await insertAccount(db, workspaceId, { externalId: `acct-${unique()}` });
    const anonymous = await pm.feedback.create({ workspaceId, text: "Heard at a conference" });
    expect(anonymous).toMatchObject({ author: null, account: null, persona: null, category: null, tags: [] });
    const forAccount = await pm.feedback.create({
      workspaceId,
      text: "Their admin asked for SCIM",
      accountExternalId: account.externalId,
      userExternalId: "",
    });
    expect(forAccount).toMatchObject({ author: null, account: { id: account.id } });
  });

  it("refuses unknown customers, empty or long text, unknown categories, creating nothing", async () => {
    const count = () => testDb().feedback.count({ where: { workspaceId } });
    const before = await count();
    const error = await expectTrpcError(
      pm.feedback.create({ workspaceId, text: "x", userExternalId: "nobody" }),
      "BAD_REQUEST",
    );
    expect(error.message).toContain("nobody");
    await expectTrpcError(
      pm.feedback.create({ workspaceId, text: "x", accountExternalId: "no-account" }),
      "BAD_REQUEST",
    );
    await expectTrpcError(pm.feedback.create({ workspaceId, text: "   " }), "BAD_REQUEST");
    await expectTrpcError(pm.feedback.create({ workspaceId, text: "x".repeat(5001) }), "BAD_REQUEST");
    await expectTrpcError(pm.feedback.create({ workspaceId, text: "x", category: "rant" as "idea" }), "BAD_REQUEST");
    // Another workspace's user is unknown here.
    const foreignUser = await insertEndUser(testDb(), other.workspaceId);
    await expectTrpcError(
      pm.feedback.create({ workspaceId, text: "x", userExternalId: foreignUser.externalId }),
      "BAD_REQUEST",
    );
    expect(await count()).toBe(before);
  });

  it("is refused to viewers", async () => {
    await expectTrpcError(callerFor(ws.user("viewer")).feedback.create({ workspaceId, text: "Nope" }), "FORBIDDEN");
    await expectTrpcError(
      callerFor(ws.user("viewer")).feedback.setStatus({ workspaceId, ids: [other.feedbackId], status: "triaged" }),
      "FORBIDDEN",
    );
  });
});
