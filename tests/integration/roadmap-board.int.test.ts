// The roadmap board on both databases: merging keeps each vote once and can be undone; moving
// records the status history and checks custom statuses; demand sums an account trait over the
// distinct accounts of voters and feedback authors.
import { beforeEach, describe, expect, it } from "vitest";
import { createWorkspace, createWriteKey, groupMessage, sendBatch, type TestWorkspace } from "../factories";
import { callerFor, deps, testDb } from "./support/db";
import { trpcCodeOf } from "./support/trpc";

let ws: TestWorkspace;
let workspaceId: string;
let users: Record<string, { id: string; accountId: string | null }>;

async function item(title: string) {
  return testDb().roadmapItem.create({ data: { workspaceId, title }, select: { id: true } });
}

async function vote(roadmapItemId: string, who: string) {
  const user = users[who];
  await testDb().vote.create({
    data: user
      ? { workspaceId, roadmapItemId, voterKey: `u:${user.id}`, endUserId: user.id }
      : { workspaceId, roadmapItemId, voterKey: `e:${who}`, email: who },
  });
}

const votersOf = async (roadmapItemId: string) =>
  (await testDb().vote.findMany({ where: { roadmapItemId }, select: { voterKey: true } }))
    .map((v) => v.voterKey)
    .sort();

beforeEach(async () => {
  ws = await createWorkspace(testDb(), { roles: ["admin", "pm", "viewer"] });
  workspaceId = ws.workspace.id;
  const { key } = await createWriteKey(testDb(), workspaceId, { kind: "secret" });
  const reply = await sendBatch(deps(), key, [
    groupMessage("ada", "acme", { name: "Acme", mrr: 100 }),
    groupMessage("bo", "acme", {}),
    groupMessage("cy", "beta", { name: "Beta", mrr: "50" }),
    groupMessage("dee", "gamma", { name: "Gamma", mrr: 7 }),
  ]);
  expect(reply.status, JSON.stringify(reply.body)).toBe(200);
  users = Object.fromEntries(
    (
      await testDb().endUser.findMany({
        where: { workspaceId },
        select: { id: true, externalId: true, accountId: true },
      })
    ).map((u) => [u.externalId, { id: u.id, accountId: u.accountId }]),
  );
});

