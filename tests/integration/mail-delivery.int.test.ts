// The outbox is delivered over real SMTP (a local smtp-server on loopback), and a failure is
// kept for retry rather than lost.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SMTPServer } from "smtp-server";
import { deliverPendingMail, MAIL_LEASE_MS, smtpTransport, type MailTransport } from "../../server/mail/deliver";
import { enqueueMail } from "../../server/mail/outbox";
import { unique } from "../factories";
import { testDb } from "./support/db";

type Received = { to: string[]; raw: string };
const received: Received[] = [];
const rejectedOnce = new Set<string>();
let server: SMTPServer;
let port = 0;

beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    // No DNS here: a reverse lookup of 127.0.0.1 would stall every connection.
    disableReverseLookup: true,
    onData(stream, session, callback) {
      let raw = "";
      stream.on("data", (chunk: Buffer) => (raw += chunk.toString("utf8")));
      stream.on("end", () => {
        // The first delivery of a mail whose subject says so fails, as a flaky server would.
        const subject = /Subject: (.*)/.exec(raw)?.[1]?.trim() ?? "";
        if (subject.startsWith("Flaky") && !rejectedOnce.has(subject)) {
          rejectedOnce.add(subject);
          callback(new Error("451 try again later"));
          return;
        }
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  port = (server.server.address() as { port: number }).port;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("deliverPendingMail", () => {
  it("sends pending outbox mail over SMTP once, and keeps a failed one for the next run", async () => {
    const db = testDb();
    const transport = smtpTransport(`smtp://127.0.0.1:${port}`)!;
    const to = `mail-${unique()}@cairn.test`;
    const flaky = `Flaky ${unique()}`;
    await enqueueMail(db, { to, subject: flaky, text: "Hello from Cairn", kind: "test" });
    await enqueueMail(db, { to, subject: "Steady", text: "Again", kind: "test" });
    const mine = () => db.outboxEmail.findMany({ where: { to }, orderBy: { subject: "asc" } });

    // (Other test files write outbox rows concurrently; assertions look at this test's rows only.)
    await deliverPendingMail({ db, transport, limit: 10_000 });
    const rows = await mine();
    const flakyRow = rows.find((r) => r.subject === flaky)!;
    const steadyRow = rows.find((r) => r.subject === "Steady")!;
    expect(steadyRow.sentAt).not.toBeNull();
    expect(flakyRow.sentAt).toBeNull();
    expect(flakyRow.error).toContain("try again later");

    await deliverPendingMail({ db, transport, limit: 10_000 });
    expect((await mine()).every((r) => r.sentAt !== null)).toBe(true);

    const delivered = received.filter((r) => r.to.includes(to));
    expect(delivered.map((m) => /Subject: (.*)/.exec(m.raw)?.[1]?.trim()).sort()).toEqual([flaky, "Steady"]);

    // Nothing is sent twice.
    await deliverPendingMail({ db, transport, limit: 10_000 });
    expect(received.filter((r) => r.to.includes(to))).toHaveLength(2);
    transport.close();
  });
});

describe("send, then mark (issue 11)", () => {
  const recorder = (onSend: (mail: { to: string; text: string }) => Promise<void> = async () => {}) => {
    const sent: { to: string; text: string }[] = [];
    const transport: MailTransport = {
      sendMail: async (mail) => {
        await onSend(mail);
        sent.push(mail);
      },
      close: () => {},
    };
    return { sent, transport };
  };

  it("a mail is not marked sent before the SMTP server took it", async () => {
    const db = testDb();
    const to = `order-${unique()}@cairn.test`;
    const { id } = await enqueueMail(db, { to, subject: "Order", text: "Hi", kind: "test" });
    const seenAtSend: (Date | null)[] = [];
    const { transport } = recorder(async () => {
      seenAtSend.push((await db.outboxEmail.findUniqueOrThrow({ where: { id } })).sentAt);
    });
    await deliverPendingMail({ db, transport, limit: 10_000 });
    expect(seenAtSend).toEqual([null]);
    expect((await db.outboxEmail.findUniqueOrThrow({ where: { id } })).sentAt).not.toBeNull();
  });

  it("a sender that dies mid-send loses no mail: once its lease runs out, the next run sends it", async () => {
    const db = testDb();
    const to = `crash-${unique()}@cairn.test`;
    const { id } = await enqueueMail(db, { to, subject: "Crash", text: "Hi", kind: "test" });
    // The first sender hangs forever inside the SMTP call (the process died there).
    const hung: MailTransport = { sendMail: () => new Promise(() => {}), close: () => {} };
    void deliverPendingMail({ db, transport: hung, limit: 10_000 });
    await expect
      .poll(async () => (await db.outboxEmail.findUniqueOrThrow({ where: { id } })).leaseUntil)
      .not.toBeNull();

    // While the lease holds, another instance leaves it alone; after it, the mail goes out.
    const { sent, transport } = recorder();
    await deliverPendingMail({ db, transport, limit: 10_000 });
    expect(sent.filter((m) => m.to === to)).toHaveLength(0);
    await deliverPendingMail({ db, transport, limit: 10_000, now: new Date(Date.now() + MAIL_LEASE_MS + 1000) });
    expect(sent.filter((m) => m.to === to)).toHaveLength(1);
    expect((await db.outboxEmail.findUniqueOrThrow({ where: { id } })).sentAt).not.toBeNull();
  });

  it("a secret link is in the mail sent and gone from the stored row once delivered", async () => {
    const db = testDb();
    const to = `secret-${unique()}@cairn.test`;
    const link = `http://cairn.test/verify/${unique()}`;
    const { id } = await enqueueMail(db, { to, subject: "Link", text: "Open {{link}} now", link, kind: "test" });
    const { sent, transport } = recorder();
    await deliverPendingMail({ db, transport, limit: 10_000 });
    expect(sent.find((m) => m.to === to)?.text).toBe(`Open ${link} now`);
    const row = await db.outboxEmail.findUniqueOrThrow({ where: { id } });
    expect(row.link).toBeNull();
    expect(JSON.stringify(row)).not.toContain(link);
  });
});
