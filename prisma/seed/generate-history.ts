// Airtouch's synthetic history as Segment calls: pure, deterministic, no database.
//
// The history is a function of its start day only; `cutoffDay` just says where to stop. Every
// user's life is simulated day by day from one PRNG of its own, and each of its messages is
// numbered in that order (`seed-<userId>-<n>`), so a later cutoff yields the same messages plus
// newer ones: a seed run on a later day adds the new days and never stores anything twice.
import {
  APP_ORIGIN,
  APP_PAGES,
  COMPANY_FIRST,
  COMPANY_SECOND,
  CONNECTORS,
  DOCS_ARTICLES,
  FIRST_NAMES,
  INDUSTRIES,
  LAST_NAMES,
  WORKFLOW_TEMPLATES,
  type AppPage,
} from "./airtouch-data";
import {
  acceptsUsers,
  DayFilter,
  FeatureHabits,
  SCHEDULES_RELEASE_OFFSET,
  trajectoryOf,
  type Trajectory,
} from "./adoption-story";
import { Rng } from "./prng";

const MS_PER_DAY = 86_400_000;
const MS_PER_HOUR = 3_600_000;

/** Days the growth curve spans; later days keep the last day's signup rate. */
export const PLANNED_DAYS = 84;
/** Users per day at the start of the curve (scale 1): about 3,000 users over 84 days. */
const BASE_SIGNUPS_PER_DAY = 20.3;
/** Signups per day grow by this share of the base over PLANNED_DAYS. */
const GROWTH = 1.6;
const SHARE_NEW_ACCOUNT = 0.1;

export type Locale = "en" | "fr" | "de";
type Plan = "free" | "team" | "business" | "enterprise";
type RoleGroup = "engineer" | "business" | "other";

export type SeedCall =
  | { type: "identify"; traits: Record<string, unknown> }
  | { type: "group"; groupId: string; traits: Record<string, unknown> }
  | { type: "track"; event: string; properties: Record<string, unknown> }
  | { type: "page"; name: string; properties: Record<string, unknown> };

export type SeedMessage = { messageId: string; userId: string; at: number; browserLocale: string; call: SeedCall };

export type SeedAccount = {
  externalId: string;
  traits: { name: string; plan: Plan; mrr: number; industry: string; employees: number };
  domain: string;
  locale: Locale;
  createdDay: number;
  /** Healthy, fading or resurrected (adoption-story.ts). */
  trajectory: Trajectory;
};

export type SeedUser = {
  index: number;
  externalId: string;
  accountId: string;
  signupDay: number;
  locale: Locale;
  role: string | null;
};

export type HistoryOptions = {
  /** First day of the history, in days since 1970-01-01 (UTC). */
  startDay: number;
  /** First day not generated (exclusive): "today" when the history must end yesterday. */
  cutoffDay: number;
  /** Day the "Team invites" feature shipped: nobody invites a colleague before it. */
  invitesReleaseDay: number;
  /** 1 ≈ 3,000 users; smaller values make a quick seed for tests. */
  scale?: number;
};

export type History = { accounts: SeedAccount[]; users: SeedUser[]; messages: SeedMessage[] };

const PLAN_WEIGHTS = [
  ["free", 45],
  ["team", 30],
  ["business", 17],
  ["enterprise", 8],
] as const;
// How strongly each plan attracts new colleagues: big customers have more seats.
const PLAN_PULL: Record<Plan, number> = { free: 1, team: 2.5, business: 5, enterprise: 10 };

const ROLES: readonly (readonly [string | null, number])[] = [
  ["data engineer", 28],
  ["Data Engineer", 4],
  ["analytics engineer", 13],
  ["Analytics Engineer", 2],
  ["sales", 10],
  ["marketing", 11],
  ["Marketing", 2],
  ["product manager", 7],
  ["data analyst", 5],
  ["founder", 3],
  [null, 15],
];
const ROLE_GROUP: Record<string, RoleGroup> = {
  "data engineer": "engineer",
  "analytics engineer": "engineer",
  sales: "business",
  marketing: "business",
};
// Roles people pick when they fill in their profile later.
const LATE_ROLES = [
  ["data engineer", 5],
  ["analytics engineer", 2],
  ["marketing", 2],
  ["sales", 1],
] as const;

const BROWSER_LOCALE: Record<Locale, readonly (readonly [string, number])[]> = {
  en: [
    ["en-US", 7],
    ["en-GB", 3],
  ],
  fr: [
    ["fr-FR", 9],
    ["fr-CA", 1],
  ],
  de: [
    ["de-DE", 8],
    ["de-AT", 1],
    ["de-CH", 1],
  ],
};

