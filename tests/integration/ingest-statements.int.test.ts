// A batch's cost in SQL statements is fixed: every ingest stage declares the most statements it
// runs per batch (server/ingest/stages/), and a batch that reaches every one of them runs exactly
// their sum, whether it holds 1, 100 or 500 messages. Counted from the statements the Prisma
// client sends (its query events), outside the transaction's BEGIN/COMMIT.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, dialectOf, type Db } from "../../server/db";
import { normalizeMessage } from "../../server/ingest/normalize-message";
import { LOAD_RULES_STATEMENTS, loadIngestRules } from "../../server/ingest/rules";
import { ZMessage } from "../../server/ingest/schemas";
import { INGEST_STAGES, MAX_STATEMENTS_PER_BATCH } from "../../server/ingest/stages";
import { writeMessages } from "../../server/ingest/write-messages";
import {
  createWorkspace,
  createWriteKey,
  groupMessage,
  identifyMessage,
  insertFeature,
  insertPersona,
  pageMessage,
  trackMessage,
  type RawMessage,
} from "../factories";
import { insertChecklist } from "./support/checklists";
import { databaseUrl, deps, testDb } from "./support/db";
import { feedbackMessage, sendVoice } from "./support/voice";

const TRANSACTION_CONTROL = /^\s*(BEGIN|COMMIT|ROLLBACK)\b/i;
let counted: Db;
let statements: string[] = [];

beforeAll(() => {
  counted = createDb(databaseUrl(), { onQuery: (q) => void (TRANSACTION_CONTROL.test(q) || statements.push(q)) });
});
afterAll(async () => {
  await counted.$disconnect();
});

async function counting<T>(work: () => Promise<T>): Promise<{ result: T; count: number }> {
  statements = [];
  const result = await work();
  return { result, count: statements.length };
}

/** A workspace where a batch can reach every statement: a persona, a feature, a live checklist
 * with user, account and widget-event items, and users whose feedback came before their identify. */
async function setUp(bareUsers: number) {
  const ws = await createWorkspace(testDb());
  const workspaceId = ws.workspace.id;
  const { key } = await createWriteKey(testDb(), workspaceId);
  const persona = await insertPersona(testDb(), workspaceId, {
    rules: [{ key: "role", op: "equals", value: "engineer" }],
  });
  await insertFeature(testDb(), workspaceId, {
    matchers: [{ event: "workflow_run" }, { event: "$checklist_reopened" }],
  });
  const checklist = await insertChecklist(testDb(), workspaceId, {
    items: [
      { title: "Run", completion: { event: "workflow_run" } },
      { title: "Connect", completion: { event: "connection_created" }, scope: "account" },
      { title: "Come back", completion: { event: "$checklist_reopened" } },
    ],
  });
  const bare = Array.from({ length: bareUsers }, (_, i) => `bare-${i}`);
  // A visitor who browsed before signing up: the batch's identify joins them (the stitch).
  const visitor = `visitor-${workspaceId}`;
  const ws2 = { id: workspaceId, timeZone: ws.workspace.timeZone };
  await writeMessages(testDb(), dialectOf(testDb()), ws2, [
    normalizeMessage(ZMessage.parse(anonymousPage(visitor, new Date(Date.now() - 7_200_000))), new Date()),
  ]);
  for (const userId of bare)
    expect((await sendVoice(deps(), [feedbackMessage(userId, `Early words of ${userId}`)], { key })).status).toBe(200);
  return {
    workspace: { id: workspaceId, timeZone: ws.workspace.timeZone },
    checklistId: checklist.id,
    personaId: persona.id,
    bare,
    visitor,
  };
}

function anonymousPage(anonymousId: string, timestamp: Date): RawMessage {
  return {
    type: "page",
    anonymousId,
    name: "Pricing",
    properties: {},
    timestamp: timestamp.toISOString(),
    messageId: `anon-${anonymousId}-${timestamp.getTime()}`,
  };
}

