// ESLint flat config: Next's rules (core web vitals, React, hooks, a11y), typescript-eslint's
// recommended rules, and the layout's import boundaries (scripts/lint/boundaries.mjs).
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import { boundaryConfigs } from "./scripts/lint/boundaries.mjs";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      "node_modules/**",
      ".next/**",
      "server/generated/**",
      "public/sdk/**",
      "data/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
    ],
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" },
      ],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
    },
  },
  ...boundaryConfigs(),
];

export default config;
