// Reading end users' and accounts' traits (JSON bags the host sends): shared by the widget state,
// the survey runtime, the survey reports and the feedback inbox, so a plan or a name reads the
// same everywhere.

export type Traits = Record<string, unknown>;

/** A stored traits column as an object; anything else (null, a list, a scalar) as {}. */
export function asTraits(json: unknown): Traits {
  return json && typeof json === "object" && !Array.isArray(json) ? (json as Traits) : {};
}

/** A scalar trait as text (trimmed; numbers and booleans spelled out); null for anything else or
 * an empty string — for traits that must be one value, such as a name or an email. */
export function scalarText(value: unknown): string | null {
  if (typeof value === "string") return value.trim() === "" ? null : value.trim();
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return null;
}

/** A trait value as a label: a scalar as scalarText, lists joined, objects as JSON; null when
 * absent or empty. */
export function traitText(value: unknown): string | null {
  if (value === null || value === undefined || typeof value !== "object") return scalarText(value);
  if (Array.isArray(value))
    return (
      value
        .map((v) => traitText(v) ?? "")
        .filter(Boolean)
        .join(", ") || null
    );
  return JSON.stringify(value);
}

/** The account's plan (its "plan" trait) as a label, or null. */
export function planOf(accountTraits: unknown): string | null {
  return traitText(asTraits(accountTraits).plan);
}
