// Loads the benchmark workspace through the ingest writer (the same stages, rollups included, as
// POST /api/v1/batch), in batches of 500 in time order, and reports the rate.
import type { Db } from "../../../server/db";
import { dialectOf } from "../../../server/db";
import { writeMessages } from "../../../server/ingest/write-messages";
import { loadIngestRules } from "../../../server/ingest/rules";
import { normalizeMessage } from "../../../server/ingest/normalize-message";
import { ZMessage } from "../../../server/ingest/schemas";
import { BENCH_DAYS, BENCH_FEATURES, BENCH_PERSONAS, type BenchMessage } from "./generate";

export const BENCH_SLUG = "bench-reports";
const BATCH = 500;
const MS_PER_DAY = 86_400_000;

export type BenchWorkspace = { id: string; timeZone: string };

/** The workspace with its personas and features, made afresh (an earlier run's is deleted). */
export async function createBenchWorkspace(db: Db, endDay: number, timeZone: string): Promise<BenchWorkspace> {
  await db.workspace.deleteMany({ where: { slug: BENCH_SLUG } });
  const startDay = endDay - BENCH_DAYS + 1;
  const ws = await db.workspace.create({
    data: { name: "Reports benchmark", slug: BENCH_SLUG, timeZone, createdAt: new Date(startDay * MS_PER_DAY) },
    select: { id: true, timeZone: true },
  });
  await db.persona.createMany({ data: BENCH_PERSONAS.map((p) => ({ ...p, workspaceId: ws.id })) });
  await db.feature.createMany({
    data: BENCH_FEATURES.map((f) => ({
      workspaceId: ws.id,
      name: f.name,
      matchers: f.matchers,
      core: f.core,
      releasedAt: "releaseDay" in f ? new Date((startDay + f.releaseDay!) * MS_PER_DAY) : null,
    })),
  });
  return ws;
}

/** Ingests every message; returns messages per second. `onProgress` every 50 batches. */
export async function loadBenchMessages(
  db: Db,
  ws: BenchWorkspace,
  messages: BenchMessage[],
  onProgress?: (done: number) => void,
): Promise<number> {
  const dialect = dialectOf(db);
  const rules = await loadIngestRules(db, ws.id);
  const receivedAt = new Date();
  const started = performance.now();
  for (let i = 0; i < messages.length; i += BATCH) {
    const batch = messages.slice(i, i + BATCH).map((m) => ({
      ...normalizeMessage(ZMessage.parse(m), receivedAt),
      identity: { source: "server" as const, verified: true },
    }));
    await writeMessages(db, dialect, ws, batch, receivedAt, rules);
    if (onProgress && (i / BATCH) % 50 === 49) onProgress(i + batch.length);
  }
  return messages.length / ((performance.now() - started) / 1000);
}
