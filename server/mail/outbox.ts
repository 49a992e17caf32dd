import type { DbOrTx } from "../db";

export type OutgoingMail = { workspaceId?: string | null; to: string; subject: string; text: string; kind: string };

/** Every email is first a row here (in the caller's transaction, so it exists iff the change
 * that caused it does). server/mail/deliver.ts sends rows over SMTP when SMTP_URL is set; without
 * it the dev mail log page and the server log show them. */
export async function enqueueMail(db: DbOrTx, mail: OutgoingMail) {
  const row = await db.outboxEmail.create({
    data: {
      workspaceId: mail.workspaceId ?? null,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      kind: mail.kind,
    },
    select: { id: true },
  });
  console.info(`[mail] ${mail.kind} to ${mail.to}: ${mail.subject}`);
  return row;
}

export function listOutbox(args: { db: DbOrTx; workspaceIds: string[]; email: string; take?: number }) {
  return args.db.outboxEmail.findMany({
    where: { OR: [{ workspaceId: { in: args.workspaceIds } }, { to: args.email }] },
    orderBy: { createdAt: "desc" },
    take: args.take ?? 100,
    select: { id: true, to: true, subject: true, text: true, kind: true, createdAt: true, sentAt: true },
  });
}
