import nodemailer from "nodemailer";
import type { Db } from "../db";
import { env } from "../env";
import { composeText } from "./outbox";

export type MailTransport = {
  sendMail: (mail: { from: string; to: string; subject: string; text: string }) => Promise<unknown>;
  close: () => void;
};

/** How long a sender holds a row it is sending; after that another run may send it again. */
export const MAIL_LEASE_MS = 5 * 60_000;

export function smtpTransport(url = env.SMTP_URL): MailTransport | null {
  if (!url) return null;
  // A pooled transport reuses one connection for a run of mails instead of a handshake each.
  const pooled = new URL(url);
  if (!pooled.searchParams.has("pool")) pooled.searchParams.set("pool", "true");
  return nodemailer.createTransport(pooled.toString());
}

/**
 * Sends outbox rows not sent yet, oldest first: claim (a lease, so two instances do not send one
 * row at once), send, then mark sent. Delivery is at least once: a crash after the SMTP server
 * took a mail and before it is marked leaves the lease to run out, and a later run sends it again;
 * a crash before the send loses nothing. A failure is recorded on the row and retried next run.
 * Once sent, the row's secret link is dropped.
 */
export async function deliverPendingMail(args: {
  db: Db;
  transport: MailTransport;
  from?: string;
  limit?: number;
  now?: Date;
}) {
  const now = args.now ?? new Date();
  const free = { sentAt: null, OR: [{ leaseUntil: null }, { leaseUntil: { lt: now } }] };
  const pending = await args.db.outboxEmail.findMany({
    where: free,
    orderBy: { createdAt: "asc" },
    take: args.limit ?? 50,
    select: { id: true, to: true, subject: true, text: true, link: true },
  });
  let sent = 0;
  let failed = 0;
  for (const mail of pending) {
    const claimed = await args.db.outboxEmail.updateMany({
      where: { id: mail.id, ...free },
      data: { leaseUntil: new Date(now.getTime() + MAIL_LEASE_MS) },
    });
    if (claimed.count === 0) continue;
    try {
      await args.transport.sendMail({
        from: args.from ?? env.MAIL_FROM,
        to: mail.to,
        subject: mail.subject,
        text: composeText(mail),
      });
    } catch (error) {
      await args.db.outboxEmail.update({
        where: { id: mail.id },
        data: { leaseUntil: null, error: String(error).slice(0, 500) },
      });
      failed += 1;
      continue;
    }
    await args.db.outboxEmail.update({
      where: { id: mail.id },
      data: { sentAt: new Date(), leaseUntil: null, link: null, error: null },
    });
    sent += 1;
  }
  return { sent, failed };
}

/** After a request wrote mail: send it now when SMTP is configured, without holding the response. */
export function kickMailDelivery(db: Db): void {
  const transport = smtpTransport();
  if (!transport) return;
  void deliverPendingMail({ db, transport })
    .catch((error: unknown) => console.error("[mail]", error))
    .finally(() => transport.close());
}
