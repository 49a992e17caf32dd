// A worker in a process of its own, for the "worker killed mid-job" test: it claims one job,
// runs its handler, and after the handler's first saved checkpoint announces "checkpoint" on
// stdout and hangs (heartbeats still running) until the test SIGKILLs it.
//   tsx tests/integration/support/job-child.ts <databaseUrl> <workspaceId> <jobId> <kind> <leaseMs>
import { createDb } from "../../../server/db";
import { claimNext } from "../../../server/jobs/claim";
import { JOBS } from "../../../server/jobs/jobs";
import { runClaimed } from "../../../server/jobs/run-job";

async function main() {
  const [url, workspaceId, id, kind, leaseMs] = process.argv.slice(2);
  const db = createDb(url!);
  const job = await claimNext(db, {
    workerId: "child",
    kinds: [kind!],
    leaseMs: Number(leaseMs),
    only: { workspaceId: workspaceId!, id: id! },
  });
  if (!job) throw new Error("nothing to claim");
  const real = JOBS[kind!]!;
  await runClaimed(
    db,
    job,
    {
      [kind!]: {
        handler: (ctx) =>
          real.handler({
            ...ctx,
            async saveProgress(processed, total, checkpoint) {
              await ctx.saveProgress(processed, total, checkpoint);
              if (checkpoint === undefined) return;
              process.stdout.write("checkpoint\n");
              await new Promise(() => undefined);
            },
          }),
      },
    },
    { leaseMs: Number(leaseMs) },
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