type Funnel = { verify: number; connect: number; start: number; save: number; invite: number; docs: number };
const FUNNELS: Record<RoleGroup, Funnel> = {
  engineer: { verify: 0.87, connect: 0.72, start: 0.62, save: 0.65, invite: 0.08, docs: 0.45 },
  business: { verify: 0.85, connect: 0.1, start: 0, save: 0, invite: 0.5, docs: 0.6 },
  other: { verify: 0.83, connect: 0.45, start: 0.5, save: 0.6, invite: 0.2, docs: 0.4 },
};

// Ongoing use after the first steps: chance of a session on a weekday (weekends ~1/5 of it) and
// chance of dropping out at each weekly check.
type Tier = "power" | "explorer" | "business" | "lurker";
const TIERS: Record<Tier, { pDay: number; hazard: number }> = {
  power: { pDay: 0.7, hazard: 0.05 },
  explorer: { pDay: 0.3, hazard: 0.35 },
  business: { pDay: 0.3, hazard: 0.2 },
  lurker: { pDay: 0.15, hazard: 0.5 },
};
const RESURRECT_CHANCE = 0.3;
const BUSINESS_PAGES = [
  ["runs", 4],
  ["dashboard", 3],
  ["connections", 2],
  ["team", 1],
] as const;

function isWeekend(day: number): boolean {
  const weekday = (day + 4) % 7; // 1970-01-01 was a Thursday; 0 = Sunday
  return weekday === 0 || weekday === 6;
}

function ascii(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/ß/g, "ss")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

function signupsOn(offset: number, day: number, scale: number): number {
  const rng = new Rng(`signups:${offset}`);
  const growth = 1 + (GROWTH * Math.min(offset, PLANNED_DAYS)) / PLANNED_DAYS;
  const weekday = isWeekend(day) ? 0.55 : 1.15;
  const expected = BASE_SIGNUPS_PER_DAY * scale * growth * weekday * (0.8 + 0.4 * rng.float());
  const whole = Math.floor(expected);
  return whole + (rng.chance(expected - whole) ? 1 : 0);
}

function makeAccount(index: number, day: number, startDay: number): SeedAccount {
  const rng = new Rng(`account:${index}`);
  const combos = COMPANY_FIRST.length * COMPANY_SECOND.length;
  const combo = (index * 7919) % combos; // 7919 is prime, so every combination comes up once per round
  const round = Math.floor(index / combos);
  const name = `${COMPANY_FIRST[combo % COMPANY_FIRST.length]} ${COMPANY_SECOND[Math.floor(combo / COMPANY_FIRST.length)]}${round > 0 ? ` ${round + 1}` : ""}`;
  const plan = rng.weighted(PLAN_WEIGHTS);
  const mrr =
    plan === "free"
      ? 0
      : plan === "team"
        ? 49 * rng.int(3, 10)
        : plan === "business"
          ? 10 * rng.int(40, 250)
          : 100 * rng.int(30, 150);
  const employees =
    plan === "free"
      ? rng.int(2, 30)
      : plan === "team"
        ? rng.int(10, 120)
        : plan === "business"
          ? rng.int(80, 900)
          : rng.int(700, 12_000);
  const locale = rng.weighted<Locale>([
    ["en", 55],
    ["fr", 25],
    ["de", 20],
  ]);
  return {
    externalId: `acct_${pad(index + 1, 4)}`,
    traits: { name, plan, mrr, industry: rng.pick(INDUSTRIES), employees },
    domain: `${ascii(name)}.example`,
    locale,
    createdDay: day,
    trajectory: trajectoryOf(index, plan, day, startDay),
  };
}

/** One user's messages, numbered in simulation order. */
class Timeline {
  private n = 0;
  private x = 0;
  private t = 0;
  /** While set, messages are numbered and timed as usual but left out (adoption-story.ts). */
  muted = false;

  constructor(
    private readonly out: SeedMessage[],
    private readonly userId: string,
    private readonly browserLocale: string,
    private readonly cutoffMs: number,
    private readonly rng: Rng,
  ) {}

  now(): number {
    return this.t;
  }

  /** Starts a session on `day` at a plausible local working hour. */
  session(day: number, locale: Locale): void {
    const [from, to] = locale === "en" ? [12, 21] : [6, 16];
    this.t = day * MS_PER_DAY + this.rng.int(from, to) * MS_PER_HOUR + this.rng.int(0, 3_599_999);
  }

