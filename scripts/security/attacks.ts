// The attacks the Trust issue reproduced against a running demo, repeated against a running
// Cairn over HTTP: invite takeover, impersonation through the public write key with verified
// identity required, and the malformed-input corpus. Each check names what it expects; the
// runner (./run.ts) prints them and fails on any miss.
import { createHmac, randomBytes } from "node:crypto";
import type { Db } from "../../server/db";
import { Client, dataOf, type Reply } from "./http-client";

export type Check = { attack: string; check: string; ok: boolean; got: string };

class Report {
  readonly checks: Check[] = [];
  constructor(private attack: string) {}
  expect(check: string, reply: Reply, want: number | ((status: number) => boolean), also = true) {
    const ok = (typeof want === "number" ? reply.status === want : want(reply.status)) && also;
    const got = `${reply.status} ${JSON.stringify(reply.body).slice(0, 140)}`;
    this.checks.push({ attack: this.attack, check, ok, got });
  }
  fact(check: string, ok: boolean, got: string) {
    this.checks.push({ attack: this.attack, check, ok, got });
  }
}

const id = () => randomBytes(4).toString("hex");
const PASSWORD = "a long passphrase for the attack run";

/** Signs up over HTTP and opens the confirmation link, as the owner of the mailbox would. */
async function confirmedUser(base: string, db: Db, label: string) {
  const email = `${label}-${id()}@example.com`;
  const client = new Client(base);
  dataOf(await client.mutation("account.signUp", { name: label, email, password: PASSWORD }));
  const mail = await db.outboxEmail.findFirstOrThrow({
    where: { to: email, kind: "verify_email", link: { not: null } },
    orderBy: { createdAt: "desc" },
  });
  dataOf(await client.mutation("account.verifyEmail", { token: mail.link!.split("/verify/")[1]!.split("?")[0] }));
  const signedIn = await client.signIn(email, PASSWORD);
  if (signedIn.status !== 200) throw new Error(`sign-in of ${email} failed: ${signedIn.status}`);
  return { client, email };
}

/** An admin with a workspace, a write key and a secret key, made through the dashboard's API. */
async function adminWorkspace(base: string, db: Db) {
  const admin = await confirmedUser(base, db, "admin");
  const ws = dataOf<{ id: string; slug: string }>(
    await admin.client.mutation("workspace.create", { name: `Attack ${id()}` }),
  );
  const key = (kind: "write" | "secret") =>
    admin.client.mutation("apiKey.create", { workspaceId: ws.id, kind, name: `${kind} ${id()}` });
  const writeKey = dataOf<{ key: string }>(await key("write")).key;
  const secretKey = dataOf<{ key: string }>(await key("secret")).key;
  return { admin, workspaceId: ws.id, writeKey, secretKey };
}

export async function inviteTakeover(base: string, db: Db): Promise<Check[]> {
  const report = new Report("invite takeover");
  const { admin, workspaceId } = await adminWorkspace(base, db);
  const newhire = `newhire-${id()}@example.com`;
  const invite = dataOf<{ link: string }>(
    await admin.client.mutation("workspace.invite", { workspaceId, email: newhire, role: "admin" }),
  );
  const token = invite.link.split("/invite/")[1]!;

  const impostor = new Client(base);
  report.expect(
    "someone else signs up with the invitee's address",
    await impostor.mutation("account.signUp", { name: "Impostor", email: newhire, password: PASSWORD }),
    200,
  );
  report.expect("and signs in (unconfirmed)", await impostor.signIn(newhire, PASSWORD), (s) => s === 200 || s === 401);
  const mailLog = await impostor.query("account.mailLog");
  report.expect(
    "the mail log is refused",
    mailLog,
    (s) => s === 401 || s === 403,
    !JSON.stringify(mailLog.body).includes(token),
  );
  const accept = await impostor.mutation("account.acceptInvite", { token });
  report.expect("accepting the leaked link is refused", accept, (s) => s === 401 || s === 403);
  const joined = await db.member.count({ where: { workspaceId, user: { email: newhire } } });
  report.fact("the impostor is not a member", joined === 0, `${joined} membership(s)`);
  return report.checks;
}

