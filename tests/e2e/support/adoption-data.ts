// The Adoption e2e's data: a workspace whose admin signs in, the Airtouch personas and features,
// and eight weeks of history ingested through the real writer (so rollups are what ingest makes):
// data engineers who connect, save and run workflows most weeks, sales users who invite colleagues
// and read docs, a few who churn, and one engineer who tried SQL transformations once.
import { db, signUpConfirmed, uniqueId } from "./db";
import { dialectOf } from "@/server/db";
import { writeMessages } from "@/server/ingest/write-messages";
import { normalizeMessage } from "@/server/ingest/normalize-message";
import { ZMessage } from "@/server/ingest/schemas";
import { createWorkspace } from "@/server/workspaces/workspaces";
import { PERSONAS } from "@/prisma/seed/airtouch";

export const E2E_PASSWORD = "correct horse battery";
const MS_PER_DAY = 86_400_000;

export type AdoptionWorkspace = {
  workspaceId: string;
  slug: string;
  admin: { email: string; password: string };
  /** The engineer who saved one SQL transformation, 20 days ago, and never again. */
  triedOnce: { externalId: string; name: string };
};

export const ADOPTION_FEATURES = [
  { name: "Connections", matchers: [{ event: "connection_created" }], core: true },
  { name: "Workflow runs", matchers: [{ event: "workflow_run" }], core: true },
  { name: "SQL transformations", matchers: [{ event: "transformation_saved" }], core: false },
  { name: "Team invites", matchers: [{ event: "colleague_invited" }], core: false },
  { name: "Docs", matchers: [{ event: "docs_opened" }], core: false },
];

type Msg = Record<string, unknown>;

function history(today: number): Msg[] {
  const out: Msg[] = [];
  let n = 0;
  const at = (day: number, hour: number) => new Date(day * MS_PER_DAY + hour * 3_600_000).toISOString();
  const push = (userId: string, day: number, m: Msg) =>
    out.push({ ...m, userId, messageId: `e2e-${userId}-${n++}`, timestamp: at(day, 9 + (n % 8)) });
  for (let u = 0; u < 24; u++) {
    const engineer = u < 14;
    const userId = `${engineer ? "eng" : "sales"}-${u}`;
    const start = today - 56 + (u % 6) * 3;
    const churnAfter = u % 5 === 4 ? start + 14 : today;
    push(userId, start, {
      type: "identify",
      traits: { role: engineer ? "data engineer" : "sales", name: `${engineer ? "Engineer" : "Seller"} ${u}` },
    });
    push(userId, start, {
      type: "group",
      groupId: `acct-${u % 6}`,
      traits: { name: `Account ${u % 6}`, plan: u % 2 ? "team" : "business" },
    });
    for (let day = start; day < Math.min(churnAfter, today); day++) {
      if ((day + u) % (engineer ? 2 : 4) !== 0) continue;
      push(userId, day, { type: "page", name: "Home" });
      if (engineer) {
        if (day === start) push(userId, day, { type: "track", event: "connection_created", properties: {} });
        push(userId, day, { type: "track", event: "workflow_run", properties: {} });
        if (day % 3 === 0) push(userId, day, { type: "track", event: "workflow_run", properties: {} });
      } else {
        if (day % 7 === 0) push(userId, day, { type: "track", event: "colleague_invited", properties: {} });
        push(userId, day, { type: "track", event: "docs_opened", properties: {} });
      }
    }
  }
  push("eng-0", today - 20, { type: "track", event: "transformation_saved", properties: {} });
  return out;
}

export async function createAdoptionWorkspace(): Promise<AdoptionWorkspace> {
  const id = uniqueId();
  const admin = { email: `admin-${id}@example.com`, password: E2E_PASSWORD };
  const user = await signUpConfirmed({ name: "Ada Admin", ...admin });
  const ws = await createWorkspace({ db, userId: user.id, input: { name: `Adoption ${id}` } });
  for (const [i, p] of PERSONAS.entries())
    await db.persona.create({
      data: { workspaceId: ws.id, name: p.name, description: p.description, rules: p.rules, priority: i + 1 },
    });
  await db.feature.createMany({ data: ADOPTION_FEATURES.map((f) => ({ workspaceId: ws.id, ...f })) });
  const now = new Date();
  const today = Math.floor(now.getTime() / MS_PER_DAY);
  const messages = history(today).map((m) => ({
    ...normalizeMessage(ZMessage.parse(m), now),
    identity: { source: "server" as const, verified: true },
  }));
  const workspace = { id: ws.id, timeZone: ws.timeZone };
  for (let i = 0; i < messages.length; i += 500)
    await writeMessages(db, dialectOf(db), workspace, messages.slice(i, i + 500), now);
  return { workspaceId: ws.id, slug: ws.slug, admin, triedOnce: { externalId: "eng-0", name: "Engineer 0" } };
}
