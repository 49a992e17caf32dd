// The layout's import boundaries (scripts/lint/boundaries.mjs) refuse a wrong import and let the
// right one through, linted as if the text were a file at that path.
import path from "node:path";
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "../..");
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

async function boundaryErrors(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: path.join(root, file) });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === "@typescript-eslint/no-restricted-imports")
    .map((m) => m.message);
}

describe("import boundaries", { timeout: 60_000 }, () => {
  it("server/ and prisma/ never import components/ or app/", async () => {
    expect(
      await boundaryErrors(
        "server/feedback/example.ts",
        `import { Button } from "../../components/ui/button";\nexport const b = Button;\n`,
      ),
    ).toHaveLength(1);
    expect(
      await boundaryErrors(
        "prisma/seed/example.ts",
        `import { x } from "@/components/widget/snippet";\nexport const y = x;\n`,
      ),
    ).toHaveLength(1);
    expect(
      await boundaryErrors(
        "server/ingest/example.ts",
        `import { matchesWhere } from "../contract/match-where";\nexport const m = matchesWhere;\n`,
      ),
    ).toEqual([]);
  });

  it("the widget runtime imports no server-only code, zod or Node", async () => {
    const file = "components/widget/runtime/example.ts";
    expect(await boundaryErrors(file, `import { db } from "../../../server/db";\nexport const d = db;\n`)).toHaveLength(
      1,
    );
    expect(await boundaryErrors(file, `import { z } from "zod";\nexport const s = z.string();\n`)).toHaveLength(1);
    expect(
      await boundaryErrors(file, `import { createHash } from "node:crypto";\nexport const h = createHash;\n`),
    ).toHaveLength(1);
    expect(
      await boundaryErrors(
        file,
        `import { CHECKLIST_EVENTS } from "../../../server/contract/widget-protocol";\nexport const e = CHECKLIST_EVENTS;\n`,
      ),
    ).toEqual([]);
  });

  it("the wire contract imports only its own files", async () => {
    expect(
      await boundaryErrors("server/contract/example.ts", `import { z } from "zod";\nexport const s = z.string();\n`),
    ).toHaveLength(1);
    expect(
      await boundaryErrors(
        "server/contract/example.ts",
        `import { AppError } from "../errors";\nexport const e = AppError;\n`,
      ),
    ).toHaveLength(1);
  });

  it("routes and pages reach domain code only through routers and handlers", async () => {
    expect(
      await boundaryErrors("app/example/page.tsx", `import { db } from "@/server/db";\nexport const d = db;\n`),
    ).toHaveLength(1);
    expect(
      await boundaryErrors(
        "app/example/page.tsx",
        `import { listFeedback } from "@/server/feedback/list-feedback";\nexport const l = listFeedback;\n`,
      ),
    ).toHaveLength(1);
    expect(
      await boundaryErrors(
        "app/api/example/route.ts",
        `import { handleIngest } from "@/server/ingest/handle-ingest";\nexport const h = handleIngest;\n`,
      ),
    ).toEqual([]);
  });

  it("dashboard components call the server through tRPC, not the database", async () => {
    expect(
      await boundaryErrors("components/example/list.tsx", `import { db } from "@/server/db";\nexport const d = db;\n`),
    ).toHaveLength(1);
    expect(
      await boundaryErrors(
        "components/example/list.tsx",
        `import type { AppRouter } from "@/server/trpc/root";\nexport type R = AppRouter;\n`,
      ),
    ).toEqual([]);
  });
});