  pause(minHours: number, maxHours: number): void {
    this.t += this.rng.int(minHours * MS_PER_HOUR, maxHours * MS_PER_HOUR);
  }

  emit(call: SeedCall, gapSeconds: readonly [number, number] = [12, 240]): void {
    this.t += this.rng.int(gapSeconds[0] * 1000, gapSeconds[1] * 1000);
    const messageId = `seed-${this.userId}-${this.n++}`;
    // Numbered before the cut, so a later cutoff only appends.
    if (this.t < this.cutoffMs && !this.muted)
      this.out.push({ messageId, userId: this.userId, at: this.t, browserLocale: this.browserLocale, call });
  }

  /** An event of the adoption story: numbered apart (`x<n>`) and timed without moving the
   * session's clock, so the messages around it are the ones the history always had. */
  extra(event: string, properties: Record<string, unknown>, gapMs: number): void {
    const at = this.t + gapMs;
    const messageId = `seed-${this.userId}-x${this.x++}`;
    if (at < this.cutoffMs && !this.muted)
      this.out.push({
        messageId,
        userId: this.userId,
        at,
        browserLocale: this.browserLocale,
        call: { type: "track", event, properties },
      });
  }

  track(event: string, properties: Record<string, unknown> = {}, gap?: readonly [number, number]): void {
    this.emit({ type: "track", event, properties }, gap);
  }

  page(key: AppPage): void {
    const [name, path] = APP_PAGES[key];
    this.emit(
      { type: "page", name, properties: { path, url: `${APP_ORIGIN}${path}`, title: `${name} · Airtouch` } },
      [5, 90],
    );
  }
}

type UserPlan = {
  group: RoleGroup;
  verifyDay: number | null;
  connectDay: number | null;
  startDay: number | null;
  saves: boolean;
  saveDay: number | null;
  extraStarts: number[];
  inviteDay: number | null;
  docsDay: number | null;
  lateRole: { day: number; role: string } | null;
};

function planUser(rng: Rng, signupDay: number, role: string | null, releaseDay: number): UserPlan {
  const group = (role && ROLE_GROUP[role.toLowerCase()]) || "other";
  const f = FUNNELS[group];
  const verifyDay = rng.chance(f.verify) ? signupDay + (rng.chance(0.8) ? 0 : rng.int(1, 3)) : null;
  const connectDay = verifyDay !== null && rng.chance(f.connect) ? verifyDay + rng.geometric(0.45, 20) : null;
  const startDay = connectDay !== null && rng.chance(f.start) ? connectDay + rng.geometric(0.5, 14) : null;
  const saves = startDay !== null && rng.chance(f.save);
  const saveDay = saves && startDay !== null ? startDay + (rng.chance(0.7) ? 0 : 1 + rng.geometric(0.4, 10)) : null;
  // Started and never saved: one to three attempts over the next days.
  const extraStarts: number[] = [];
  if (startDay !== null && !saves) {
    const attempts = rng.int(0, 2);
    for (let i = 0; i < attempts; i++) extraStarts.push(startDay + rng.int(1, 12));
  }
  const inviteDay =
    verifyDay !== null && rng.chance(f.invite)
      ? Math.max(verifyDay + rng.geometric(0.3, 21), releaseDay + rng.geometric(0.3, 10))
      : null;
  const docsDay = verifyDay !== null && rng.chance(f.docs) ? verifyDay + rng.geometric(0.4, 14) : null;
  const lateRole =
    role === null && verifyDay !== null && rng.chance(0.3)
      ? { day: signupDay + rng.int(7, 21), role: rng.weighted(LATE_ROLES) }
      : null;
  return { group, verifyDay, connectDay, startDay, saves, saveDay, extraStarts, inviteDay, docsDay, lateRole };
}

function tierOf(plan: UserPlan): Tier | null {
  if (plan.verifyDay === null) return null;
  if (plan.saves) return "power";
  if (plan.group === "business") return "business";
  if (plan.connectDay !== null || plan.startDay !== null) return "explorer";
  return "lurker";
}

