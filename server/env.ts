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
  // redis://host:port — rate-limit counters shared by every app instance; unset: per process.
  REDIS_URL: z.string().url().optional(),
  // Proxies in front of Cairn that append to X-Forwarded-For (0: clients reach next start directly).
  TRUSTED_PROXIES: z.coerce.number().int().min(0).max(5).default(0),
  // Requests per minute from one address to the SDK's public endpoints (/api/v1/*).
  API_REQUESTS_PER_MINUTE_PER_IP: z.coerce.number().int().min(1).default(1_200),
  // Ingest quotas: messages per second per key, new end users per day per workspace.
  INGEST_EVENTS_PER_SECOND: z.coerce.number().int().min(1).default(2_000),
  NEW_END_USERS_PER_DAY: z.coerce.number().int().min(1).default(50_000),
  // Comma-separated emails of the instance's operators: they (once their address is verified)
  // see the mail log of the whole instance. Nobody else does.
  CAIRN_INSTANCE_ADMINS: z
    .string()
    .default("")
    .transform((list) =>
      list
        .split(",")
        .map((e) => e.trim().toLowerCase())
        .filter(Boolean),
    )
    .pipe(z.array(z.string().email("CAIRN_INSTANCE_ADMINS: each entry must be an email address"))),
  // Whether this process runs background jobs (server/jobs/); "off" for an instance that only
  // serves requests while others work the queue. Jobs it runs at once, and how often it looks.
  JOB_WORKER: z.enum(["on", "off"]).default("on"),
  JOB_CONCURRENCY: z.coerce.number().int().min(1).max(16).default(1),
  JOB_POLL_MS: z.coerce.number().int().min(100).default(1_000),
  // Set by Next itself; "phase-production-build" while `next build` prerenders, which loads
  // server code without being a server (no worker then).
  NEXT_PHASE: z.string().optional(),
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