/**
 * Messages 0 and 1 reach every statement: message 1 is the sign-up identify that joins an
 * anonymous visitor who browsed before (anonymous-ids and stitch stages). Message 0 is a track of the checklist's reopen event (an item
 * completes on it, a feature counts it) by a user whose feedback came first, naming an account and
 * traits that match the persona. The others mix every message type.
 */
function mixedBatch(size: number, at: Date, checklistId: string, bare: string[], visitor: string): RawMessage[] {
  const t = (i: number) => new Date(at.getTime() - 3_600_000 + i * 1_000);
  const first = trackMessage(bare[0]!, "$checklist_reopened", {
    timestamp: t(0),
    properties: { checklistId },
    context: { groupId: "acct-early", traits: { role: "engineer", name: "Early Bird" } },
  });
  const rest = Array.from({ length: size - 1 }, (_, j) => {
    const i = j + 1;
    const user = i < bare.length ? bare[i]! : `user-${i % 41}`;
    const opts = { timestamp: t(i) };
    switch (i % 10) {
      case 0:
        return identifyMessage(user, { role: i % 20 === 0 ? "engineer" : "sales", name: `User ${i}` }, opts);
      case 1:
        return groupMessage(user, `acct-${i % 7}`, { name: `Account ${i % 7}`, plan: "pro" }, opts);
      case 2:
        return trackMessage(user, "workflow_run", { ...opts, properties: { rows: i } });
      case 3:
        return pageMessage(user, "Workflows", opts);
      case 4:
        return trackMessage(user, "connection_created", { ...opts, context: { groupId: `acct-${i % 7}` } });
      case 5:
        return trackMessage(user, "$checklist_seen", { ...opts, properties: { checklistId } });
      case 6:
        return trackMessage(user, "$checklist_dismissed", { ...opts, properties: { checklistId } });
      case 7:
        return trackMessage(user, "$checklist_reopened", { ...opts, properties: { checklistId } });
      case 8:
        return trackMessage(user, "docs_opened", { ...opts, context: { traits: { role: "engineer" } } });
      default:
        return identifyMessage(
          user,
          { role: "engineer", email: `${user}@example.test` },
          { ...opts, context: { groupId: `acct-${i % 7}` } },
        );
    }
  });
  const signUp = { ...identifyMessage("signed-up", { plan: "trial" }, { timestamp: t(0) }), anonymousId: visitor };
  return [first, signUp, ...rest.slice(1)];
}

