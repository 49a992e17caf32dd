/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native and database packages stay plain Node requires (STACK.md).
  serverExternalPackages: ["better-sqlite3", "pg", "@prisma/adapter-better-sqlite3", "@prisma/adapter-pg"],
  poweredByHeader: false,
  typedRoutes: false,
  // The widget bundles in public/sdk/ (npm run build:widget): the loader, the core (cairn) and its
  // lazy chunks (checklist, voice, …). Stable names get a short cache so a deploy reaches every
  // host page within minutes; content-hashed copies never change.
  async headers() {
    const shared = [
      { key: "Access-Control-Allow-Origin", value: "*" },
      { key: "Cross-Origin-Resource-Policy", value: "cross-origin" },
      { key: "Timing-Allow-Origin", value: "*" },
      { key: "X-Content-Type-Options", value: "nosniff" },
    ];
    return [
      {
        source: "/sdk/:file([a-z][a-z-]*).js",
        headers: [...shared, { key: "Cache-Control", value: "public, max-age=300, stale-while-revalidate=3600" }],
      },
      {
        source: "/sdk/:file([a-z][a-z-]*\\.[0-9a-f]{10}\\.js)",
        headers: [...shared, { key: "Cache-Control", value: "public, max-age=31536000, immutable" }],
      },
    ];
  },
};

export default nextConfig;
