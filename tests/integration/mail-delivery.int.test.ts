// The outbox is delivered over real SMTP (a local smtp-server on loopback), and a failure is
// kept for retry rather than lost.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SMTPServer } from "smtp-server";
import { deliverPendingMail, smtpTransport } from "../../server/mail/deliver";
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
