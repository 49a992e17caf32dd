import { z } from "zod";

// Every environment variable Cairn reads, validated once. Nothing else reads process.env.
const ZEnv = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  DATABASE_URL: z.string().min(1).default("file:./data/cairn.db"),
  NEXTAUTH_SECRET: z.string().min(16).optional(),
  // Seals the workspaces' identity secrets in the database (server/identity/secret-box.ts);
  // NEXTAUTH_SECRET when unset. Changing it makes existing identity secrets unreadable.
  IDENTITY_SECRETS_KEY: z.string().min(16).optional(),
  NEXTAUTH_URL: z.string().url().optional(),
  // smtp://user:pass@host:port — when unset, mail stays in the outbox and the dev mail log.
  SMTP_URL: z.string().url().optional(),
  MAIL_FROM: z.string().default("Cairn <no-reply@cairn.local>"),
  // Public base URL used in links inside emails (invites).
  APP_URL: z.string().url().optional(),
  // The oldest timestamp a message may carry (secret keys, for backfills and imports; write keys
  // are held to the last 7 days). Older messages are rejected with a reason.
  INGEST_TIMESTAMP_HORIZON: z.iso
    .datetime({ offset: true })
    .default("2000-01-01T00:00:00Z")
    .transform((s) => new Date(s)),
});

export type Env = z.infer<typeof ZEnv>;

function readEnv(): Env {
  const parsed = ZEnv.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  return parsed.data;
}

export const env = readEnv();

export function isPostgresUrl(url: string): boolean {
  return url.startsWith("postgres://") || url.startsWith("postgresql://");
}

export function appUrl(): string {
  return env.APP_URL ?? env.NEXTAUTH_URL ?? `http://localhost:${process.env.PORT ?? "3000"}`;
}