describe("statements per batch", () => {
  it("each stage declares its statements, and a batch's most is their sum", () => {
    expect(INGEST_STAGES.map((s) => [s.name, s.maxStatements])).toEqual([
      ["anonymous-ids", 2],
      ["accounts-and-users", 4],
      ["stitch", 27],
      ["personas", 1],
      ["early-feedback", 6],
      ["events", 1],
      ["rollups", 4],
      ["feature-rollups", 4],
      ["checklists", 4],
      ["identity", 1],
    ]);
    expect(MAX_STATEMENTS_PER_BATCH).toBe(54);
  });

  const counts: number[] = [];
  it.each([2, 100, 500])("a mixed batch of %i messages runs exactly the stages' sum", async (size) => {
    const { workspace, checklistId, personaId, bare, visitor } = await setUp(Math.min(size, 5));
    const receivedAt = new Date();
    // As the ingest handler marks them: messages about a userId, verified or not, by SDK source.
    const normalized = mixedBatch(size, receivedAt, checklistId, bare, visitor).map((m, i) => ({
      ...normalizeMessage(ZMessage.parse(m), receivedAt),
      identity: { source: (["widget", "server", "other"] as const)[i % 3]!, verified: i % 2 === 0 },
    }));
    const rules = await counting(() => loadIngestRules(counted, workspace.id));
    expect(rules.count).toBe(LOAD_RULES_STATEMENTS);

    const { result, count } = await counting(() =>
      writeMessages(counted, dialectOf(counted), workspace, normalized, receivedAt, rules.result),
    );
    expect(result).toEqual({ inserted: size, duplicates: 0 });
    expect(count, statements.join("\n")).toBe(MAX_STATEMENTS_PER_BATCH);
    counts.push(count);

    // The batch did reach the end of each stage: the early feedback took the persona just set.
    const author = await testDb().endUser.findFirstOrThrow({
      where: { workspaceId: workspace.id, externalId: bare[0] },
    });
    const early = await testDb().feedback.findFirstOrThrow({
      where: { workspaceId: workspace.id, endUserId: author.id },
    });
    expect(early.personaId).toBe(personaId);
    expect(early.searchText).toContain("early bird");
    // The visitor's page view is the signed-up user's now.
    const signedUp = await testDb().endUser.findFirstOrThrow({
      where: { workspaceId: workspace.id, externalId: "signed-up" },
    });
    expect(
      await testDb().event.count({ where: { workspaceId: workspace.id, endUserId: signedUp.id, name: "$page" } }),
    ).toBe(1);
    expect(
      await testDb().checklistProgress.count({ where: { workspaceId: workspace.id, checklistId, dismissedAt: null } }),
    ).toBeGreaterThan(0);

    // The same batch again stores nothing and runs no more statements.
    const retry = await counting(() =>
      writeMessages(counted, dialectOf(counted), workspace, normalized, receivedAt, rules.result),
    );
    expect(retry.result).toEqual({ inserted: 0, duplicates: size });
    expect(retry.count).toBeLessThanOrEqual(MAX_STATEMENTS_PER_BATCH);
  });

  it("does not grow with the batch's size", () => {
    expect(counts).toEqual([MAX_STATEMENTS_PER_BATCH, MAX_STATEMENTS_PER_BATCH, MAX_STATEMENTS_PER_BATCH]);
  });
});

describe("the stitch's cost per identify", () => {
  /** Statements and mean ms of `n` one-identify batches, each by a new user who browsed before
   * (`withVisitor`: the identify carries the visitor's anonymousId) or not. */
  async function identifies(n: number, withVisitor: boolean) {
    const { workspace } = await setUp(0);
    const d = dialectOf(counted);
    const receivedAt = new Date();
    const one = (m: RawMessage) => normalizeMessage(ZMessage.parse(m), receivedAt);
    const counts: number[] = [];
    let ms = 0;
    for (let i = 0; i < n; i++) {
      const visitor = `v-${i}-${workspace.id}`;
      await writeMessages(
        testDb(),
        d,
        workspace,
        [
          one(anonymousPage(visitor, new Date(receivedAt.getTime() - 60_000))),
          one(trackMessage("x", "docs_opened", { timestamp: new Date(receivedAt.getTime() - 50_000) })),
        ].map((m) => ({ ...m, userKey: `anon:${visitor}` })),
      );
      const signUp = identifyMessage(`u-${i}`, { plan: "trial" }, { timestamp: receivedAt });
      const batch = [one(withVisitor ? { ...signUp, anonymousId: visitor } : signUp)];
      const rules = await loadIngestRules(counted, workspace.id);
      const started = performance.now();
      const { count } = await counting(() => writeMessages(counted, d, workspace, batch, receivedAt, rules));
      ms += performance.now() - started;
      counts.push(count);
    }
    return { counts: [...new Set(counts)], ms: ms / n };
  }

  it("runs the anonymous-ids and stitch stages' statements on top of a plain identify", async () => {
    const plain = await identifies(20, false);
    const stitched = await identifies(20, true);
    expect(plain.counts).toHaveLength(1);
    // anonymous-ids (2), stitch (27), and the early-feedback claim's UPDATE, which looks for the
    // moved feedback (the statements after it run only when it finds some).
    expect(stitched.counts).toEqual([plain.counts[0]! + 2 + 27 + 1]);
    console.info(
      `identify batch: ${plain.counts[0]} statements, ${plain.ms.toFixed(1)} ms without a stitch; ` +
        `${stitched.counts[0]} statements, ${stitched.ms.toFixed(1)} ms with one`,
    );
  });
});
