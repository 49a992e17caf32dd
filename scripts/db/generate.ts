// postinstall: derive the PostgreSQL schema twin, then generate both Prisma clients.
import { execFileSync } from "node:child_process";
import path from "node:path";

const root = path.resolve(__dirname, "../..");
const prisma = path.join(root, "node_modules/prisma/build/index.js");
const env = { ...process.env, CHECKPOINT_DISABLE: "1", PRISMA_HIDE_UPDATE_MESSAGE: "1" };

execFileSync(
  process.execPath,
  [path.join(root, "node_modules/tsx/dist/cli.mjs"), path.join(__dirname, "derive-postgres-schema.ts")],
  { stdio: "inherit", env },
);
for (const schema of ["prisma/schema.prisma", "prisma/postgres/schema.prisma"]) {
  execFileSync(process.execPath, [prisma, "generate", "--schema", schema], { stdio: "inherit", cwd: root, env });
}
