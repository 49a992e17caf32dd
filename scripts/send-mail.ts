// npm run mail:send — delivers the outbox over SMTP_URL (for a cron job: retries failed mail).
import { db } from "../server/db";
import { deliverPendingMail, smtpTransport } from "../server/mail/deliver";

async function main() {
  const transport = smtpTransport();
  if (!transport) {
    console.error("SMTP_URL is not set: mail stays in the outbox (see Mail log in the app).");
    process.exit(1);
  }
  const result = await deliverPendingMail({ db, transport, limit: 500 });
  transport.close();
  console.log(`sent ${result.sent}, failed ${result.failed}`);
  await db.$disconnect();
}

void main();
