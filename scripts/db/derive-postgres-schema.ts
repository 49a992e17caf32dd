// Writes prisma/postgres/schema.prisma from prisma/schema.prisma: Prisma 7 binds one schema to
// one provider and one generated client, so PostgreSQL gets a derived twin (STACK.md).
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import path from "node:path";

const root = path.resolve(__dirname, "../..");
const source = readFileSync(path.join(root, "prisma/schema.prisma"), "utf8");

const derived = source
  .replace('provider = "sqlite"', 'provider = "postgresql"')
  .replace('output       = "../server/generated/sqlite"', 'output       = "../../server/generated/postgres"')
  .replace(/^\/\/ Cairn's one source schema[^\n]*\n\/\/[^\n]*\n/m, "");

if (!derived.includes('"postgresql"') || !derived.includes("generated/postgres")) {
  throw new Error("derive-postgres-schema: the source schema's generator or datasource block changed shape");
}

mkdirSync(path.join(root, "prisma/postgres"), { recursive: true });
writeFileSync(
  path.join(root, "prisma/postgres/schema.prisma"),
  "// GENERATED from prisma/schema.prisma by scripts/db/derive-postgres-schema.ts. Do not edit.\n" + derived,
);
