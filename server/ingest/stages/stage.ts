import type { Tx } from "../../db";
import type { SqlDialect } from "../../sql/dialect";
import type { NormalizedMessage } from "../normalize-message";
import type { IngestRules } from "../rules";

// What every ingest stage (server/ingest/stages/index.ts lists them, in order) works with.

/** `newEndUsersPerDay`: the workspace's own quota (null or absent: the instance's default). */
export type IngestWorkspace = { id: string; timeZone: string; newEndUsersPerDay?: number | null };

/** A user row as the batch left it (merged traits, persona before reassignment, account). */
export type StoredUser = {
  id: string;
  externalId: string;
  traits: unknown;
  personaId: string | null;
  accountId: string | null;
};

/** One message of the batch as an Event row: its user and account ids and its day (workspace time zone). */
export type EventRow = { m: NormalizedMessage; userId: string; accountId: string | null; day: number };

/** What a stage hands to the stages after it. Each field is made by one stage (named below). */
export type StageOutputs = {
  /** anonymous-ids: the batch with anonymous-only messages moved to the user their anonymousId is
   * joined to (the stages after it read this as `messages`). */
  messages: NormalizedMessage[];
  /** anonymous-ids: anonymousId → userId for the anonymous users this batch joins (stitch stage). */
  stitches: Map<string, string>;
  /** accounts-and-users: account id by external id, for every account the batch names. */
  accountIds: Map<string, string>;
  /** accounts-and-users: every user the batch names, by external id. */
  users: Map<string, StoredUser>;
  /** accounts-and-users: the user rows the batch wrote (new, or with something changed). */
  writtenUsers: StoredUser[];
  /** accounts-and-users: users early feedback had created bare (no traits, persona or account)
   * that this batch gave traits or an account. */
  wereBare: string[];
  /** events: the batch's events newly stored, in messageId order. A retried batch's events are
   * not in it, so later stages count nothing twice. */
  stored: EventRow[];
};

export type IngestContext = {
  /** The batch's one transaction: every stage writes in it. */
  tx: Tx;
  dialect: SqlDialect;
  workspace: IngestWorkspace;
  /** The batch, one message per messageId. */
  messages: readonly NormalizedMessage[];
  receivedAt: Date;
  rules: IngestRules;
  /** What the stages before this one made. */
  earlier: Readonly<Partial<StageOutputs>>;
};

export type IngestStage = {
  name: string;
  /** The most SQL statements the stage runs for one batch, whatever the batch's size: writes are
   * set-based (one multi-row statement per table). Their sum is a batch's cost, asserted by
   * tests/integration/ingest-statements.int.test.ts. */
  maxStatements: number;
  run(ctx: IngestContext): Promise<Partial<StageOutputs> | void>;
};

/** An earlier stage's output; throws when no earlier stage made it (the stage list is misordered). */
export function need<K extends keyof StageOutputs>(ctx: IngestContext, key: K): StageOutputs[K] {
  const value = ctx.earlier[key];
  if (value === undefined)
    throw new Error(
      `An ingest stage needs "${key}", which no earlier stage made: check the order in server/ingest/stages/index.ts.`,
    );
  return value as StageOutputs[K];
}
