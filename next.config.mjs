/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native and database packages stay plain Node requires (STACK.md).
  serverExternalPackages: ["better-sqlite3", "pg", "@prisma/adapter-better-sqlite3", "@prisma/adapter-pg"],
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
