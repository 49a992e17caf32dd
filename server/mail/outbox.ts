import type { DbOrTx } from "../db";
import { env } from "../env";

/** Where a mail's secret link goes in its text. The text is stored with the placeholder; the
 * link itself sits in its own column until the mail is delivered (docs/decisions/mail-secrets.md). */
export const LINK_PLACEHOLDER = "{{link}}";
const LINK_GONE = "(link removed after delivery)";

export type OutgoingMail = {
  workspaceId?: string | null;
  to: string;
  subject: string;
  /** Contains LINK_PLACEHOLDER when `link` is set. */
  text: string;
  /** A secret link (invite, verification), kept only until delivery. */
  link?: string;
  kind: string;
};

/** Every email is first a row here (in the caller's transaction, so it exists iff the change
 * that caused it does). server/mail/deliver.ts sends rows over SMTP when SMTP_URL is set; without
 * it the instance admins' mail log and the server log show them. */
export async function enqueueMail(db: DbOrTx, mail: OutgoingMail) {
  if (mail.link && !mail.text.includes(LINK_PLACEHOLDER))
    throw new Error(`Mail "${mail.kind}" has a link but no ${LINK_PLACEHOLDER}.`);
  const row = await db.outboxEmail.create({
    data: {
      workspaceId: mail.workspaceId ?? null,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      link: mail.link ?? null,
      kind: mail.kind,
    },
    select: { id: true },
  });
  // Without SMTP the operator delivers by hand: the server log (theirs) shows the whole mail.
  const shown =
    env.SMTP_URL || env.NODE_ENV === "test" ? "" : `\n${composeText({ text: mail.text, link: mail.link ?? null })}`;
  console.info(`[mail] ${mail.kind} to ${mail.to}: ${mail.subject}${shown}`);
  return row;
}

/** The text as sent: the link in place while the row still has it. */
export function composeText(mail: { text: string; link: string | null }): string {
  return mail.text.replaceAll(LINK_PLACEHOLDER, mail.link ?? LINK_GONE);
}

const LOG_SELECT = {
  id: true,
  to: true,
  subject: true,
  text: true,
  link: true,
  kind: true,
  createdAt: true,
  sentAt: true,
} as const;

/** The instance's outbox, newest first, as its operators see it (server/mail/mail-log.ts). */
export async function listOutbox(args: { db: DbOrTx; take?: number }) {
  const rows = await args.db.outboxEmail.findMany({
    orderBy: { createdAt: "desc" },
    take: args.take ?? 100,
    select: LOG_SELECT,
  });
  return rows.map(({ link, ...row }) => ({ ...row, text: composeText({ text: row.text, link }) }));
}
