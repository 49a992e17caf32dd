// The reports benchmark's workspace as Segment messages: pure and deterministic (a PRNG per user),
// so two runs measure the same data. 10,000 users in 1,000 accounts over 26 weeks, exactly
// `total` messages (1,000,000 by default), with lives that make every report non-trivial: signups
// all along, weekly churn, heavy and light users, a feature released mid-history, one users try
// once and drop.
import { Rng } from "../../../prisma/seed/prng";

export const BENCH_DAYS = 182;
const MS_PER_DAY = 86_400_000;

export type BenchMessage = {
  type: "identify" | "group" | "track" | "page";
  userId: string;
  messageId: string;
  timestamp: string;
  event?: string;
  name?: string;
  properties?: Record<string, unknown>;
  traits?: Record<string, unknown>;
  groupId?: string;
  context?: Record<string, unknown>;
};

export type BenchShape = { users: number; accounts: number; total: number; endDay: number };

const PLANS = ["free", "team", "business", "enterprise"] as const;
const ROLES = ["data engineer", "analytics engineer", "sales", "marketing", "product manager"] as const;
/** The day (from the history's start) the schedules feature ships. */
export const SCHEDULES_RELEASE = 91;

export const BENCH_FEATURES = [
  { name: "Connections", matchers: [{ event: "connection_created" }], core: true },
  { name: "Workflows", matchers: [{ event: "workflow_saved" }], core: true },
  { name: "Workflow runs", matchers: [{ event: "workflow_run" }], core: true },
  { name: "Schedules", matchers: [{ event: "workflow_scheduled" }], core: false, releaseDay: SCHEDULES_RELEASE },
  { name: "SQL transformations", matchers: [{ event: "transformation_saved" }], core: false },
  { name: "Team invites", matchers: [{ event: "colleague_invited" }], core: false },
  { name: "Docs", matchers: [{ event: "docs_opened" }], core: false },
];

export const BENCH_PERSONAS = [
  {
    name: "Data engineer",
    priority: 1,
    rules: [{ key: "role", op: "in", value: ["data engineer", "analytics engineer"] }],
  },
  { name: "Sales / marketing", priority: 2, rules: [{ key: "role", op: "in", value: ["sales", "marketing"] }] },
];

type Life = { engineer: boolean; weeklyStay: number; dayRate: number; perDay: number; triesSql: boolean };

function lifeOf(rng: Rng, role: string): Life {
  const engineer = role.endsWith("engineer");
  return {
    engineer,
    weeklyStay: engineer ? 0.9 + rng.float() * 0.08 : 0.8 + rng.float() * 0.12,
    dayRate: 0.15 + rng.float() * 0.55,
    perDay: engineer ? 2 + rng.float() * 9 : 1 + rng.float() * 4,
    triesSql: rng.float() < 0.3,
  };
}

function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[Math.floor(rng.float() * items.length)]!;
}

/** One active day's calls of a user. */
function dayEvents(rng: Rng, life: Life, day: number, perDayScale: number): string[] {
  const n = Math.max(1, Math.round(life.perDay * perDayScale * (0.5 + rng.float())));
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const r = rng.float();
    if (life.engineer) {
      if (r < 0.3) out.push("workflow_run");
      else if (r < 0.45) out.push("$page");
      else if (r < 0.55) out.push("workflow_started");
      else if (r < 0.63) out.push("workflow_saved");
      else if (r < 0.68) out.push("connection_created");
      else if (r < 0.76 && day >= SCHEDULES_RELEASE) out.push("workflow_scheduled");
      else if (r < 0.85) out.push("docs_opened");
      else out.push("$page");
    } else {
      if (r < 0.5) out.push("$page");
      else if (r < 0.62) out.push("colleague_invited");
      else if (r < 0.8) out.push("docs_opened");
      else if (r < 0.88) out.push("workflow_run");
      else out.push("$page");
    }
  }
  return out;
}

