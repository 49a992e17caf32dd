// What makes the Adoption reports tell a story on the demo (DESIGN.md, "Metrics"): accounts whose
// activity fades over the last weeks or stops for weeks and comes back, a feature shipped in the
// middle of the history (Schedules), and one that people try once and drop (SQL transformations).
//
// None of it draws from a user's main random stream: trajectories and habits have PRNGs of their
// own, and their events are numbered apart (`seed-<userId>-x<n>`), so every message the history
// had before keeps its id and content, and a seed re-run on an existing database only adds.
import { Rng } from "./prng";

/** Days into the history "Schedules" shipped: nobody schedules a workflow before it. */
export const SCHEDULES_RELEASE_OFFSET = 56;
/** Days before the history the product's first features shipped (core features, docs). */
export const PRODUCT_LAUNCH_OFFSET = -540;
/** Days before the history "SQL transformations" shipped. */
export const TRANSFORMATIONS_RELEASE_OFFSET = -120;

/**
 * An account's activity over the history. `fading`: from `from` on, each of its users' days is
 * kept with a chance falling from 1 to 0.1 at `to`, and no colleague joins it any more.
 * `resurrected`: nothing at all from its users in [dormantFrom, dormantTo), nobody joins then,
 * and its users who had not churned come back afterwards.
 */
export type Trajectory =
  | { kind: "healthy" }
  | { kind: "fading"; from: number; to: number }
  | { kind: "resurrected"; dormantFrom: number; dormantTo: number };

const FADING_SHARE = 0.2;
const RESURRECTED_SHARE = 0.25;

/** Decided when the account is created (its own PRNG), from its plan and creation day. */
export function trajectoryOf(index: number, plan: string, createdDay: number, startDay: number): Trajectory {
  const rng = new Rng(`trajectory:${index}`);
  const age = createdDay - startDay;
  const roll = rng.float();
  // Accounts with a few weeks of history behind them (their users have settled in, so fading
  // and coming back show against a steady baseline); a free account is less often either.
  if (age > 35 || (plan === "free" && rng.chance(0.5))) return { kind: "healthy" };
  if (roll < FADING_SHARE) {
    const from = startDay + rng.int(50, 60);
    return { kind: "fading", from, to: startDay + 84 };
  }
  if (age <= 21 && roll < FADING_SHARE + RESURRECTED_SHARE) {
    const dormantFrom = startDay + rng.int(30, 40);
    return { kind: "resurrected", dormantFrom, dormantTo: dormantFrom + 7 * rng.int(3, 4) };
  }
  return { kind: "healthy" };
}

/** Whether a new user may join the account on `day`. */
export function acceptsUsers(t: Trajectory, day: number): boolean {
  if (t.kind === "fading") return day < t.from;
  if (t.kind === "resurrected") return day < t.dormantFrom || day >= t.dormantTo;
  return true;
}

/** Per user: which of their days are kept, given their account's trajectory. */
export class DayFilter {
  private readonly rng: Rng;

  constructor(
    userIndex: number,
    private readonly trajectory: Trajectory,
  ) {
    this.rng = new Rng(`fade:${userIndex}`);
  }

  /** False when everything the user does that day is left out of the history. */
  keeps(day: number): boolean {
    const t = this.trajectory;
    if (t.kind === "resurrected") return day < t.dormantFrom || day >= t.dormantTo;
    if (t.kind === "fading" && day >= t.from) {
      const keep = 1 - (0.9 * (day - t.from)) / Math.max(1, t.to - t.from);
      return this.rng.chance(keep);
    }
    return true;
  }
}

export type ExtraEvent = { event: string; properties: Record<string, unknown> };

/**
 * A user's use of Schedules and SQL transformations, asked once per active day. Schedules: only
 * users with saved workflows, from the release on; 60% of them take it up, each at a chance per
 * active day (a rising curve over the following weeks), then schedule more now and then. SQL
 * transformations: engineers who got as far as a workflow try it once, at some active day; only
 * one in eight of them keeps using it.
 */
export class FeatureHabits {
  private readonly rng: Rng;
  private readonly scheduler: boolean;
  private scheduled = false;
  private readonly transformer: boolean;
  private tried = false;
  private readonly keepsTransforming: boolean;
  private nextId = 1;

  constructor(
    private readonly userIndex: number,
    tier: "power" | "explorer" | "business" | "lurker",
    private readonly schedulesReleaseDay: number,
  ) {
    this.rng = new Rng(`habits:${userIndex}`);
    this.scheduler = tier === "power" && this.rng.chance(0.6);
    this.transformer = (tier === "power" && this.rng.chance(0.45)) || (tier === "explorer" && this.rng.chance(0.2));
    this.keepsTransforming = this.rng.chance(0.12);
  }

  /** The events of one active day, after the user's usual ones. */
  onActiveDay(day: number, workflows: readonly string[]): ExtraEvent[] {
    const out: ExtraEvent[] = [];
    if (this.scheduler && day >= this.schedulesReleaseDay && workflows.length > 0) {
      if (!this.scheduled ? this.rng.chance(0.09) : this.rng.chance(0.1)) {
        this.scheduled = true;
        out.push({
          event: "workflow_scheduled",
          properties: {
            workflow_id: this.rng.pick(workflows),
            cadence: this.rng.pick(["hourly", "daily", "daily", "weekly"] as const),
          },
        });
      }
    }
    if (this.transformer && (!this.tried ? this.rng.chance(0.06) : this.keepsTransforming && this.rng.chance(0.3))) {
      this.tried = true;
      out.push({
        event: "transformation_saved",
        properties: {
          transformation_id: `tr_${this.userIndex + 1}_${this.nextId++}`,
          language: "sql",
          lines: this.rng.int(3, 120),
        },
      });
    }
    return out;
  }

  /** Seconds between the previous message and an extra event. */
  gapMs(): number {
    return this.rng.int(20_000, 600_000);
  }
}