function simulateUser(
  out: SeedMessage[],
  user: SeedUser,
  account: SeedAccount,
  traits: Record<string, unknown>,
  cutoffDay: number,
  releaseDay: number,
  schedulesReleaseDay: number,
): void {
  const rng = new Rng(`user:${user.index}`);
  const days = new DayFilter(user.index, account.trajectory);
  const plan = planUser(rng, user.signupDay, user.role, releaseDay);
  const browserLocale = rng.weighted(BROWSER_LOCALE[user.locale]);
  const tl = new Timeline(out, user.externalId, browserLocale, cutoffDay * MS_PER_DAY, rng);
  const workflows: string[] = [];
  let nextWorkflow = 1;
  const newWorkflow = () => `wf_${user.index + 1}_${nextWorkflow++}`;
  const startWorkflow = (save: boolean) => {
    const id = newWorkflow();
    tl.page("workflows");
    tl.track("workflow_started", { workflow_id: id, template: rng.weighted(WORKFLOW_TEMPLATES) });
    if (save) {
      tl.track("workflow_saved", { workflow_id: id, steps: rng.int(2, 9) }, [60, 900]);
      workflows.push(id);
    }
    return id;
  };
  const runWorkflows = (count: number) => {
    for (let i = 0; i < count && workflows.length > 0; i++) {
      const failed = rng.chance(0.07);
      tl.track("workflow_run", {
        workflow_id: rng.pick(workflows),
        status: failed ? "failed" : "success",
        rows: failed ? 0 : rng.int(50, 250_000),
        duration_ms: rng.int(800, 180_000),
      });
    }
  };
  const connect = () => {
    tl.page("connections");
    tl.track("connection_created", {
      connector: rng.weighted(CONNECTORS),
      direction: rng.chance(0.7) ? "source" : "destination",
    });
  };
  const openDocs = () => tl.track("docs_opened", { article: rng.pick(DOCS_ARTICLES) });
  const invite = () => {
    tl.page("team");
    tl.track("colleague_invited", {
      invitee_role: rng.chance(0.8) ? "data engineer" : "analytics engineer",
      method: rng.chance(0.75) ? "email" : "link",
    });
  };

  const tier = tierOf(plan);
  const habits = tier ? new FeatureHabits(user.index, tier, schedulesReleaseDay) : null;
  const lastMilestone = Math.max(
    plan.verifyDay ?? user.signupDay,
    plan.connectDay ?? 0,
    plan.saveDay ?? plan.startDay ?? 0,
    ...plan.extraStarts,
  );
  let alive = tier !== null;
  let hazard = tier ? TIERS[tier].hazard : 1;
  let resumeDay = -1;
  const engagedFrom = lastMilestone + 1;

  for (let day = user.signupDay; day < cutoffDay; day++) {
    const due = {
      signup: day === user.signupDay,
      verify: day === plan.verifyDay,
      connect: day === plan.connectDay,
      start: day === plan.startDay,
      save: day === plan.saveDay,
      retry: plan.extraStarts.filter((d) => d === day).length,
      invite: day === plan.inviteDay,
      docs: day === plan.docsDay,
      role: plan.lateRole?.day === day,
    };
    let active = false;
    if (tier && day >= engagedFrom) {
      const week = Math.floor((day - engagedFrom) / 7);
      if ((day - engagedFrom) % 7 === 0 && day > engagedFrom) {
        if (alive && rng.chance(hazard)) {
          alive = false;
          if (rng.chance(RESURRECT_CHANCE)) resumeDay = day + 7 * rng.int(2, 5);
        } else if (!alive && day >= resumeDay && resumeDay > 0) {
          alive = true;
          resumeDay = -1;
          hazard = Math.min(0.9, hazard * 1.5);
        }
      }
      const pDay = TIERS[tier].pDay * Math.pow(0.985, week) * (isWeekend(day) ? 0.2 : 1);
      active = alive && rng.chance(pDay);
    }
    const milestone =
      due.signup ||
      due.verify ||
      due.connect ||
      due.start ||
      due.save ||
      due.retry > 0 ||
      due.invite ||
      due.docs ||
      due.role;
    if (!milestone && !active) continue;

    tl.muted = !days.keeps(day);
    tl.session(day, user.locale);
    if (due.signup) {
      // The app identifies the new user and their company first, so every event has an account.
      tl.emit({ type: "identify", traits: { ...traits, createdAt: new Date(tl.now()).toISOString() } }, [0, 0]);
      tl.emit({ type: "group", groupId: account.externalId, traits: account.traits }, [0, 1]);
      tl.track("signed_up", { method: rng.chance(0.6) ? "email" : "google" }, [0, 2]);
      tl.page("welcome");
    } else {
      tl.page("dashboard");
    }
    if (due.role && plan.lateRole) tl.emit({ type: "identify", traits: { role: plan.lateRole.role } }, [5, 60]);
    if (due.verify) tl.track("email_verified", {}, [60, 1_800]);
    if (due.connect) connect();
    if (due.start) startWorkflow(plan.saves && plan.saveDay === day);
    else if (due.save) {
      // A second attempt that sticks.
      startWorkflow(true);
    }
    for (let i = 0; i < due.retry; i++) startWorkflow(false);
    if (due.docs) openDocs();
    if (due.invite) invite();

    if (active && tier) {
      if (tier === "power") {
        tl.page(rng.chance(0.5) ? "runs" : "workflows");
        runWorkflows(2 + rng.poisson(5));
        if (rng.chance(0.12)) startWorkflow(rng.chance(0.8));
        if (rng.chance(0.06)) connect();
        if (rng.chance(0.1)) openDocs();
        if (day >= releaseDay && rng.chance(0.03)) invite();
        for (let extra = rng.poisson(1.2); extra > 0; extra--) {
          tl.page("runs");
          runWorkflows(rng.poisson(3));
        }
        if (rng.chance(0.55)) {
          // Back after lunch to check on the runs.
          tl.pause(1, 4);
          tl.page("dashboard");
          tl.page("runs");
          runWorkflows(1 + rng.poisson(4));
        }
      } else if (tier === "business") {
        for (let pages = 1 + rng.poisson(1.5); pages > 0; pages--) tl.page(rng.weighted(BUSINESS_PAGES));
        if (rng.chance(0.3)) openDocs();
        if (day >= releaseDay && rng.chance(0.06)) invite();
        if (rng.chance(0.05)) tl.page("billing");
      } else if (tier === "explorer") {
        for (let pages = 1 + rng.poisson(1); pages > 0; pages--) tl.page(rng.chance(0.5) ? "connections" : "workflows");
        if (rng.chance(0.25)) openDocs();
        // Engineers who never save keep trying now and then.
        if (plan.startDay !== null && rng.chance(0.15)) startWorkflow(false);
      } else {
        if (rng.chance(0.2)) openDocs();
      }
      if (habits && !tl.muted)
        for (const e of habits.onActiveDay(day, workflows)) tl.extra(e.event, e.properties, habits.gapMs());
    }
  }
}