describe("merging roadmap items", () => {
  it("moves votes once per voter, feedback and comments, closes the source, and undoes it", async () => {
    const pm = callerFor(ws.user("pm"));
    const [source, target] = [await item("Dark mode"), await item("Dark theme")];
    for (const who of ["ada", "bo", "cy@example.com"]) await vote(source.id, who);
    for (const who of ["bo", "dee"]) await vote(target.id, who);
    const fb = await testDb().feedback.create({
      data: { workspaceId, source: "widget", text: "Please add dark mode", roadmapItemId: source.id },
      select: { id: true },
    });
    await testDb().roadmapComment.create({ data: { workspaceId, roadmapItemId: source.id, body: "Yes please" } });

    const merged = await pm.roadmap.merge({ workspaceId, sourceId: source.id, targetId: target.id });
    // bo voted on both: counted once. Voters: ada, bo, cy@, dee.
    expect(merged).toMatchObject({
      movedVotes: 2,
      droppedVotes: 1,
      movedFeedback: 1,
      movedComments: 1,
      targetVotes: 4,
    });
    expect(await votersOf(target.id)).toHaveLength(4);
    expect(await votersOf(source.id)).toEqual([]);
    const after = await testDb().roadmapItem.findUniqueOrThrow({ where: { id: source.id } });
    expect(after).toMatchObject({ mergedIntoId: target.id, status: "closed", voteCount: 0 });
    expect((await testDb().roadmapItem.findUniqueOrThrow({ where: { id: target.id } })).voteCount).toBe(4);
    expect((await testDb().feedback.findUniqueOrThrow({ where: { id: fb.id } })).roadmapItemId).toBe(target.id);
    // The board no longer lists the merged item.
    const board = await pm.roadmap.board({ workspaceId });
    expect(board.items.map((i) => i.id)).toEqual([target.id]);
    expect(await trpcCodeOf(() => pm.roadmap.merge({ workspaceId, sourceId: source.id, targetId: target.id }))).toBe(
      "BAD_REQUEST",
    );

    // The target's page shows every voter once, the feedback and comment that came with the merge,
    // and offers the undo; the source's page points at the target.
    const page = await callerFor(ws.user("viewer")).roadmap.item({ workspaceId, id: target.id });
    expect(page.voters.map((v) => v.label).sort()).toEqual(["ada", "bo", "cy@example.com", "dee"]);
    expect(page.voters.find((v) => v.label === "ada")!.account).toBe("Acme");
    expect(page.feedback.map((f) => f.text)).toEqual(["Please add dark mode"]);
    expect(page.comments.map((c) => c.body)).toEqual(["Yes please"]);
    expect(page.lastMerge).toMatchObject({ id: merged.mergeId, sourceTitle: "Dark mode" });
    expect((await pm.roadmap.item({ workspaceId, id: source.id })).mergedInto).toEqual({
      id: target.id,
      title: "Dark theme",
    });

    await pm.roadmap.undoMerge({ workspaceId, id: merged.mergeId });
    expect(await votersOf(source.id)).toEqual([`u:${users.ada!.id}`, `u:${users.bo!.id}`, "e:cy@example.com"].sort());
    expect(await votersOf(target.id)).toEqual([`u:${users.bo!.id}`, `u:${users.dee!.id}`].sort());
    expect(await testDb().roadmapItem.findUniqueOrThrow({ where: { id: source.id } })).toMatchObject({
      mergedIntoId: null,
      status: "considering",
      voteCount: 3,
    });
    expect((await testDb().feedback.findUniqueOrThrow({ where: { id: fb.id } })).roadmapItemId).toBe(source.id);
    expect(await trpcCodeOf(() => pm.roadmap.undoMerge({ workspaceId, id: merged.mergeId }))).toBe("BAD_REQUEST");
  });

  it("refuses another workspace's item on either side, and merging an item into itself", async () => {
    const pm = callerFor(ws.user("pm"));
    const mine = await item("Mine");
    const other = await createWorkspace(testDb());
    const theirs = await testDb().roadmapItem.create({
      data: { workspaceId: other.workspace.id, title: "Theirs" },
      select: { id: true },
    });
    expect(await trpcCodeOf(() => pm.roadmap.merge({ workspaceId, sourceId: mine.id, targetId: theirs.id }))).toBe(
      "NOT_FOUND",
    );
    expect(await trpcCodeOf(() => pm.roadmap.merge({ workspaceId, sourceId: theirs.id, targetId: mine.id }))).toBe(
      "NOT_FOUND",
    );
    await expect(pm.roadmap.merge({ workspaceId, sourceId: mine.id, targetId: mine.id })).rejects.toThrow(
      /another item/,
    );
  });
});

