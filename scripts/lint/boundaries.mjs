// The import boundaries of the layout (docs/architecture.md), as ESLint rule entries. Imported by
// eslint.config.mjs and by tests/unit/lint-boundaries.test.ts, which shows each one refusing a
// wrong import.

const NODE_BUILTINS = "^(node:.*|fs|path|crypto|os|child_process|http|https|net|stream|zlib|url|util|worker_threads)$";

const WIDGET_PATTERNS = [
  {
    regex: "^(@/|(\\.\\./)+)server/(?!contract/)",
    message: "The widget may import only server/contract/ from the server (it runs in the host's browser).",
  },
  {
    regex: "^(zod|@prisma/.*|@trpc/.*|next(/.*)?|next-auth(/.*)?)$",
    message: "The widget runtime stays framework-free and small: no zod, Prisma, tRPC or Next.",
  },
  { regex: NODE_BUILTINS, message: "The widget runs in the browser: no Node built-ins." },
];

/** `@typescript-eslint/no-restricted-imports` options per group of files. In a flat config the
 * last entry that matches a file sets the rule's options, so a narrower group repeats the wider
 * group's patterns. Type-only imports stay
 * allowed where noted: a type cannot carry code across a boundary. */
export const boundaries = [
  {
    name: "server never imports the UI",
    files: ["server/**/*.{ts,tsx}", "prisma/**/*.ts"],
    patterns: [
      {
        regex: "^(@/|(\\.\\./)+)(components|app)(/|$)",
        message:
          "server/ and prisma/ are the ground floor: they never import components/ or app/. Move what both sides need under server/ (client-safe code: server/contract/).",
      },
    ],
  },
  {
    name: "the wire contract is client-safe and self-contained",
    files: ["server/contract/**/*.ts"],
    patterns: [
      {
        regex: "^(?!\\./)",
        message:
          "server/contract/ is bundled into the widget: it imports only its own files (no zod, Node, Prisma or other server code).",
      },
    ],
  },
  {
    name: "the widget runtime never bundles server-only code",
    files: ["components/widget/**/*.{ts,tsx}"],
    patterns: WIDGET_PATTERNS,
  },
  {
    name: "the framework-free widget runtime has no React",
    files: ["components/widget/runtime/**/*.ts", "components/widget/loader*.ts"],
    patterns: [
      ...WIDGET_PATTERNS,
      {
        regex: "^react(-dom)?(/.*)?$",
        message: "The runtime works without React; only components/widget/react.tsx wraps it.",
      },
    ],
  },
  {
    name: "dashboard components reach the server only through tRPC and client-safe modules",
    files: ["components/**/*.{ts,tsx}"],
    ignores: ["components/widget/**"],
    allowTypeImports: true,
    patterns: [
      {
        regex:
          "^(@/|(\\.\\./)+)server/(db|tenant|env|trpc/init)$|^(@/|(\\.\\./)+)server/(generated|sql|jobs|mail|ingest|http|api-keys|auth)(/|$)|^@prisma/",
        message:
          "Components run in the browser: call the server through tRPC (useTRPC) and import only client-safe modules (schemas, definitions, contract, pure helpers).",
      },
    ],
  },
  {
    name: "routes call domain code only through routers and handlers",
    files: ["app/**/*.{ts,tsx}"],
    allowTypeImports: true,
    patterns: [
      {
        regex:
          "^(@/|(\\.\\./)+)server/(?!(trpc|http|auth|contract)/|env$|errors$|[\\w/-]*/(handle-[\\w-]+|schemas|definitions)$)",
        message:
          "app/ stays thin: pages use the tRPC server caller (server/trpc/server-caller.ts) and routes a handler (server/**/handle-*.ts or server/http/), never services or the database directly.",
      },
    ],
  },
];

/** The flat-config entries for eslint.config.mjs. */
export function boundaryConfigs() {
  return boundaries.map((b) => ({
    name: `cairn/boundaries: ${b.name}`,
    files: b.files,
    ...(b.ignores ? { ignores: b.ignores } : {}),
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        { patterns: b.patterns.map((p) => ({ ...p, ...(b.allowTypeImports ? { allowTypeImports: true } : {}) })) },
      ],
    },
  }));
}
