// Next's instrumentation hook (the file convention): runs once when a server process starts.
// It starts the background-job worker (server/jobs/) in the Node.js runtime only, and not while
// `next build` prerenders pages, which loads the server code without being a server.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { startServerWorker } = await import("./server/jobs/start-server-worker");
  startServerWorker();
}
