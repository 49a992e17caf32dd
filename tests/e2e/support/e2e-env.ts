// Where the e2e run's pieces live. playwright.config.ts starts Cairn with these, and the tests'
// own database fixture (./db.ts) opens the same SQLite file.
import path from "node:path";

export const E2E_PORT = Number(process.env.E2E_PORT ?? 3210);
export const E2E_BASE_URL = `http://localhost:${E2E_PORT}`;
/** The webServer's database, relative to the repository root (start-server.ts recreates it). */
export const E2E_DATABASE_URL = "file:./data/e2e.db";
/** The same file for this process, whatever its working directory. */
export const E2E_DATABASE_FILE_URL = `file:${path.resolve(__dirname, "../../..", "data/e2e.db")}`;
/** A second origin for host pages that embed the snippet (another host and port than Cairn's). */
export const STATIC_HOST_PORT = Number(process.env.E2E_HOST_PORT ?? E2E_PORT + 1);
export const STATIC_HOST_ORIGIN = `http://127.0.0.1:${STATIC_HOST_PORT}`;
