import { Prisma } from "./generated/sqlite/client";
import type { Dialect } from "./db";

// The few places where SQLite and PostgreSQL spell a thing differently. Report and ingest SQL
// is otherwise one text for both (integer days, quoted Prisma column names).
export const sql = Prisma.sql;
export const join = Prisma.join;
export const raw = Prisma.raw;
export type Sql = Prisma.Sql;

export function jsonValue(dialect: Dialect, value: unknown): Sql {
  const text = JSON.stringify(value ?? {});
  return dialect === "postgres" ? sql`CAST(${text} AS jsonb)` : sql`${text}`;
}

/** Dates as the Prisma adapters store them: ISO text with +00:00 on SQLite, timestamp(3) on PG. */
export function dateValue(dialect: Dialect, date: Date): Sql {
  const iso = date.toISOString();
  return dialect === "postgres" ? sql`CAST(${iso} AS timestamp(3))` : sql`${iso.replace("Z", "+00:00")}`;
}

/** Shallow-merges the incoming JSON object into the stored one (incoming keys win, null values
 * kept). SQLite's json_patch is not that (RFC 7396: it merges nested objects and deletes keys set
 * to null), so SQLite rebuilds the object from the stored keys the incoming one lacks plus every
 * incoming key, as PostgreSQL's `||` does. */
export function jsonMerge(dialect: Dialect, stored: string, incoming: string): Sql {
  if (dialect === "postgres") return raw(`(COALESCE(${stored}, '{}'::jsonb) || ${incoming})`);
  const s = `COALESCE(${stored}, '{}')`;
  // Most messages (track, page) bring no traits: keep the stored text without rebuilding it.
  return raw(`CASE WHEN ${incoming} = '{}' THEN ${s} ELSE (SELECT COALESCE(json_group_object(m."k", json(m."v")), '{}') FROM (
      SELECT o."key" AS "k", (${s} -> o."fullkey") AS "v" FROM json_each(${s}) AS o
        WHERE o."key" NOT IN (SELECT i."key" FROM json_each(${incoming}) AS i)
      UNION ALL
      SELECT i."key", (${incoming} -> i."fullkey") FROM json_each(${incoming}) AS i
    ) AS m) END`);
}

export function greatest(dialect: Dialect, a: string, b: string): Sql {
  return raw(dialect === "postgres" ? `GREATEST(${a}, ${b})` : `MAX(${a}, ${b})`);
}

export function least(dialect: Dialect, a: string, b: string): Sql {
  return raw(dialect === "postgres" ? `LEAST(${a}, ${b})` : `MIN(${a}, ${b})`);
}

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