/** Every message of the benchmark, in time order. `perDayScale` tunes the volume (see generate). */
function simulate(shape: BenchShape, perDayScale: number, users = shape.users): BenchMessage[] {
  const startDay = shape.endDay - BENCH_DAYS + 1;
  const out: { at: number; m: BenchMessage }[] = [];
  for (let u = 0; u < users; u++) {
    const rng = new Rng(`bench-user:${u}`);
    const userId = `u${u}`;
    const account = u % shape.accounts;
    const role = pick(rng, ROLES);
    const life = lifeOf(rng, role);
    // More signups early (a product with a base), some all along.
    const signup = Math.floor(Math.pow(rng.float(), 1.4) * (BENCH_DAYS - 7));
    const atOf = (day: number, seq: number) => (startDay + day) * MS_PER_DAY + 8 * 3_600_000 + seq * 61_000;
    let seq = 0;
    const push = (day: number, m: Omit<BenchMessage, "userId" | "messageId" | "timestamp">) => {
      const at = atOf(day, seq);
      out.push({ at, m: { ...m, userId, messageId: `b-${u}-${seq}`, timestamp: new Date(at).toISOString() } });
      seq += 1;
    };
    push(signup, { type: "identify", traits: { role, name: `User ${u}`, email: `u${u}@bench.test` } });
    push(signup, {
      type: "group",
      groupId: `a${account}`,
      traits: { name: `Account ${account}`, plan: PLANS[account % PLANS.length], mrr: 50 * (1 + (account % 40)) },
    });
    let active = true;
    let sqlTried = false;
    for (let day = signup; day < BENCH_DAYS && active; day++) {
      if (day > signup && (day - signup) % 7 === 0 && rng.float() > life.weeklyStay) {
        // Churned; some come back weeks later (resurrected).
        if (rng.float() < 0.25) day += 14 + Math.floor(rng.float() * 28);
        else active = false;
        continue;
      }
      if (day > signup && rng.float() > life.dayRate) continue;
      for (const name of dayEvents(rng, life, day, perDayScale)) {
        if (name === "$page")
          push(day, { type: "page", name: pick(rng, ["Workflows", "Connections", "Home", "Docs"]) });
        else
          push(day, { type: "track", event: name, properties: { source: pick(rng, ["postgres", "snowflake", "s3"]) } });
      }
      // SQL transformations: tried once by some, kept by few.
      if (life.engineer && life.triesSql && !sqlTried && day > signup + 3) {
        push(day, { type: "track", event: "transformation_saved", properties: {} });
        sqlTried = true;
        if (rng.float() > 0.15) life.triesSql = false;
      } else if (sqlTried && life.triesSql && rng.float() < 0.2)
        push(day, { type: "track", event: "transformation_saved", properties: {} });
    }
  }
  // Stable: a user's messages of one instant keep their order.
  out.sort((a, b) => a.at - b.at);
  return out.map((o) => o.m);
}

/** Exactly `shape.total` messages: the volume is calibrated, then the overshoot is taken out
 * evenly among track calls (never an identify or group, which make the users and accounts). */
export function generateBenchMessages(shape: BenchShape): BenchMessage[] {
  // Calibrated on a sample of users (each user's life is independent of the others').
  const sample = Math.min(shape.users, 1_000);
  let scale = 1;
  for (let i = 0; i < 3; i++)
    scale *= (shape.total * 1.04 * (sample / shape.users)) / simulate(shape, scale, sample).length;
  const messages = simulate(shape, scale);
  const excess = messages.length - shape.total;
  if (excess < 0) throw new Error(`The generator made ${messages.length} messages, fewer than ${shape.total}`);
  if (excess === 0) return messages;
  const tracks = messages.filter((m) => m.type === "track").length;
  const every = tracks / excess;
  let seen = 0;
  let dropped = 0;
  return messages.filter((m) => {
    if (m.type !== "track") return true;
    seen += 1;
    if (dropped < excess && seen >= (dropped + 1) * every) {
      dropped += 1;
      return false;
    }
    return true;
  });
}
