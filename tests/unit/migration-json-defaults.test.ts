import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// The WASM schema engine writes a Json column's default unquoted in SQLite migrations
// (`DEFAULT []`). SQLite reads `[]` as an empty bracket-quoted name, so rows that existed before
// the column (an upgrade) got '' and every read of them failed to parse. Such defaults must be
// quoted by hand; this test keeps the next generated migration from slipping one through.
const dir = path.resolve(__dirname, "../../prisma/migrations");

describe("SQLite migrations", () => {
  it("quote every JSON default", () => {
    const offending = readdirSync(dir, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .flatMap((d) =>
        readFileSync(path.join(dir, d.name, "migration.sql"), "utf8")
          .split("\n")
          .filter((line) => /DEFAULT\s+[[{]/.test(line))
          .map((line) => `${d.name}: ${line.trim()}`),
      );
    expect(offending).toEqual([]);
  });
});
