// What the demo prints and the seed stores. No imports, so scripts/demo.ts can read it before
// the Prisma clients are generated.

export const DEMO_WORKSPACE = { name: "Airtouch", slug: "airtouch", timeZone: "UTC" } as const;
export const DEMO_PASSWORD = "cairn-demo";
export const DEMO_USERS = [
  { email: "demo@cairn.dev", name: "Dana Demo", role: "admin" },
  { email: "pm@cairn.dev", name: "Pat Product", role: "pm" },
  { email: "viewer@cairn.dev", name: "Vic Viewer", role: "viewer" },
] as const;
/** Public by nature (it ships in every page of the host app): docs/decisions/demo-write-key.md. */
export const DEMO_WRITE_KEY = "cwk_demo_airtouch_public_write_key";
export const DEMO_WRITE_KEY_NAME = "Airtouch web app";
/** The first end user of the generated history (user_00001 signs up on its first day). */
export const DEMO_SAMPLE_USER_ID = "user_00001";
