// Fixed data and URL parsing for the Airtouch demo host (app/demo). Airtouch is a stand-in for a
// customer's product: it knows Cairn only through the public snippet and a write key.
import { DEMO_WRITE_KEY } from "@/prisma/seed/demo-credentials";

export type Locale = "en" | "fr" | "de";

export const LOCALES: { value: Locale; label: string }[] = [
  { value: "en", label: "English" },
  { value: "fr", label: "Français" },
  { value: "de", label: "Deutsch" },
];

export type PersonaChoice = {
  key: "engineer" | "business" | "none";
  label: string;
  description: string;
  /** The `role` trait sent with identify; null sends no role (the widget's first-run question). */
  role: string | null;
};

export const PERSONAS: PersonaChoice[] = [
  {
    key: "engineer",
    label: "Data engineer",
    description: "Connects sources, builds and runs workflows.",
    role: "data engineer",
  },
  {
    key: "business",
    label: "Sales or marketing",
    description: "Wants the CRM data; invites a colleague to wire it up.",
    role: "marketing",
  },
  { key: "none", label: "No role yet", description: "Signs up without a role, so Cairn can ask for it.", role: null },
];

/** The first accounts of the seeded history (prisma/seed/generate-history.ts, makeAccount 0..2). */
export const SEEDED_ACCOUNTS = [
  { id: "acct_0001", name: "Northwind Analytics", plan: "team" },
  { id: "acct_0002", name: "Willow Finance", plan: "team" },
  { id: "acct_0003", name: "Orbit Health", plan: "team" },
] as const;

export const NEW_ACCOUNT_PLAN = "free";

export const CONNECTOR_TYPES = [
  { value: "postgres", label: "Postgres", color: "bg-sky-600" },
  { value: "snowflake", label: "Snowflake", color: "bg-cyan-500" },
  { value: "salesforce", label: "Salesforce", color: "bg-blue-600" },
  { value: "hubspot", label: "HubSpot", color: "bg-orange-500" },
  { value: "s3", label: "S3", color: "bg-amber-600" },
] as const;

export type ConnectorType = (typeof CONNECTOR_TYPES)[number]["value"];

export function connectorLabel(type: string): string {
  return CONNECTOR_TYPES.find((c) => c.value === type)?.label ?? type;
}

export const INVITE_ROLES = ["data engineer", "analytics engineer", "sales", "marketing"] as const;

/** The name Airtouch gives each route in page() calls (and its document title). */
export function pageName(pathname: string): string {
  if (pathname === "/demo" || pathname === "/demo/") return "Sign up";
  if (pathname.startsWith("/demo/app/workflows/")) return "Workflow editor";
  const names: Record<string, string> = {
    "/demo/app": "Dashboard",
    "/demo/app/connections": "Connections",
    "/demo/app/workflows": "Workflows",
    "/demo/app/team": "Team",
    "/demo/app/docs": "Docs",
  };
  return names[pathname.replace(/\/+$/, "")] ?? "Airtouch";
}

export const DOCS = [
  {
    slug: "getting-started",
    title: "Getting started",
    summary: "Connect a source, pick a destination, schedule your first sync.",
  },
  {
    slug: "connect-postgres",
    title: "Connect Postgres",
    summary: "Read-only users, SSL modes and logical replication.",
  },
  { slug: "connect-snowflake", title: "Connect Snowflake", summary: "Warehouses, roles and key-pair authentication." },
  {
    slug: "schedule-workflows",
    title: "Schedule workflows",
    summary: "Manual, hourly and daily runs; retries and alerts.",
  },
  { slug: "invite-your-team", title: "Invite your team", summary: "Roles, seats and who can edit workflows." },
  {
    slug: "troubleshooting-runs",
    title: "Troubleshooting runs",
    summary: "Reading run logs and fixing common sync errors.",
  },
] as const;

