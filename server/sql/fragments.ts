import { Prisma } from "../generated/sqlite/client";

// Building raw SQL and reading its results back the same way on both databases. Where the two
// spell a thing differently, see dialect.ts.
export const sql = Prisma.sql;
export const join = Prisma.join;
export const raw = Prisma.raw;
export type Sql = Prisma.Sql;

/** JSON read back from raw SQL: text on SQLite, already parsed on PostgreSQL. */
export function parseJson<T>(value: unknown, fallback: T): T {
  if (value === null || value === undefined) return fallback;
  if (typeof value === "string") {
    try {
      return JSON.parse(value) as T;
    } catch {
      return fallback;
    }
  }
  return value as T;
}

/** Raw counts come back as bigint (SQLite) or number; reports want numbers. */
export function num(value: unknown): number {
  if (typeof value === "bigint") return Number(value);
  if (typeof value === "number") return value;
  if (value === null || value === undefined) return 0;
  return Number(value);
}

/** Timestamps read back from raw SQL: computed ones (MAX, COALESCE) come back as ISO text on
 * SQLite and as Dates on PostgreSQL. */
export function toDate(value: unknown): Date {
  return value instanceof Date ? value : new Date(String(value));
}
