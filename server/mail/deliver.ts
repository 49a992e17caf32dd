import nodemailer from "nodemailer";
import type { Db } from "../db";
import { env } from "../env";

export type MailTransport = {
  sendMail: (mail: { from: string; to: string; subject: string; text: string }) => Promise<unknown>;
  close: () => void;
};

export function smtpTransport(url = env.SMTP_URL): MailTransport | null {
  if (!url) return null;
  // A pooled transport reuses one connection for a run of mails instead of a handshake each.
  const pooled = new URL(url);
  if (!pooled.searchParams.has("pool")) pooled.searchParams.set("pool", "true");
  return nodemailer.createTransport(pooled.toString());
}

/**
 * Sends outbox rows not sent yet, oldest first. A failure is recorded on the row and retried on
 * the next call, so a flaky SMTP server delays mail but loses none. Claiming a row before
 * sending (sentAt set in a conditional update) keeps two instances from sending it twice.
 */
export async function deliverPendingMail(args: { db: Db; transport: MailTransport; from?: string; limit?: number }) {
  const pending = await args.db.outboxEmail.findMany({
    where: { sentAt: null },
    orderBy: { createdAt: "asc" },
    take: args.limit ?? 50,
    select: { id: true, to: true, subject: true, text: true },
  });
  let sent = 0;
  let failed = 0;
  for (const mail of pending) {
    const claimed = await args.db.outboxEmail.updateMany({
      where: { id: mail.id, sentAt: null },
      data: { sentAt: new Date() },
    });
    if (claimed.count === 0) continue;
    try {
      await args.transport.sendMail({
        from: args.from ?? env.MAIL_FROM,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
      });
      await args.db.outboxEmail.update({ where: { id: mail.id }, data: { error: null } });
      sent += 1;
    } catch (error) {
      await args.db.outboxEmail.update({
        where: { id: mail.id },
        data: { sentAt: null, error: String(error).slice(0, 500) },
      });
      failed += 1;
    }
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
