import path from "node:path";
import { defineConfig } from "prisma/config";

// The native schema engine cannot be downloaded here; generate only needs a path that exists.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.join(__dirname, "scripts/db/no-native-engine.sh");
process.env.CHECKPOINT_DISABLE ??= "1";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