/** Generates accounts, users and every Segment call up to (not including) `cutoffDay`, in time order. */
export function generateHistory(options: HistoryOptions): History {
  const scale = options.scale ?? 1;
  const accounts: SeedAccount[] = [];
  const pull: number[] = [];
  const users: SeedUser[] = [];
  const messages: SeedMessage[] = [];
  const emails = new Set<string>();

  for (let day = options.startDay; day < options.cutoffDay; day++) {
    const count = signupsOn(day - options.startDay, day, scale);
    for (let i = 0; i < count; i++) {
      const index = users.length;
      const rng = new Rng(`person:${index}`);
      let account: SeedAccount;
      if (accounts.length === 0 || rng.chance(SHARE_NEW_ACCOUNT)) {
        account = makeAccount(accounts.length, day, options.startDay);
        accounts.push(account);
        pull.push(PLAN_PULL[account.traits.plan]);
      } else {
        // Fading and dormant accounts take no new colleagues (adoption-story.ts).
        account = rng.weighted(accounts.map((a, j) => [a, acceptsUsers(a.trajectory, day) ? pull[j]! : 0] as const));
      }
      const locale: Locale = rng.chance(0.85)
        ? account.locale
        : rng.weighted<Locale>([
            ["en", 6],
            ["fr", 2],
            ["de", 2],
          ]);
      const first = rng.pick(FIRST_NAMES[locale]);
      const last = rng.pick(LAST_NAMES[locale]);
      let email = `${ascii(first)}.${ascii(last)}@${account.domain}`;
      for (let n = 2; emails.has(email); n++) email = `${ascii(first)}.${ascii(last)}${n}@${account.domain}`;
      emails.add(email);
      const role = rng.weighted(ROLES);
      const user: SeedUser = {
        index,
        externalId: `user_${pad(index + 1, 5)}`,
        accountId: account.externalId,
        signupDay: day,
        locale,
        role,
      };
      users.push(user);
      const traits: Record<string, unknown> = { name: `${first} ${last}`, email, locale, ...(role ? { role } : {}) };
      simulateUser(
        messages,
        user,
        account,
        traits,
        options.cutoffDay,
        options.invitesReleaseDay,
        options.startDay + SCHEDULES_RELEASE_OFFSET,
      );
    }
  }

  messages.sort((a, b) => a.at - b.at || (a.messageId < b.messageId ? -1 : a.messageId > b.messageId ? 1 : 0));
  return { accounts, users, messages };
}
