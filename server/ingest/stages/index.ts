import { accountsAndUsers } from "./accounts-and-users";
import { anonymousIds } from "./anonymous-ids";
import { checklists } from "./checklists";
import { earlyFeedback } from "./early-feedback";
import { events } from "./events";
import { featureRollups } from "./feature-rollups";
import { identity } from "./identity";
import { personas } from "./personas";
import { rollups } from "./rollups";
import type { IngestStage } from "./stage";
import { stitch } from "./stitch";

/**
 * What storing a batch does, in order, in one transaction (server/ingest/write-messages.ts).
 * The order matters where a stage reads what another wrote or made: anonymous ids first (they
 * lock the batch's anonymousIds and move anonymous messages to a joined user), accounts before
 * users (users point at them), users before the stitch (it merges into the user's row), the stitch
 * before personas and the early-feedback claim (merged traits, moved feedback), users before personas (merged traits) and events (user ids), personas before the
 * early-feedback claim (it copies the persona), events before the rollups and checklists (only newly
 * stored events count; identity counts them too). A new stage declares the statements it runs per batch, so the batch's
 * total stays fixed whatever its size.
 */
export const INGEST_STAGES: readonly IngestStage[] = [
  anonymousIds,
  accountsAndUsers,
  stitch,
  personas,
  earlyFeedback,
  events,
  rollups,
  featureRollups,
  checklists,
  identity,
];

/** The most SQL statements one batch runs in its transaction (without loading the rules). */
export const MAX_STATEMENTS_PER_BATCH = INGEST_STAGES.reduce((sum, stage) => sum + stage.maxStatements, 0);
