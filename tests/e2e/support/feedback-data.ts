// The feedback inbox's e2e data, written straight into the webServer's database (./db.ts opens
// it): a workspace with a PM who signs in, a customer with an account, and feedback as the
// widget's button would have stored it, searchable like any other.
import { db, signUpConfirmed, uniqueId } from "./db";
import { rebuildSearchText } from "@/server/feedback/rebuild-search-text";
import { createWorkspace } from "@/server/workspaces/workspaces";

export const E2E_PASSWORD = "correct horse battery";

export type FeedbackWorkspace = {
  workspaceId: string;
  slug: string;
  pm: { email: string; password: string; name: string };
  /** A new piece of widget feedback from a customer of the "Umbrella" account (plan pro). */
  feedback: { id: string; text: string; firstLine: string };
};

/** An admin creates the workspace; the PM who triages is a second member with the pm role. */
export async function createFeedbackWorkspace(): Promise<FeedbackWorkspace> {
  const id = uniqueId();
  const admin = await signUpConfirmed({ name: "E2E Admin", email: `admin-${id}@example.com`, password: E2E_PASSWORD });
  const ws = await createWorkspace({ db, userId: admin.id, input: { name: `Feedback ${id}` } });
  const pm = await signUpConfirmed({ name: "Pat the PM", email: `pm-${id}@example.com`, password: E2E_PASSWORD });
  await db.member.create({ data: { workspaceId: ws.id, userId: pm.id, role: "pm" } });

  const now = new Date();
  const day = Math.floor(now.getTime() / 86_400_000);
  const account = await db.account.create({
    data: {
      workspaceId: ws.id,
      externalId: `umbrella-${id}`,
      name: "Umbrella",
      traits: { plan: "pro" },
      firstSeenAt: now,
      lastSeenAt: now,
    },
    select: { id: true },
  });
  const user = await db.endUser.create({
    data: {
      workspaceId: ws.id,
      externalId: `alice-${id}`,
      traits: { name: "Alice Abernathy", email: `alice-${id}@umbrella.test` },
      accountId: account.id,
      firstSeenAt: now,
      lastSeenAt: now,
      firstSeenDay: day,
      lastSeenDay: day,
    },
    select: { id: true },
  });
  const firstLine = `Schedule workflows every 5 minutes ${id}`;
  // Ends with a bell pasted from a terminal: the inbox shows it as a visible symbol.
  const text = `${firstLine}\nHourly runs are too slow for our fraud checks.\u0007`;
  // An older, unrelated item, so the spec has to find its feedback rather than take the first row.
  await db.feedback.create({
    data: {
      workspaceId: ws.id,
      source: "widget",
      text: "Love the new connection wizard",
      category: "praise",
      createdAt: new Date(now.getTime() - 60_000),
    },
  });
  const feedback = await db.feedback.create({
    data: {
      workspaceId: ws.id,
      source: "widget",
      text,
      category: "idea",
      endUserId: user.id,
      accountId: account.id,
      pageUrl: "https://airtouch.example/workflows",
    },
    select: { id: true },
  });
  await rebuildSearchText(db, ws.id, [feedback.id]);
  return {
    workspaceId: ws.id,
    slug: ws.slug,
    pm: { email: pm.email, password: E2E_PASSWORD, name: pm.name },
    feedback: { id: feedback.id, text, firstLine },
  };
}

/** What the database says about a piece of feedback after triage. */
export async function findTriagedFeedback(id: string) {
  return db.feedback.findUnique({
    where: { id },
    select: { status: true, roadmapItem: { select: { id: true, title: true, status: true, workspaceId: true } } },
  });
}