const FIRST_NAMES: Record<Locale, string[]> = {
  en: ["Olivia", "Liam", "Emma", "Noah", "Ava", "James", "Priya", "Kenji", "Grace", "Owen"],
  fr: ["Camille", "Louis", "Léa", "Hugo", "Chloé", "Jules", "Manon", "Inès", "Arthur", "Lucie"],
  de: ["Lena", "Finn", "Marie", "Paul", "Anna", "Jonas", "Laura", "Felix", "Clara", "Niklas"],
};
const LAST_NAMES: Record<Locale, string[]> = {
  en: ["Smith", "Johnson", "Taylor", "Wilson", "Patel", "Nguyen", "Kim", "Garcia", "Hughes", "Clarke"],
  fr: ["Martin", "Bernard", "Dubois", "Thomas", "Petit", "Durand", "Leroy", "Moreau", "Laurent", "Girard"],
  de: ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Koch", "Richter"],
};
const COMPANIES = [
  "Kestrel Labs",
  "Fjord Retail",
  "Juniper Mobility",
  "Helios Energy",
  "Quarry Media",
  "Tidal Travel",
  "Beacon Foods",
  "Cedar Robotics",
];

export function randomToken(length = 8): string {
  const bytes = new Uint8Array(length);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => "abcdefghijklmnopqrstuvwxyz0123456789"[b % 36]).join("");
}

function pick<T>(list: readonly T[]): T {
  return list[Math.floor(Math.random() * list.length)]!;
}

export function randomName(locale: Locale): string {
  return `${pick(FIRST_NAMES[locale])} ${pick(LAST_NAMES[locale])}`;
}

export function randomCompany(): string {
  return pick(COMPANIES);
}

export function slugify(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/ß/g, "ss")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** A plausible work address on the reserved `.example` TLD, unique thanks to the user id's suffix. */
export function demoEmail(name: string, company: string, userId: string): string {
  const local = slugify(name).replace(/-/g, ".") || "user";
  const suffix = userId
    .replace(/^demo-/, "")
    .replace(/[^a-z0-9]/gi, "")
    .toLowerCase()
    .slice(-4);
  return `${local}.${suffix}@${slugify(company) || "airtouch-demo"}.example`;
}

export function isLocale(value: string | null | undefined): value is Locale {
  return value === "en" || value === "fr" || value === "de";
}

// ---------------------------------------------------------------------------------------------
// Where the snippet sends data: `?writeKey=` and `?host=` override the defaults (the seeded demo
// workspace's public write key, and this page's origin). Overrides last for the browser tab
// (sessionStorage), so reloads and client navigation keep talking to the same workspace.

export type CairnConfig = { host: string; writeKey: string; overridden: boolean };

const CONFIG_KEY = "airtouch-demo:cairn";

function normalizeHost(raw: string | null): string | null {
  if (!raw) return null;
  try {
    const url = new URL(raw);
    if (url.protocol !== "http:" && url.protocol !== "https:") return null;
    return `${url.origin}${url.pathname}`.replace(/\/+$/, "");
  } catch {
    return null;
  }
}

export function resolveCairnConfig(params: URLSearchParams, origin: string): CairnConfig {
  let stored: { host?: string; writeKey?: string } = {};
  try {
    stored = JSON.parse(sessionStorage.getItem(CONFIG_KEY) ?? "{}") as typeof stored;
  } catch {
    stored = {};
  }
  const writeKey = params.get("writeKey")?.trim() || stored.writeKey || null;
  const host = normalizeHost(params.get("host")) ?? normalizeHost(stored.host ?? null);
  if (writeKey || host) {
    try {
      sessionStorage.setItem(CONFIG_KEY, JSON.stringify({ writeKey: writeKey ?? undefined, host: host ?? undefined }));
    } catch {
      // Storage can be disabled; the override then lasts for this page only.
    }
  }
  return { host: host ?? origin, writeKey: writeKey ?? DEMO_WRITE_KEY, overridden: Boolean(writeKey || host) };
}