export async function impersonation(base: string, db: Db): Promise<Check[]> {
  const report = new Report("write-key impersonation");
  const { admin, workspaceId, writeKey, secretKey } = await adminWorkspace(base, db);
  const secret = dataOf<{ secret: string }>(
    await admin.client.mutation("identity.createSecret", { workspaceId }),
  ).secret;
  dataOf(await admin.client.mutation("identity.setMode", { workspaceId, mode: "required" }));
  const victim = `victim-${id()}`;
  const hash = createHmac("sha256", secret).update(victim).digest("hex");
  const outsider = new Client(base);
  const withKey = (key: string, extra: Record<string, string> = {}) => ({
    "content-type": "text/plain;charset=UTF-8",
    "x-write-key": key,
    ...extra,
  });
  const post = (path: string, body: unknown, key = writeKey) =>
    outsider.request(path, { method: "POST", headers: withKey(key), body: JSON.stringify(body) });
  const get = (path: string, key = writeKey) => outsider.request(path, { headers: withKey(key) });
  const now = () => new Date().toISOString();
  // The forged calls set `hacked`; the host's own calls set `plan`.
  const identify = (extra: Record<string, unknown> = {}) => ({
    type: "identify",
    userId: victim,
    traits: { hacked: true },
    messageId: `m-${id()}`,
    timestamp: now(),
    ...extra,
  });

  report.expect("identify as the victim, unsigned", await post("/api/v1/identify", identify()), 401);
  report.expect(
    "identify with another user's signature",
    await post(
      "/api/v1/identify",
      identify({ userHash: createHmac("sha256", secret).update("someone").digest("hex") }),
    ),
    401,
  );
  report.expect(
    "track as the victim",
    await post("/api/v1/track", { ...identify(), type: "track", event: "Deleted everything" }),
    401,
  );
  report.expect("batch as the victim", await post("/api/v1/batch", { batch: [identify()] }), 401);
  report.expect(
    "an anonymous group call rewriting an account",
    await post("/api/v1/group", {
      type: "group",
      anonymousId: `a-${id()}`,
      groupId: "acme",
      traits: { plan: "free" },
      messageId: `m-${id()}`,
    }),
    (s) => s === 400 || s === 401,
  );
  report.expect("read the victim's widget state", await get(`/api/v1/widget?userId=${victim}`), 401);
  report.expect("read the victim's feedback", await get(`/api/v1/feedback?userId=${victim}`), 401);
  report.expect(
    "ask a survey as the victim",
    await post("/api/v1/surveys/next", { userId: victim, trigger: { type: "page_load" }, messageId: `s-${id()}` }),
    401,
  );
  report.expect(
    "send feedback as the victim",
    await post("/api/v1/responses", {
      batch: [{ type: "feedback", userId: victim, text: "x", messageId: `f-${id()}`, timestamp: now() }],
    }),
    401,
  );
  report.expect(
    "backdate an event to 1999",
    await post("/api/v1/track", {
      ...identify({ userHash: hash }),
      type: "track",
      event: "Old",
      timestamp: "1999-01-01T00:00:00Z",
    }),
    400,
  );
  report.expect(
    "the host's signed identify is accepted",
    await post("/api/v1/identify", identify({ userHash: hash, traits: { plan: "pro" } })),
    200,
  );
  report.expect(
    "the host's signed widget state is served",
    await get(`/api/v1/widget?userId=${victim}&userHash=${hash}`),
    200,
  );
  report.expect(
    "the secret key (a server) is trusted",
    await post("/api/v1/identify", identify({ traits: { plan: "enterprise" } }), secretKey),
    200,
  );
  const user = await db.endUser.findFirst({ where: { workspaceId, externalId: victim }, select: { traits: true } });
  const traits = JSON.stringify(user?.traits ?? null);
  report.fact(
    "no forged trait reached the victim",
    !traits.includes("hacked") && traits.includes("enterprise"),
    traits,
  );
  return report.checks;
}

/** Text PostgreSQL refuses and dates it cannot store: a 400 per message, never a 5xx. */
export async function malformedCorpus(base: string, db: Db): Promise<Check[]> {
  const report = new Report("NUL / date corpus");
  const { workspaceId, writeKey } = await adminWorkspace(base, db);
  const outsider = new Client(base);
  const post = (path: string, body: unknown) =>
    outsider.request(path, {
      method: "POST",
      headers: { "content-type": "text/plain;charset=UTF-8", "x-write-key": writeKey },
      body: JSON.stringify(body),
    });
  const bad = { nul: "a\u0000b", "lone surrogate": "a\ud800b" };
  const now = new Date().toISOString();
  const track = (userId: string, event = "E", extra: Record<string, unknown> = {}) => ({
    type: "track",
    userId,
    event,
    messageId: `m-${id()}`,
    timestamp: now,
    ...extra,
  });
  for (const [what, text] of Object.entries(bad)) {
    report.expect(`${what} in a userId`, await post("/api/v1/track", track(text)), 400);
    report.expect(`${what} in an event name`, await post("/api/v1/track", track("u", text)), 400);
    report.expect(
      `${what} in a page URL`,
      await post("/api/v1/page", { ...track("u"), type: "page", properties: { url: `https://x.test/${text}` } }),
      400,
    );
    report.expect(
      `${what} in feedback text`,
      await post("/api/v1/responses", {
        batch: [{ type: "feedback", userId: "u", text, messageId: `f-${id()}`, timestamp: now }],
      }),
      400,
    );
    report.expect(
      `${what} in surveys/next`,
      await post("/api/v1/surveys/next", { userId: text, trigger: { type: "page_load" }, messageId: `s-${id()}` }),
      400,
    );
  }
  // A URL cannot carry a lone surrogate (it is percent-encoded UTF-8); a NUL it can.
  report.expect(
    "NUL in the widget state's userId",
    await outsider.request(`/api/v1/widget?userId=a%00b`, { headers: { "x-write-key": writeKey } }),
    400,
  );
  for (const date of ["0000-01-01T00:00:00Z", "9999-12-31T23:59:59Z"]) {
    const reply = await post("/api/v1/batch", {
      batch: [track("u", "good"), track("u", "bad date", { timestamp: date })],
    });
    const body = reply.body as { stored?: number; rejected?: { index: number }[] };
    report.expect(
      `a ${date.slice(0, 4)} timestamp in a batch: that message rejected, the other stored`,
      reply,
      200,
      body.stored === 1 && body.rejected?.[0]?.index === 1,
    );
  }
  // Read back and searched here: SQLite's LIKE stops a pattern at a NUL, so it cannot be asked.
  const stored = await db.event.findMany({ where: { workspaceId }, select: { name: true, properties: true } });
  const users = await db.endUser.findMany({ where: { workspaceId }, select: { externalId: true } });
  const tainted = [...stored, ...users].filter((row) => /\u0000|\\u0000/.test(JSON.stringify(row))).length;
  report.fact(
    `nothing with a NUL was stored (${stored.length} events, ${users.length} users read back)`,
    tainted === 0,
    `${tainted} row(s)`,
  );
  return report.checks;
}
