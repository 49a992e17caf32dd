// Next's instrumentation hook (the file convention): runs once when a server process starts.
// It starts the background-job worker (server/jobs/) in the Node.js runtime only; the check on
// NEXT_RUNTIME is spelled the way Next's bundler drops the import from the edge bundle.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { startServerWorker } = await import("./server/jobs/start-server-worker");
    startServerWorker();
  }
}