describe("moving items and custom statuses", () => {
  it("records who moved an item from which status to which, and stamps shipping", async () => {
    const pm = callerFor(ws.user("pm"));
    const it1 = await item("Schedules");
    const beta = await pm.roadmap.createStatus({
      workspaceId,
      name: "Beta",
      color: "#7c3aed",
      category: "in_progress",
    });
    expect((await pm.roadmap.statuses({ workspaceId })).map((s) => s.name)).toEqual([
      "Considering",
      "Planned",
      "In progress",
      "Beta",
      "Shipped",
      "Closed",
    ]);
    await expect(
      pm.roadmap.move({ workspaceId, id: it1.id, category: "planned", customStatusId: beta.id! }),
    ).rejects.toThrow(/belongs to another category/);
    expect(
      (await pm.roadmap.move({ workspaceId, id: it1.id, category: "in_progress", customStatusId: beta.id! })).changed,
    ).toBe(true);
    expect(
      (
        await pm.roadmap.move({
          workspaceId,
          id: it1.id,
          category: "in_progress",
          customStatusId: beta.id!,
          position: 3,
        })
      ).changed,
    ).toBe(false);
    await pm.roadmap.move({ workspaceId, id: it1.id, category: "shipped" });
    const history = await testDb().roadmapStatusChange.findMany({
      where: { roadmapItemId: it1.id },
      orderBy: { createdAt: "asc" },
    });
    expect(history.map((h) => [h.fromName, h.toName, h.byUserId])).toEqual([
      ["Considering", "Beta", ws.user("pm").id],
      ["Beta", "Shipped", ws.user("pm").id],
    ]);
    await pm.roadmap.comment({ workspaceId, id: it1.id, body: "Shipping behind a flag first", internal: true });
    const page = await pm.roadmap.item({ workspaceId, id: it1.id });
    expect(page.history.map((h) => [h.from, h.to, h.by])).toEqual([
      ["Beta", "Shipped", ws.user("pm").name],
      ["Considering", "Beta", ws.user("pm").name],
    ]);
    expect(page.comments).toMatchObject([
      { body: "Shipping behind a flag first", internal: true, author: ws.user("pm").name },
    ]);
    const shipped = await testDb().roadmapItem.findUniqueOrThrow({ where: { id: it1.id } });
    expect(shipped.shippedAt).not.toBeNull();
    expect(shipped.position).toBe(3);
    // A name of a built-in status is taken.
    expect(
      await trpcCodeOf(() =>
        pm.roadmap.createStatus({ workspaceId, name: "planned", color: "#000000", category: "planned" }),
      ),
    ).toBe("CONFLICT");
    // Deleting a custom status leaves its items in the category's built-in status.
    await pm.roadmap.move({ workspaceId, id: it1.id, category: "in_progress", customStatusId: beta.id! });
    await pm.roadmap.deleteStatus({ workspaceId, id: beta.id! });
    expect(await testDb().roadmapItem.findUniqueOrThrow({ where: { id: it1.id } })).toMatchObject({
      status: "in_progress",
      customStatusId: null,
    });
  });

  it("edits tags, ETA and owner with clear messages for bad values", async () => {
    const pm = callerFor(ws.user("pm"));
    const it1 = await item("Webhooks");
    await pm.roadmap.update({
      workspaceId,
      id: it1.id,
      tags: ["api", "api", "integrations"],
      eta: "2027-Q2",
      ownerId: ws.user("pm").id,
    });
    const board = await pm.roadmap.board({ workspaceId });
    expect(board.items[0]).toMatchObject({
      tags: ["api", "integrations"],
      eta: "2027-Q2",
      owner: { id: ws.user("pm").id },
    });
    await expect(pm.roadmap.update({ workspaceId, id: it1.id, eta: "next spring" })).rejects.toThrow(/a quarter/);
    const outsider = await createWorkspace(testDb());
    await expect(pm.roadmap.update({ workspaceId, id: it1.id, ownerId: outsider.user("admin").id })).rejects.toThrow(
      /must be a member/,
    );
  });
});

describe("the board's demand", () => {
  it("counts distinct voters and feedback authors, their accounts, and sums MRR over those accounts", async () => {
    const viewer = callerFor(ws.user("viewer"));
    const [a, b] = [await item("Audit log"), await item("SSO")];
    await vote(a.id, "ada");
    await vote(a.id, "bo");
    await vote(a.id, "someone@example.com");
    await testDb().feedback.create({
      data: {
        workspaceId,
        source: "widget",
        text: "Need audit logs",
        roadmapItemId: a.id,
        endUserId: users.cy!.id,
        accountId: users.cy!.accountId,
      },
    });
    await vote(b.id, "dee");
    const board = await viewer.roadmap.board({ workspaceId, sort: "demand" });
    // a: users ada, bo, cy; accounts acme (100) and beta ("50"); b: dee, gamma (7).
    expect(board.items.map((i) => [i.title, i.demand])).toEqual([
      ["Audit log", { users: 3, accounts: 2, traitSum: 150 }],
      ["SSO", { users: 1, accounts: 1, traitSum: 7 }],
    ]);
    expect(board.items[0]).toMatchObject({ votes: 3, feedback: 1 });
    expect(await trpcCodeOf(() => viewer.roadmap.move({ workspaceId, id: a.id, category: "planned" }))).toBe(
      "FORBIDDEN",
    );
  });
});
