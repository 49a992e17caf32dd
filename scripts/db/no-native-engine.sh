#!/bin/sh
# Stand-in for Prisma's native schema engine, which cannot be downloaded on our machines.
# `prisma generate` only checks that this path exists; migrations go through the WASM engine
# in scripts/db/migrate.ts (npm run db:migrate / db:deploy / db:status).
echo "Cairn runs migrations with the WASM schema engine: use npm run db:migrate, db:deploy or db:status." >&2
exit 1
