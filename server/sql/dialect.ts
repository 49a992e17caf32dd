import { raw, sql, type Sql } from "./fragments";

/**
 * The few spellings that differ between SQLite and PostgreSQL. Report and ingest SQL is otherwise
 * one text for both (integer day columns, quoted Prisma column names); percentiles and medians are
 * computed in TypeScript, since SQLite has none. One object per client: it travels with the
 * client on the tRPC context and the REST deps, so no module reads a global dialect.
 */
export type SqlDialect = {
  readonly name: "sqlite" | "postgres";
  /** A JSON value to store in a Json column. */
  jsonValue(value: unknown): Sql;
  /** A date as the Prisma adapters store it: ISO text with +00:00 on SQLite, timestamp(3) on PG. */
  dateValue(date: Date): Sql;
  /** A date or a NULL typed as one: PostgreSQL reads an all-NULL column of a VALUES list as text. */
  nullableDate(date: Date | null): Sql;
  /** An enum literal; PostgreSQL does not convert a text parameter to an enum. The literal must be
   * one of the enum's values (checked by the caller's schema); it is inlined. */
  enumValue(enumName: string, literal: string): Sql;
  /** Shallow merge of the incoming JSON object into the stored one (incoming keys win, null values kept). */
  jsonMerge(stored: string, incoming: string): Sql;
  /** A top-level member of a JSON column as text, alike on both databases. */
  jsonText(column: string, key: string): Sql;
  /** A timestamp column as epoch milliseconds (an integer), so a query returning many of them
   * hands numbers back instead of text or Dates to parse. */
  epochMs(column: string): Sql;
  /** The texts of a group joined by `separator` (no order promised); null for no rows. */
  stringAgg(expression: Sql, separator: string): Sql;
  greatest(a: string, b: string): Sql;
  least(a: string, b: string): Sql;
};

const SAFE_IDENT = /^[A-Za-z0-9_]+$/;

function checked(kind: string, value: string): string {
  if (!SAFE_IDENT.test(value)) throw new Error(`Unexpected ${kind} ${JSON.stringify(value)}`);
  return value;
}

export const postgresDialect: SqlDialect = {
  name: "postgres",
  jsonValue: (value) => sql`CAST(${JSON.stringify(value ?? {})} AS jsonb)`,
  dateValue: (date) => sql`CAST(${date.toISOString()} AS timestamp(3))`,
  nullableDate: (date) => (date ? postgresDialect.dateValue(date) : sql`CAST(NULL AS timestamp(3))`),
  enumValue: (enumName, literal) => raw(`CAST('${checked("enum value", literal)}' AS "${checked("enum", enumName)}")`),
  jsonMerge: (stored, incoming) => raw(`(COALESCE(${stored}, '{}'::jsonb) || ${incoming})`),
  jsonText: (column, key) => raw(`(${column} ->> '${checked("JSON key", key)}')`),
  // timestamp(3) without a zone: EXTRACT reads it as UTC, which is how Prisma stores it.
  epochMs: (column) => raw(`CAST(ROUND(EXTRACT(EPOCH FROM ${column}) * 1000) AS BIGINT)`),
  stringAgg: (expression, separator) => sql`string_agg(${expression}, ${separator})`,
  greatest: (a, b) => raw(`GREATEST(${a}, ${b})`),
  least: (a, b) => raw(`LEAST(${a}, ${b})`),
};

export const sqliteDialect: SqlDialect = {
  name: "sqlite",
  jsonValue: (value) => sql`${JSON.stringify(value ?? {})}`,
  dateValue: (date) => sql`${date.toISOString().replace("Z", "+00:00")}`,
  nullableDate: (date) => (date ? sqliteDialect.dateValue(date) : sql`NULL`),
  enumValue: (_enumName, literal) => raw(`'${checked("enum value", literal)}'`),
  // SQLite's json_patch is not a shallow merge (RFC 7396: it merges nested objects and deletes
  // keys set to null), so SQLite rebuilds the object from the stored keys the incoming one lacks
  // plus every incoming key, as PostgreSQL's `||` does.
  jsonMerge: (stored, incoming) => {
    const s = `COALESCE(${stored}, '{}')`;
    // Most messages (track, page) bring no traits: keep the stored text without rebuilding it.
    return raw(`CASE WHEN ${incoming} = '{}' THEN ${s} ELSE (SELECT COALESCE(json_group_object(m."k", json(m."v")), '{}') FROM (
      SELECT o."key" AS "k", (${s} -> o."fullkey") AS "v" FROM json_each(${s}) AS o
        WHERE o."key" NOT IN (SELECT i."key" FROM json_each(${incoming}) AS i)
      UNION ALL
      SELECT i."key", (${incoming} -> i."fullkey") FROM json_each(${incoming}) AS i
    ) AS m) END`);
  },
  // json_extract gives typed values (3, 1) where PostgreSQL's ->> gives text ("3", "true"): cast,
  // and spell booleans out.
  jsonText: (column, key) => {
    const path = `'$.${checked("JSON key", key)}'`;
    return raw(
      `(CASE json_type(${column}, ${path}) WHEN 'true' THEN 'true' WHEN 'false' THEN 'false' ELSE CAST(json_extract(${column}, ${path}) AS TEXT) END)`,
    );
  },
  // The stored text is ISO 8601 with +00:00, which julianday reads (days since noon, 4714 BC).
  epochMs: (column) => raw(`CAST(ROUND((julianday(${column}) - 2440587.5) * 86400000) AS INTEGER)`),
  stringAgg: (expression, separator) => sql`group_concat(${expression}, ${separator})`,
  greatest: (a, b) => raw(`MAX(${a}, ${b})`),
  least: (a, b) => raw(`MIN(${a}, ${b})`),
};

export function dialectNamed(name: SqlDialect["name"]): SqlDialect {
  return name === "postgres" ? postgresDialect : sqliteDialect;
}
