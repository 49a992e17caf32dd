// Imported first by ./db.ts: server/db.ts opens DATABASE_URL when it is loaded, and the test
// process must open the webServer's database, not the developer's.
import { E2E_DATABASE_FILE_URL } from "./e2e-env";

process.env.DATABASE_URL = E2E_DATABASE_FILE_URL;
