// Airtouch's "backend": the chosen demo user and their data live in localStorage, so a reload
// keeps both and nothing of the host app touches Cairn's database.
import {
  demoEmail,
  isLocale,
  NEW_ACCOUNT_PLAN,
  randomCompany,
  randomName,
  randomToken,
  SEEDED_ACCOUNTS,
  type ConnectorType,
  type Locale,
} from "./demo-config";

export type DemoUser = {
  userId: string;
  name: string;
  email: string;
  /** null: no role yet (identify sends no `role` trait). */
  role: string | null;
  locale: Locale;
  accountId: string;
  accountName: string;
  plan: string;
  createdAt: string;
  /** `signed_up` is tracked once per user. */
  signedUpTracked: boolean;
  emailVerified: boolean;
  /**
   * A returning user from a deep link (`existing=1`, e.g. a seeded user_00001): identify and group
   * send only the traits the link gave, so generated names never overwrite what Cairn knows.
   * Undefined: send them all.
   */
  linkTraits?: { user: string[]; account: string[] };
};

export type Connection = {
  id: string;
  type: ConnectorType;
  name: string;
  direction: "source" | "destination";
  createdAt: string;
};

export type WorkflowRun = { id: string; status: "success"; rows: number; durationMs: number; at: string };

export type Schedule = "manual" | "hourly" | "daily";

export type Workflow = {
  id: string;
  name: string;
  /** A draft was started and never saved. */
  status: "draft" | "saved";
  sourceId: string;
  destinationId: string;
  transform: boolean;
  schedule: Schedule;
  createdAt: string;
  savedAt: string | null;
  runs: WorkflowRun[];
};

export type Invite = { id: string; email: string; role: string; invitedAt: string };

export type DemoData = { connections: Connection[]; workflows: Workflow[]; invites: Invite[] };

const USER_KEY = "airtouch-demo:user";
const dataKey = (userId: string) => `airtouch-demo:data:${userId}`;

export const EMPTY_DATA: DemoData = { connections: [], workflows: [], invites: [] };

/** Built-in endpoints so a workflow can be saved before any connection exists. */
export const SAMPLE_SOURCE = { id: "sample-source", label: "Sample dataset (orders, customers)" };
export const MANAGED_WAREHOUSE = { id: "managed-warehouse", label: "Airtouch managed warehouse" };

function read<T>(key: string): T | null {
  try {
    const raw = localStorage.getItem(key);
    return raw ? (JSON.parse(raw) as T) : null;
  } catch {
    return null;
  }
}

function write(key: string, value: unknown): void {
  try {
    localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Private mode or a full quota: the demo keeps working for this page.
  }
}

export function loadUser(): DemoUser | null {
  const user = read<DemoUser>(USER_KEY);
  return user && typeof user.userId === "string" && typeof user.accountId === "string" ? user : null;
}

export function saveUser(user: DemoUser): void {
  write(USER_KEY, user);
}

export function clearUser(): void {
  try {
    localStorage.removeItem(USER_KEY);
  } catch {
    // ignore
  }
}

export function loadData(userId: string): DemoData {
  const data = read<Partial<DemoData>>(dataKey(userId));
  return { connections: data?.connections ?? [], workflows: data?.workflows ?? [], invites: data?.invites ?? [] };
}

export function saveData(userId: string, data: DemoData): void {
  write(dataKey(userId), data);
}

export function newId(prefix: string): string {
  return `${prefix}${randomToken(10)}`;
}

/** The traits Airtouch sends with identify. */
function only(traits: Record<string, unknown>, keys: string[] | undefined): Record<string, unknown> {
  if (!keys) return traits;
  return Object.fromEntries(Object.entries(traits).filter(([key]) => keys.includes(key)));
}

export function userTraits(user: DemoUser): Record<string, unknown> {
  const traits = {
    name: user.name,
    email: user.email,
    ...(user.role ? { role: user.role } : {}),
    locale: user.locale,
    createdAt: user.createdAt,
  };
  return only(traits, user.linkTraits?.user);
}

export function accountTraits(user: DemoUser): Record<string, unknown> {
  return only({ name: user.accountName, plan: user.plan }, user.linkTraits?.account);
}

export type NewUserInput = {
  role: string | null;
  locale: Locale;
  name: string;
  account: { kind: "new"; name: string } | { kind: "existing"; id: string };
};

export function createDemoUser(input: NewUserInput): DemoUser {
  const userId = `demo-${randomToken(10)}`;
  const account = input.account;
  const seeded = account.kind === "existing" ? SEEDED_ACCOUNTS.find((a) => a.id === account.id) : undefined;
  const company =
    seeded?.name ?? (account.kind === "new" && account.name.trim() ? account.name.trim() : randomCompany());
  const name = input.name.trim() || randomName(input.locale);
  return {
    userId,
    name,
    email: demoEmail(name, company, userId),
    role: input.role,
    locale: input.locale,
    accountId: seeded?.id ?? `demo-acct-${randomToken(10)}`,
    accountName: company,
    plan: seeded?.plan ?? NEW_ACCOUNT_PLAN,
    createdAt: new Date().toISOString(),
    signedUpTracked: false,
    emailVerified: false,
  };
}

/**
 * A user from a deep link's query parameters (see app/demo/app/page.tsx), or null when the
 * link names no userId. Values the link leaves out come from the stored user when it is the same
 * person, otherwise from defaults.
 */
export function userFromParams(
  params: URLSearchParams,
  stored: DemoUser | null,
): { user: DemoUser; existing: boolean } | null {
  const userId = params.get("userId")?.trim();
  if (!userId) return null;
  const same = stored?.userId === userId ? stored : null;
  const locale = isLocale(params.get("locale")) ? (params.get("locale") as Locale) : (same?.locale ?? "en");
  const roleParam = params.get("role");
  const role =
    roleParam === null
      ? (same?.role ?? null)
      : roleParam.trim() === "" || roleParam === "none"
        ? null
        : roleParam.trim();
  const accountId = params.get("accountId")?.trim() || same?.accountId || `demo-acct-${randomToken(10)}`;
  const seeded = SEEDED_ACCOUNTS.find((a) => a.id === accountId);
  const accountName =
    params.get("accountName")?.trim() ||
    (same?.accountId === accountId ? same.accountName : seeded?.name) ||
    "Demo Company";
  const plan =
    params.get("plan")?.trim() || (same?.accountId === accountId ? same.plan : seeded?.plan) || NEW_ACCOUNT_PLAN;
  const name = params.get("name")?.trim() || same?.name || randomName(locale);
  const email = params.get("email")?.trim() || same?.email || demoEmail(name, accountName, userId);
  const user: DemoUser = {
    userId,
    name,
    email,
    role,
    locale,
    accountId,
    accountName,
    plan,
    createdAt: same?.createdAt ?? new Date().toISOString(),
    signedUpTracked: same?.signedUpTracked ?? false,
    emailVerified: same?.emailVerified ?? false,
  };
  const existing = params.get("existing") === "1";
  if (existing) {
    user.emailVerified = true;
    const given = (names: [param: string, trait: string][]) =>
      names.filter(([param]) => params.get(param)?.trim()).map(([, trait]) => trait);
    user.linkTraits = {
      user: given([
        ["name", "name"],
        ["email", "email"],
        ["role", "role"],
        ["locale", "locale"],
      ]),
      account: given([
        ["accountName", "name"],
        ["plan", "plan"],
      ]),
    };
  }
  return { user, existing };
}
